// The collection summary (spec section 7): totals and groupings counted in SQL, empty values as
// "unknown" / "none", multi-valued organism, organ and assembly cells, and the filters of `list`.
#include "models/summary/CollectionSummary.h"
#include "models/summary/SummaryJson.h"
#include "tests/support/TestCollection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace encode;
using models::SummaryCount;
using Counts = QList<SummaryCount>;

namespace {

struct Seed {
    const char *accession;
    QString assay, organism, organ, assembly, target, biosampleType, lab, status;
};

// Null QStrings are absent values (NULL in the database); "" and blank cells are empty too.
const QString absent;

QList<Seed> seeds()
{
    return {
        {"ENCSR100AAA", "TF ChIP-seq", "Homo sapiens", "liver, epithelium", "GRCh38, hg19", "CTCF-human", "cell line",
         "/labs/a/", "released"},
        {"ENCSR200BBB", "TF ChIP-seq", "Homo sapiens", "liver", "GRCh38", absent, "cell line", "/labs/b/", "archived"},
        {"ENCSR300CCC", "total RNA-seq", "Mus musculus", absent, "mm10", "", absent, "/labs/a/", "released"},
        {"ENCSR400DDD", absent, absent, "brain", R"(["GRCh38","mm10"])", "CTCF-human", "tissue", absent, ""},
        {"ENCSR500EEE", "ATAC-seq", "Homo sapiens, Mus musculus", " , ", absent, "CTCF-human", "cell line", "/labs/a/",
         "released"},
    };
}

models::Publication paper(const QString &pmid, const QString &doi)
{
    return {pmid, doi, "A title", "Doe J", "Journal", "2020", {}};
}

// Five experiments through the repository; publications: 11111111 twice, a DOI-only paper twice
// (in two letter cases), 22222222 once: 3 distinct papers in 5 rows. References: 4. Derived files: 3,
// one of them naming only a file accession.
void seedCollection(const testsupport::TestCollection &collection)
{
    models::CollectionRepository repository = collection.repository();
    for (const Seed &seed : seeds()) {
        models::ExperimentRecord record = testsupport::sampleRecord(seed.accession);
        models::TrackedExperiment &e = record.experiment;
        e.assayTitle = seed.assay;
        e.organism = seed.organism;
        e.organ = seed.organ;
        e.assembly = seed.assembly;
        e.target = seed.target;
        e.biosampleType = seed.biosampleType;
        e.lab = seed.lab;
        e.status = seed.status;
        const QString accession = seed.accession;
        if (accession == "ENCSR200BBB") {
            record.publications.append(paper(absent, "10.1000/Two"));
            record.linkedReferences.append({"geo_accession", "GSE1", "auto", 0});
        } else if (accession == "ENCSR300CCC") {
            record.publications = {paper("22222222", absent)};
            record.linkedReferences.clear();
        } else if (accession == "ENCSR400DDD") {
            record.publications.clear();
            record.linkedReferences.clear();
        } else if (accession == "ENCSR500EEE") {
            record.publications = {paper(absent, "10.1000/two")};
        }
        const auto saved = repository.save(record, {});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.failure().message));
    }
    QSqlQuery query(collection.database()->connection());
    for (const char *sources : {R"(["ENCSR100AAA"])", R"(["ENCSR300CCC","ENCFF000XYZ"])", R"(["ENCFF999AAA"])"}) {
        query.prepare("INSERT INTO derived_files (file_path, source_accessions, created_at) VALUES (?, ?, 1)");
        query.addBindValue(QString(QString("/data/") + sources));
        query.addBindValue(QString(sources));
        QVERIFY(query.exec());
    }
    QCOMPARE(collection.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 5);
}

models::CollectionSummary summarize(const testsupport::TestCollection &collection, const models::CollectionFilter &filter)
{
    const auto summary = models::summarizeCollection(collection.database()->connection(), filter);
    if (!summary.ok())
        qFatal("summary failed: %s", qPrintable(summary.failure().message));
    return summary.value();
}

} // namespace

class TestSummary final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestCollection> m_collection;

private Q_SLOTS:
    void init()
    {
        m_collection = std::make_unique<testsupport::TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
    }

    void cleanup() { m_collection.reset(); }

    void totalsAndEveryGrouping()
    {
        seedCollection(*m_collection);
        const models::CollectionSummary s = summarize(*m_collection, {});
        QCOMPARE(s.totalExperiments, 5);
        QCOMPARE(s.totalPublications, 3);
        QCOMPARE(s.totalDerivedFiles, 3);
        QCOMPARE(s.totalExternalReferences, 4);

        QStringList keys;
        for (const models::SummaryGrouping &g : s.groupings)
            keys.append(models::groupingKey(g.grouping));
        QCOMPARE(keys, (QStringList{"by_assay", "by_target", "by_organism", "by_organ", "by_biosample_type", "by_lab",
                                    "by_status", "by_assembly"}));
        QCOMPARE(s.counts(models::Grouping::Assay),
                 (Counts{{"TF ChIP-seq", 2}, {"ATAC-seq", 1}, {"total RNA-seq", 1}, {"unknown", 1}}));
        QCOMPARE(s.counts(models::Grouping::Target), (Counts{{"CTCF-human", 3}, {"none", 2}}));
        QCOMPARE(s.counts(models::Grouping::Organism), (Counts{{"Homo sapiens", 3}, {"Mus musculus", 2}, {"unknown", 1}}));
        QCOMPARE(s.counts(models::Grouping::Organ), (Counts{{"liver", 2}, {"unknown", 2}, {"brain", 1}, {"epithelium", 1}}));
        QCOMPARE(s.counts(models::Grouping::BiosampleType), (Counts{{"cell line", 3}, {"tissue", 1}, {"unknown", 1}}));
        QCOMPARE(s.counts(models::Grouping::Lab), (Counts{{"/labs/a/", 3}, {"/labs/b/", 1}, {"unknown", 1}}));
        QCOMPARE(s.counts(models::Grouping::ExperimentStatus), (Counts{{"released", 3}, {"archived", 1}, {"unknown", 1}}));
        QCOMPARE(s.counts(models::Grouping::Assembly), (Counts{{"GRCh38", 3}, {"mm10", 2}, {"hg19", 1}, {"unknown", 1}}));
    }

    void filtersAreThoseOfList_data()
    {
        QTest::addColumn<QString>("assay");
        QTest::addColumn<QString>("organism");
        QTest::addColumn<QString>("organ");
        QTest::addColumn<QList<int>>("totals"); // experiments, publications, derived files, references
        QTest::addColumn<Counts>("byOrganism");

        QTest::newRow("organism mus") << "" << "mus" << "" << QList<int>{2, 2, 1, 1}
                                      << Counts{{"Mus musculus", 2}, {"Homo sapiens", 1}};
        QTest::newRow("assay chip (any case)") << "CHIP" << "" << "" << QList<int>{2, 2, 1, 3}
                                               << Counts{{"Homo sapiens", 2}};
        QTest::newRow("organ liver and assay tf") << "tf" << "" << "liver" << QList<int>{2, 2, 1, 3}
                                                  << Counts{{"Homo sapiens", 2}};
        QTest::newRow("organ brain") << "" << "" << "brain" << QList<int>{1, 0, 0, 0} << Counts{{"unknown", 1}};
        QTest::newRow("matches nothing") << "no such assay" << "" << "" << QList<int>{0, 0, 0, 0} << Counts{};
        QTest::newRow("percent is literal") << "%" << "" << "" << QList<int>{0, 0, 0, 0} << Counts{};
    }

    void filtersAreThoseOfList()
    {
        QFETCH(QString, assay);
        QFETCH(QString, organism);
        QFETCH(QString, organ);
        QFETCH(QList<int>, totals);
        QFETCH(Counts, byOrganism);
        seedCollection(*m_collection);
        models::CollectionFilter filter;
        filter.assay = assay;
        filter.organism = organism;
        filter.organ = organ;
        const models::CollectionSummary s = summarize(*m_collection, filter);
        QCOMPARE((QList<int>{s.totalExperiments, s.totalPublications, s.totalDerivedFiles, s.totalExternalReferences}),
                 totals);
        QCOMPARE(s.counts(models::Grouping::Organism), byOrganism);
        // The same experiments as `list` with these options.
        QCOMPARE(qsizetype(s.totalExperiments), m_collection->repository().list(filter).value().size());
        int assays = 0;
        for (const SummaryCount &count : s.counts(models::Grouping::Assay))
            assays += count.count;
        QCOMPARE(assays, s.totalExperiments);
    }

    void emptyCollection()
    {
        const models::CollectionSummary s = summarize(*m_collection, {});
        QCOMPARE(s.totalExperiments, 0);
        QCOMPARE(s.totalDerivedFiles, 0);
        QCOMPARE(s.groupings.size(), 8);
        QVERIFY(s.counts(models::Grouping::Assay).isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(models::json::summaryJsonText(s)).object();
        QCOMPARE(json.value("by_lab").toObject(), QJsonObject{});
    }

    void jsonKeepsMostFrequentFirst()
    {
        seedCollection(*m_collection);
        const QByteArray text = models::json::summaryJsonText(summarize(*m_collection, {}));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value("total_experiments").toInt(), 5);
        QCOMPARE(json.value("total_publications").toInt(), 3);
        QCOMPARE(json.value("total_derived_files").toInt(), 3);
        QCOMPARE(json.value("total_external_references").toInt(), 4);
        QCOMPARE(json.value("by_target").toObject(), (QJsonObject{{"CTCF-human", 3}, {"none", 2}}));
        QCOMPARE(json.value("by_assembly").toObject().value("GRCh38").toInt(), 3);
        // QJsonObject sorts keys; the text itself must list the most frequent first.
        const qsizetype byAssay = text.indexOf("\"by_assay\"");
        QVERIFY(byAssay > 0);
        QVERIFY(text.indexOf("\"TF ChIP-seq\": 2", byAssay) < text.indexOf("\"ATAC-seq\": 1", byAssay));
        QVERIFY(text.indexOf("\"ATAC-seq\": 1", byAssay) < text.indexOf("\"unknown\": 1", byAssay));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
