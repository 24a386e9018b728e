// The collection's one filter and its one grouping table: the rule itself, on a real SQLite file.
// The same CollectionFilter drives the window's table, `list`, `export` and `summary`, so what is
// checked here holds for all of them: both match modes, the "unknown" / "none" groups, cells that list
// terms as ", " text or as JSON arrays, and that a clicked Summary bar shows exactly the experiments it
// counted.
#include "models/collection/CellTerms.h"
#include "models/collection/CollectionFilter.h"
#include "models/collection/Grouping.h"
#include "models/itemmodels/FilterChoices.h"
#include "models/summary/CollectionSummary.h"
#include "tests/support/TestCollection.h"

#include <QTest>

using namespace encode;
using models::CollectionFilter;
using models::Grouping;

namespace {

struct Seed {
    const char *accession;
    QString assay, organism, organ, target, assembly, lab;
};

const QString absent; // NULL in the database

// Cells as the Portal mapping writes them and as older collections hold them: joined lists, JSON
// arrays, blanks, and terms that are substrings of other terms (brain / hindbrain).
QList<Seed> seeds()
{
    return {
        {"ENCSR100AAA", "TF ChIP-seq", "Homo sapiens", "liver, epithelium", "CTCF-human", "GRCh38, hg19", "/labs/a/"},
        {"ENCSR200BBB", "Histone ChIP-seq", "Homo sapiens", "hindbrain", absent, "GRCh38", "/labs/b/"},
        {"ENCSR300CCC", "ChIP-seq", "Mus musculus", R"(["brain","heart"])", "", R"(["mm10"])", absent},
        {"ENCSR400DDD", absent, "Homo sapiens, Mus musculus", "brain", "CTCF-human", "", "/labs/a/"},
        {"ENCSR500EEE", "DNase-seq", R"([" Mus musculus "])", " , ", "H3K4me3-human", absent, "  "},
    };
}

void seed(const testsupport::TestCollection &collection)
{
    models::CollectionRepository repository = collection.repository();
    for (const Seed &s : seeds()) {
        models::ExperimentRecord record = testsupport::sampleRecord(s.accession);
        models::TrackedExperiment &e = record.experiment;
        e.assayTitle = s.assay;
        e.organism = s.organism;
        e.organ = s.organ;
        e.target = s.target;
        e.assembly = s.assembly;
        e.lab = s.lab;
        QVERIFY(repository.save(record, {}).ok());
    }
}

QStringList accessionsOf(const testsupport::TestCollection &collection, const CollectionFilter &filter)
{
    QStringList accessions;
    const auto rows = collection.repository().list(filter);
    for (const models::ExperimentListRow &row : rows.value())
        accessions.append(row.experiment.accession);
    accessions.sort();
    return accessions;
}

CollectionFilter exact(const QString &assay, const QString &organism, const QString &organ)
{
    return {.match = CollectionFilter::Match::Exact, .assay = assay, .organism = organism, .organ = organ};
}

} // namespace

class TestCollectionFilter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theGroupingTable()
    {
        QStringList keys;
        for (const models::GroupingInfo &info : models::allGroupings()) {
            keys.append(QLatin1String(info.key));
            QCOMPARE(models::groupingFromKey(QLatin1String(info.key)), std::optional<Grouping>(info.grouping));
            QCOMPARE(&models::groupingInfo(info.grouping), &info); // the table is indexed by the enum
            QVERIFY(!models::groupingTitle(info.grouping).isEmpty());
        }
        QCOMPARE(keys, (QStringList{"by_assay", "by_target", "by_organism", "by_organ", "by_biosample_type", "by_lab",
                                    "by_status", "by_assembly"}));
        QCOMPARE(models::groupingFromKey("by_nothing"), std::nullopt);
        QCOMPARE(models::groupingFromKey("BY_LAB"), std::nullopt);
        QCOMPARE(QLatin1String(models::groupingInfo(Grouping::Target).emptyLabel), QLatin1String("none"));
        QCOMPARE(QLatin1String(models::groupingInfo(Grouping::Lab).emptyLabel), QLatin1String("unknown"));
        QStringList multiValued;
        for (const models::GroupingInfo &info : models::allGroupings()) {
            if (info.multiValued)
                multiValued.append(QLatin1String(info.key));
        }
        QCOMPARE(multiValued, (QStringList{"by_organism", "by_organ", "by_assembly"}));
        QCOMPARE(models::groupingTitle(Grouping::BiosampleType), QStringLiteral("Biosample type"));
    }

    void cellTerms_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("one") << "liver" << QStringList{"liver"};
        QTest::newRow("joined list") << "liver, epithelium" << QStringList{"liver", "epithelium"};
        QTest::newRow("no space after comma") << "liver,epithelium " << QStringList{"liver", "epithelium"};
        QTest::newRow("json array") << R"(["GRCh38", " hg19 "])" << QStringList{"GRCh38", "hg19"};
        QTest::newRow("json array, not strings") << R"(["mm10", 3, null, ""])" << QStringList{"mm10"};
        QTest::newRow("empty json array") << "[]" << QStringList{};
        QTest::newRow("not json though it starts with [") << "[draft, liver" << QStringList{"[draft", "liver"};
        QTest::newRow("blank") << " , " << QStringList{};
        QTest::newRow("empty") << "" << QStringList{};
    }

    void cellTerms()
    {
        QFETCH(QString, cell);
        QFETCH(QStringList, terms);
        QCOMPARE(models::cellTerms(cell), terms);
    }

    void containsModeIsTheCommandLines_data()
    {
        QTest::addColumn<CollectionFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("assay substring, any case")
            << CollectionFilter{.assay = "chip"} << QStringList{"ENCSR100AAA", "ENCSR200BBB", "ENCSR300CCC"};
        QTest::newRow("organ substring reaches hindbrain")
            << CollectionFilter{.organ = "brain"} << QStringList{"ENCSR200BBB", "ENCSR300CCC", "ENCSR400DDD"};
        QTest::newRow("organism in a list") << CollectionFilter{.organism = "mus"}
                                            << QStringList{"ENCSR300CCC", "ENCSR400DDD", "ENCSR500EEE"};
        QTest::newRow("wildcards are literal") << CollectionFilter{.assay = "_"} << QStringList{};
        QTest::newRow("all must hold") << CollectionFilter{.assay = "chip", .organism = "sapiens", .organ = "liver"}
                                       << QStringList{"ENCSR100AAA"};
        QTest::newRow("words of the text") << CollectionFilter{.text = "encsr3 chip"} << QStringList{"ENCSR300CCC"};
        QTest::newRow("accessions exactly") << CollectionFilter{.accessions = {"ENCSR500EEE", "ENCSR500EE"}}
                                            << QStringList{"ENCSR500EEE"};
        QTest::newRow("no filter") << CollectionFilter{}
                                   << QStringList{"ENCSR100AAA", "ENCSR200BBB", "ENCSR300CCC", "ENCSR400DDD",
                                                  "ENCSR500EEE"};
    }

    void containsModeIsTheCommandLines()
    {
        QFETCH(CollectionFilter, filter);
        QFETCH(QStringList, expected);
        testsupport::TestCollection collection;
        seed(collection);
        QCOMPARE(accessionsOf(collection, filter), expected);
        QCOMPARE(filter.isEmpty(), expected.size() == 5);
    }

    void exactModeIsTheWindows_data()
    {
        QTest::addColumn<CollectionFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("assay equals") << exact("ChIP-seq", {}, {}) << QStringList{"ENCSR300CCC"};
        QTest::newRow("organ term, not hindbrain") << exact({}, {}, "brain")
                                                   << QStringList{"ENCSR300CCC", "ENCSR400DDD"};
        QTest::newRow("organ term of a list") << exact({}, {}, "epithelium") << QStringList{"ENCSR100AAA"};
        QTest::newRow("organism term in json, trimmed") << exact({}, "Mus musculus", {})
                                                        << QStringList{"ENCSR300CCC", "ENCSR400DDD", "ENCSR500EEE"};
        QTest::newRow("part of a term is not a term") << exact({}, "Mus", {}) << QStringList{};
        QTest::newRow("part of an assay is not the assay") << exact("chip", {}, {}) << QStringList{};
    }

    void exactModeIsTheWindows()
    {
        QFETCH(CollectionFilter, filter);
        QFETCH(QStringList, expected);
        testsupport::TestCollection collection;
        seed(collection);
        QCOMPARE(accessionsOf(collection, filter), expected);
    }

    void emptyGroupsSelectEmptyCells()
    {
        testsupport::TestCollection collection;
        seed(collection);
        const auto group = [&](Grouping grouping, const QString &value) {
            return accessionsOf(collection, {.group = models::GroupValue{grouping, value}});
        };
        QCOMPARE(group(Grouping::Target, "none"), (QStringList{"ENCSR200BBB", "ENCSR300CCC"}));
        QCOMPARE(group(Grouping::Target, "unknown"), QStringList{}); // target's empty label is "none"
        QCOMPARE(group(Grouping::Lab, "unknown"), (QStringList{"ENCSR300CCC", "ENCSR500EEE"}));
        QCOMPARE(group(Grouping::Assay, "unknown"), QStringList{"ENCSR400DDD"});
        QCOMPARE(group(Grouping::Assembly, "mm10"), QStringList{"ENCSR300CCC"});
        QCOMPARE(group(Grouping::Assembly, "hg19"), QStringList{"ENCSR100AAA"});
    }

    // Every bar of every chart, clicked, shows as many experiments as the bar counts; every
    // drop-down choice shows as many as its count says. Blank organ " , " has no term, so it is
    // "unknown" in the summary; the filter's empty test does not split cells, so that bar is the
    // one exception, and it is asserted as such.
    void aClickedBarShowsWhatItCounted()
    {
        testsupport::TestCollection collection;
        seed(collection);
        const auto summary = models::summarizeCollection(collection.database()->connection(), {});
        QVERIFY(summary.ok());
        int bars = 0;
        for (const models::SummaryGrouping &grouping : summary.value().groupings) {
            QVERIFY(!grouping.counts.isEmpty());
            for (const models::SummaryCount &count : grouping.counts) {
                const auto shown = accessionsOf(collection, {.group = models::GroupValue{grouping.grouping, count.value}});
                if (grouping.grouping == Grouping::Organ && count.value == QLatin1String("unknown")) {
                    QCOMPARE(count.count, 1);
                    QCOMPARE(shown, QStringList{});
                    continue;
                }
                QVERIFY2(shown.size() == count.count,
                         qPrintable(models::groupingKey(grouping.grouping) + QLatin1Char(' ') + count.value));
                ++bars;
            }
        }
        QVERIFY(bars > 20);

        const QSqlDatabase db = collection.database()->connection();
        for (const Grouping grouping : {Grouping::Assay, Grouping::Organism, Grouping::Organ}) {
            const auto choices = models::filterChoices(db, grouping);
            QVERIFY(choices.ok());
            QVERIFY(!choices.value().isEmpty());
            for (const models::FilterChoice &choice : choices.value()) {
                const bool assay = grouping == Grouping::Assay;
                const bool organism = grouping == Grouping::Organism;
                const CollectionFilter filter = exact(assay ? choice.value : QString(),
                                                      organism ? choice.value : QString(),
                                                      !assay && !organism ? choice.value : QString());
                QVERIFY2(accessionsOf(collection, filter).size() == choice.count, qPrintable(choice.value));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCollectionFilter)
#include "tst_collectionfilter.moc"
