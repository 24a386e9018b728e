// Comparing experiments (spec section 6): every rule and verdict, values missing on one side, sets of
// assemblies, the N x N matrix and the largest fully compatible subset.
#include "models/compare/CompareJson.h"
#include "models/compare/CompatibilityMatrix.h"
#include "tests/support/TestCollection.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <bit>

using namespace encode;
using models::ComparedExperiment;
using models::Verdict;

namespace {

// Two experiments that agree on everything: each test row changes one aspect.
ComparedExperiment reference(const QString &accession)
{
    ComparedExperiment e;
    e.accession = accession;
    e.assay = "TF ChIP-seq";
    e.biosample = "HepG2";
    e.biosampleTerm = "HepG2";
    e.biosampleType = "cell line";
    e.target = "CTCF-human";
    e.organisms = {"Homo sapiens"};
    e.organs = {"liver", "epithelium"};
    e.assemblies = {"GRCh38"};
    e.replicationType = "isogenic";
    e.lifeStages = {"child"};
    e.lab = "/labs/avery-lindqvist/";
    e.status = "released";
    return e;
}

// Sets one aspect from its stored text ("" = absent), the way a stored row would give it.
void setAspect(ComparedExperiment &e, const QString &aspect, const QString &value)
{
    const QHash<QString, QString ComparedExperiment::*> single{
        {"assay", &ComparedExperiment::assay},
        {"biosample type", &ComparedExperiment::biosampleType},
        {"biosample", &ComparedExperiment::biosampleTerm},
        {"target", &ComparedExperiment::target},
        {"replication type", &ComparedExperiment::replicationType},
        {"lab", &ComparedExperiment::lab},
        {"status", &ComparedExperiment::status},
    };
    const QHash<QString, QStringList ComparedExperiment::*> lists{
        {"organism", &ComparedExperiment::organisms},
        {"genome assembly", &ComparedExperiment::assemblies},
        {"organ", &ComparedExperiment::organs},
        {"life stage", &ComparedExperiment::lifeStages},
    };
    if (single.contains(aspect))
        e.*single.value(aspect) = value;
    else if (lists.contains(aspect))
        e.*lists.value(aspect) = models::storedTerms(value);
    else if (aspect == "ERROR audits")
        e.audits.setCount(models::AuditLevel::Error, value.toInt());
    else if (aspect == "NOT_COMPLIANT audits")
        e.audits.setCount(models::AuditLevel::NotCompliant, value.toInt());
    else
        QFAIL(qPrintable("unknown aspect in the test table: " + aspect));
}

models::Comparison comparePair(const QString &aspect, const QString &first, const QString &second)
{
    ComparedExperiment a = reference("ENCSR100AAA");
    ComparedExperiment b = reference("ENCSR200BBB");
    if (!aspect.isEmpty()) {
        setAspect(a, aspect, first);
        setAspect(b, aspect, second);
    }
    return models::compareExperiments(a, b);
}

QStringList verdictsOfRow(const QJsonArray &row)
{
    QStringList verdicts;
    for (const QJsonValue &cell : row)
        verdicts.append(cell.isNull() ? "null" : cell.toString());
    return verdicts;
}

// The largest clique by trying every subset: the reference the search is checked against.
int bruteForceLargest(int count, const std::function<bool(int, int)> &compatible)
{
    int best = 0;
    for (quint32 set = 1; set < (1u << count); ++set) {
        bool clique = true;
        for (int i = 0; i < count && clique; ++i)
            for (int j = i + 1; j < count && clique; ++j)
                clique = !((set >> i) & 1u) || !((set >> j) & 1u) || compatible(i, j);
        if (clique)
            best = std::max(best, std::popcount(set));
    }
    return best < 2 ? 0 : best;
}

} // namespace

class TestCompare final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRuleAndVerdict_data()
    {
        QTest::addColumn<QString>("aspect");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("listedIn"); // issues, warnings, compatible_aspects
        QTest::addColumn<QString>("message");

        QTest::newRow("same everything") << "" << "" << "" << "FULLY_COMPATIBLE" << "compatible_aspects"
                                         << "Same organism: Homo sapiens";
        QTest::newRow("different organism") << "organism" << "Homo sapiens" << "Mus musculus" << "NOT_COMPATIBLE"
                                            << "issues" << "Different organism: Homo sapiens vs Mus musculus";
        QTest::newRow("organism missing on one side") << "organism" << "Homo sapiens" << "" << "FULLY_COMPATIBLE"
                                                      << "not_compared" << "organism";
        QTest::newRow("organism sets in another order") << "organism" << "Homo sapiens, Mus musculus"
                                                        << "Mus musculus, Homo sapiens" << "FULLY_COMPATIBLE"
                                                        << "compatible_aspects" << "Same organism";
        QTest::newRow("no assembly in common") << "genome assembly" << "GRCh38" << "mm10" << "NOT_COMPATIBLE"
                                               << "issues" << "No genome assembly in common: GRCh38 vs mm10";
        QTest::newRow("multi-valued assemblies without overlap")
            << "genome assembly" << "GRCh38, hg19" << "mm10, mm9" << "NOT_COMPATIBLE" << "issues"
            << "No genome assembly in common: GRCh38, hg19 vs mm10, mm9";
        QTest::newRow("multi-valued assemblies with overlap")
            << "genome assembly" << "GRCh38, hg19" << "hg19" << "FULLY_COMPATIBLE" << "compatible_aspects"
            << "Shared genome assembly: hg19";
        QTest::newRow("assemblies as a JSON array and as a joined list")
            << "genome assembly" << "[\"hg19\",\"GRCh38\"]" << "GRCh38, hg19" << "FULLY_COMPATIBLE"
            << "compatible_aspects" << "Same genome assembly: hg19, GRCh38";
        QTest::newRow("assembly missing on one side") << "genome assembly" << "" << "mm10" << "FULLY_COMPATIBLE"
                                                      << "not_compared" << "genome assembly";
        QTest::newRow("different assay") << "assay" << "TF ChIP-seq" << "total RNA-seq" << "COMPATIBLE_WITH_CAVEATS"
                                         << "warnings" << "Different assay: TF ChIP-seq vs total RNA-seq";
        QTest::newRow("assay missing on one side") << "assay" << "" << "ATAC-seq" << "FULLY_COMPATIBLE"
                                                   << "not_compared" << "assay";
        QTest::newRow("different biosample type") << "biosample type" << "cell line" << "tissue"
                                                  << "COMPATIBLE_WITH_CAVEATS" << "warnings"
                                                  << "Different biosample type: cell line vs tissue";
        QTest::newRow("no organ in common") << "organ" << "liver, epithelium" << "brain" << "COMPATIBLE_WITH_CAVEATS"
                                            << "warnings" << "Different organ: liver, epithelium vs brain";
        QTest::newRow("organs overlapping") << "organ" << "liver, epithelium" << "liver, exocrine gland"
                                            << "FULLY_COMPATIBLE" << "compatible_aspects" << "Shared organ: liver";
        QTest::newRow("different biosample term") << "biosample" << "HepG2" << "K562" << "COMPATIBLE_WITH_CAVEATS"
                                                  << "warnings" << "Different biosample: HepG2 vs K562";
        QTest::newRow("different target") << "target" << "CTCF-human" << "H3K27ac-human" << "COMPATIBLE_WITH_CAVEATS"
                                          << "warnings" << "Different target: CTCF-human vs H3K27ac-human";
        QTest::newRow("target missing on one side") << "target" << "CTCF-human" << "" << "FULLY_COMPATIBLE"
                                                    << "not_compared" << "target";
        QTest::newRow("different replication type") << "replication type" << "isogenic" << "anisogenic"
                                                    << "COMPATIBLE_WITH_CAVEATS" << "warnings"
                                                    << "Different replication type: isogenic vs anisogenic";
        QTest::newRow("different life stage") << "life stage" << "child, adult" << "adult" << "COMPATIBLE_WITH_CAVEATS"
                                              << "warnings" << "Different life stage: child, adult vs adult";
        QTest::newRow("different lab") << "lab" << "/labs/a/" << "/labs/b/" << "COMPATIBLE_WITH_CAVEATS" << "warnings"
                                       << "Different lab: /labs/a/ vs /labs/b/ (batch effects possible)";
        QTest::newRow("first archived") << "status" << "archived" << "released" << "COMPATIBLE_WITH_CAVEATS"
                                        << "warnings" << "ENCSR100AAA is archived";
        QTest::newRow("second revoked") << "status" << "released" << "revoked" << "COMPATIBLE_WITH_CAVEATS"
                                        << "warnings" << "ENCSR200BBB is revoked";
        QTest::newRow("archived with status missing on the other side")
            << "status" << "archived" << "" << "COMPATIBLE_WITH_CAVEATS" << "warnings" << "ENCSR100AAA is archived";
        QTest::newRow("both released") << "status" << "released" << "released" << "FULLY_COMPATIBLE"
                                       << "compatible_aspects" << "Neither experiment is archived or revoked";
        QTest::newRow("ERROR audits") << "ERROR audits" << "2" << "0" << "COMPATIBLE_WITH_CAVEATS" << "warnings"
                                      << "Audit flags: ENCSR100AAA has ERROR (2)";
        QTest::newRow("NOT_COMPLIANT audits") << "NOT_COMPLIANT audits" << "0" << "1" << "COMPATIBLE_WITH_CAVEATS"
                                              << "warnings" << "Audit flags: ENCSR200BBB has NOT_COMPLIANT (1)";
        QTest::newRow("no flagged audits") << "ERROR audits" << "0" << "0" << "FULLY_COMPATIBLE"
                                           << "compatible_aspects" << "No ERROR or NOT_COMPLIANT audit flags";
    }

    void everyRuleAndVerdict()
    {
        QFETCH(QString, aspect);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, verdict);
        QFETCH(QString, listedIn);
        QFETCH(QString, message);

        const models::Comparison c = comparePair(aspect, first, second);
        QCOMPARE(models::verdictName(c.verdict), verdict);
        const QJsonObject json = models::json::fromComparison(c);
        QCOMPARE(json.value("verdict").toString(), verdict);
        if (listedIn == "not_compared") {
            QVERIFY2(c.notCompared().contains(message), qPrintable(c.notCompared().join(", ")));
        } else {
            const QStringList listed = json.value(listedIn).toVariant().toStringList();
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(), [&](const QString &m) { return m.startsWith(message); }),
                     qPrintable(listedIn + ": " + listed.join(" | ")));
        }
        // The verdict follows from the lists: issues win, then warnings.
        QCOMPARE(c.issues.isEmpty(), verdict != "NOT_COMPATIBLE");
        QCOMPARE(c.warnings.isEmpty() && c.issues.isEmpty(), verdict == "FULLY_COMPATIBLE");
        QVERIFY(c.recommendation.endsWith('.'));
    }

    void issuesOutrankWarnings()
    {
        ComparedExperiment a = reference("ENCSR100AAA");
        ComparedExperiment b = reference("ENCSR200BBB");
        b.organisms = {"Mus musculus"};
        b.assemblies = {"mm10"};
        b.lab = "/labs/other/";
        b.audits.setCount(models::AuditLevel::Error, 1);
        const models::Comparison c = models::compareExperiments(a, b);
        QCOMPARE(c.verdict, Verdict::NotCompatible);
        QCOMPARE(c.issues.size(), 2);
        QCOMPARE(c.warnings.size(), 2);
        QVERIFY(c.recommendation.contains("different organisms"));
        QVERIFY(c.recommendation.contains("share no genome assembly"));
    }

    void jsonHasTheSpecsKeys()
    {
        const QJsonObject json = models::json::fromComparison(comparePair("assay", "TF ChIP-seq", "DNase-seq"));
        QCOMPARE(json.keys(), (QStringList{"compatible_aspects", "experiment_1", "experiment_2", "issues",
                                          "recommendation", "verdict", "warnings"}));
        QCOMPARE(json.value("experiment_1").toObject(),
                 (QJsonObject{{"accession", "ENCSR100AAA"}, {"assay", "TF ChIP-seq"}, {"biosample", "HepG2"}}));
        QCOMPARE(json.value("experiment_2").toObject().value("assay").toString(), QString("DNase-seq"));
        QCOMPARE(json.value("warnings").toArray().size(), 1);
        QVERIFY(json.value("issues").toArray().isEmpty());
    }

    void readsStoredRowsAndRawMetadata()
    {
        models::TrackedExperiment row;
        row.accession = "ENCSR100AAA";
        row.assembly = "GRCh38, hg19, GRCh38";
        row.organ = " liver ,epithelium,";
        row.biosampleSummary = "HepG2";
        row.target = "  ";
        row.rawMetadata = R"({"biosample_ontology":{"term_name":"HepG2"},"audit":{"ERROR":[{},{}],)"
                          R"("NOT_COMPLIANT":[{}],"WARNING":[{},{},{}],"INTERNAL_ACTION":[{}]}})";
        const ComparedExperiment e = models::comparedExperiment(row);
        QCOMPARE(e.assemblies, (QStringList{"GRCh38", "hg19"}));
        QCOMPARE(e.organs, (QStringList{"liver", "epithelium"}));
        QCOMPARE(e.biosampleTerm, QString("HepG2"));
        QVERIFY(e.target.isEmpty()); // blank is absent: not compared
        QCOMPARE(e.audits.count(models::AuditLevel::Error), 2);
        QCOMPARE(e.audits.count(models::AuditLevel::NotCompliant), 1); // WARNING and INTERNAL_ACTION are not caveats

        row.rawMetadata = "{}"; // the original tool's oversized rows
        const ComparedExperiment bare = models::comparedExperiment(row);
        QVERIFY(bare.biosampleTerm.isEmpty());
        QCOMPARE(bare.audits.count(models::AuditLevel::Error), 0);
    }

    void loadsTrackedExperimentsInTheGivenOrder()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        models::CollectionRepository repository = collection.repository();
        for (const char *accession : {"ENCSR100AAA", "ENCSR200BBB"}) {
            models::ExperimentRecord record = testsupport::sampleRecord(accession);
            record.experiment.rawMetadata = R"({"audit":{"NOT_COMPLIANT":[{"category":"x"}]}})";
            QVERIFY(repository.save(record, {}).ok());
        }
        const auto loaded = models::loadComparedExperiments(repository, {"ENCSR200BBB", "ENCSR100AAA"});
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.failure().message));
        QCOMPARE(loaded.value().size(), 2);
        QCOMPARE(loaded.value().at(0).accession, QString("ENCSR200BBB"));
        QCOMPARE(loaded.value().at(1).assemblies, QStringList{"GRCh38"});
        QCOMPARE(loaded.value().at(1).audits.count(models::AuditLevel::NotCompliant), 1);

        const auto missing = models::loadComparedExperiments(repository, {"ENCSR100AAA", "ENCSR998ZZZ", "ENCSR999ZZZ"});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.failure().kind, models::Failure::Kind::NotFound);
        QVERIFY(missing.failure().message.contains("ENCSR998ZZZ, ENCSR999ZZZ"));
        QVERIFY(!missing.failure().message.contains("ENCSR100AAA"));
    }

    void matrixOfEveryPair()
    {
        ComparedExperiment mouse = reference("ENCSR400DDD");
        mouse.organisms = {"Mus musculus"};
        mouse.assemblies = {"mm10"};
        ComparedExperiment otherLab = reference("ENCSR300CCC");
        otherLab.lab = "/labs/other/";
        const QList<ComparedExperiment> experiments{reference("ENCSR100AAA"), reference("ENCSR200BBB"), otherLab, mouse,
                                                    reference("ENCSR500EEE")};
        const models::CompatibilityMatrix matrix = models::compareAll(experiments);
        QCOMPARE(matrix.pairs.size(), 10);
        QCOMPARE(matrix.pair(3, 1).first.accession, QString("ENCSR200BBB")); // either order finds the pair
        QCOMPARE(matrix.pair(3, 1).second.accession, QString("ENCSR400DDD"));

        const QJsonObject json = models::json::fromMatrix(matrix);
        QCOMPARE(json.value("experiments").toArray().size(), 5);
        QCOMPARE(json.value("experiments").toArray().at(3).toObject().value("accession").toString(), QString("ENCSR400DDD"));
        const QJsonArray rows = json.value("matrix").toArray();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(verdictsOfRow(rows.at(0).toArray()), (QStringList{"null", "FULLY_COMPATIBLE", "COMPATIBLE_WITH_CAVEATS",
                                                                  "NOT_COMPATIBLE", "FULLY_COMPATIBLE"}));
        QCOMPARE(verdictsOfRow(rows.at(2).toArray()), (QStringList{"COMPATIBLE_WITH_CAVEATS", "COMPATIBLE_WITH_CAVEATS",
                                                                  "null", "NOT_COMPATIBLE", "COMPATIBLE_WITH_CAVEATS"}));
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 5; ++j)
                QCOMPARE(rows.at(i).toArray().at(j), rows.at(j).toArray().at(i));
        const QJsonArray pairs = json.value("pairs").toArray();
        QCOMPARE(pairs.size(), 10);
        QCOMPARE(pairs.at(2).toObject().value("experiment_2").toObject().value("accession").toString(), QString("ENCSR400DDD"));
        QCOMPARE(pairs.at(2).toObject().value("verdict").toString(), QString("NOT_COMPATIBLE"));
        QCOMPARE(json.value("largest_compatible_subset").toArray(),
                 (QJsonArray{"ENCSR100AAA", "ENCSR200BBB", "ENCSR500EEE"}));
        QCOMPARE(json.value("subset_search").toString(), QString("exact"));
    }

    void noTwoFullyCompatibleSuggestsNothing()
    {
        ComparedExperiment mouse = reference("ENCSR200BBB");
        mouse.organisms = {"Mus musculus"};
        ComparedExperiment fly = reference("ENCSR300CCC");
        fly.organisms = {"Drosophila melanogaster"};
        const models::CompatibilityMatrix matrix = models::compareAll({reference("ENCSR100AAA"), mouse, fly});
        QVERIFY(matrix.fullyCompatible.members.isEmpty());
        QCOMPARE(models::json::fromMatrix(matrix).value("largest_compatible_subset").toArray(), QJsonArray{});
    }

    void subsetTiesPickTheEarliestExperiments()
    {
        // Two triangles, {1,2,3} and {0,4,5}: the same size, the second lists item 0 first.
        const QSet<QPair<int, int>> edges{{1, 2}, {1, 3}, {2, 3}, {0, 4}, {0, 5}, {4, 5}, {0, 1}};
        const auto subset = models::largestCompatibleSubset(6, [&](int i, int j) { return edges.contains({i, j}); });
        QCOMPARE(subset.members, (QList<int>{0, 4, 5}));
        QVERIFY(subset.exact);
    }

    void exactSearchMatchesBruteForce()
    {
        QRandomGenerator random(20240611); // fixed seed: the same graphs every run
        for (int round = 0; round < 200; ++round) {
            const int count = 2 + int(random.bounded(11));
            QSet<QPair<int, int>> edges;
            const int density = 20 + int(random.bounded(70));
            for (int i = 0; i < count; ++i)
                for (int j = i + 1; j < count; ++j)
                    if (int(random.bounded(100)) < density)
                        edges.insert({i, j});
            const auto compatible = [&](int i, int j) { return edges.contains({i, j}); };
            const auto subset = models::largestCompatibleSubset(count, compatible);
            QCOMPARE(int(subset.members.size()), bruteForceLargest(count, compatible));
            for (int a = 0; a < subset.members.size(); ++a)
                for (int b = a + 1; b < subset.members.size(); ++b)
                    QVERIFY(compatible(subset.members.at(a), subset.members.at(b)));
        }
    }

    void manyExperimentsFallBackToGreedy()
    {
        // 30 items: evens are all compatible with each other, odds with nothing.
        const auto subset = models::largestCompatibleSubset(30, [](int i, int j) { return i % 2 == 0 && j % 2 == 0; });
        QVERIFY(!subset.exact);
        QCOMPARE(subset.members.size(), 15);
        QCOMPARE(subset.members.first(), 0);
        QCOMPARE(subset.members.last(), 28);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
