// Portal JSON -> the rows tracking stores (spec sections 2 and 3), on our hand-written fixtures
// (tests/data/portal, see its README) and on small inline objects for the edge cases.
#include "models/experiment/ExperimentMapper.h"
#include "tests/support/PortalFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace encode;
using models::ExperimentMapper;
using models::LinkedObjects;
using models::MappingOptions;
using testsupport::allFixtureObjects;
using testsupport::readFixture;

namespace {

const QString base = QStringLiteral("https://www.encodeproject.org");

QStringList softwareNames(const models::Pipeline &pipeline)
{
    QStringList names;
    for (const models::Software &software : pipeline.software)
        names.append(software.name + ' ' + software.version);
    return names;
}

} // namespace

class TestExperimentMapper final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storedFields_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected"); // the 16 text columns in schema order, "<null>" for NULL
        QTest::newRow("TF ChIP-seq, page frame")
            << "experiments/ENCSR100AAA.json"
            << QStringList{"ENCSR100AAA", "TF ChIP-seq", "CTCF-human", "HepG2", "Homo sapiens", "liver, epithelium",
                           "cell line", "released", "2013-02-07", "CTCF ChIP-seq on human HepG2 cells (fixture)",
                           "/labs/avery-lindqvist/", "/awards/U54HG900001/", "GRCh38, hg19", "isogenic",
                           "child, adult", base + "/experiments/ENCSR100AAA/"};
        QTest::newRow("RNA-seq without target")
            << "experiments/ENCSR200BBB.json"
            << QStringList{"ENCSR200BBB", "total RNA-seq", "<null>",
                           "Mus musculus strain C57BL/6 liver tissue male adult (8 weeks)", "Mus musculus",
                           "liver, exocrine gland", "tissue", "released", "2017-11-20",
                           "Total RNA-seq of adult mouse liver (fixture)", "/labs/tomas-okafor/",
                           "/awards/UM1HG900002/", "mm10", "anisogenic", "adult", base + "/experiments/ENCSR200BBB/"};
        QTest::newRow("nearly everything absent")
            << "experiments/ENCSR500EEE.json"
            << QStringList{"ENCSR500EEE", "DNase-seq", "<null>", "<null>", "<null>", "<null>", "<null>", "released",
                           "<null>", "<null>", "/labs/mei-ito/", "/awards/U54HG900001/", "<null>", "<null>", "<null>",
                           base + "/experiments/ENCSR500EEE/"};
    }

    void storedFields()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const models::TrackedExperiment e =
            ExperimentMapper(base + "/").mapExperimentRow(readFixture(fixture));
        const QStringList actual{e.accession, e.assayTitle, e.target, e.biosampleSummary, e.organism, e.organ,
                                 e.biosampleType, e.status, e.dateReleased, e.description, e.lab, e.award,
                                 e.assembly, e.replicationType, e.lifeStage, e.url};
        QStringList shown;
        for (const QString &value : actual)
            shown.append(value.isNull() ? QStringLiteral("<null>") : value);
        QCOMPARE(shown, expected);
        QCOMPARE(QJsonDocument::fromJson(e.rawMetadata.toUtf8()).object(), readFixture(fixture));
    }

    void objectFrameLinksAreReadToo()
    {
        const QJsonObject experiment{
            {"@id", "/experiments/ENCSR000EDP/"}, {"accession", "ENCSR000EDP"},
            {"target", "/targets/ARID3A-human/"}, {"lab", "/labs/michael-snyder/"}, {"award", "/awards/U54HG004558/"},
            {"biosample_ontology", "/biosample-types/cell_line_EFO_0001187/"}, {"assembly", QJsonArray{}},
        };
        const models::TrackedExperiment e = ExperimentMapper(base).mapExperimentRow(experiment);
        QCOMPARE(e.target, QStringLiteral("ARID3A-human"));
        QCOMPARE(e.lab, QStringLiteral("/labs/michael-snyder/"));
        QCOMPARE(e.award, QStringLiteral("/awards/U54HG004558/"));
        QVERIFY(e.biosampleType.isNull());
        QVERIFY(e.assembly.isNull());
    }

    void aLoneStringCountsAsAList()
    {
        const QJsonObject experiment{{"accession", "ENCSR000EDP"}, {"assembly", "GRCh38"},
                                     {"biosample_ontology", QJsonObject{{"organ_slims", "liver"}}}};
        const models::TrackedExperiment e = ExperimentMapper(base).mapExperimentRow(experiment);
        QCOMPARE(e.assembly, QStringLiteral("GRCh38"));
        QCOMPARE(e.organ, QStringLiteral("liver"));
    }

    void publicationsFromEmbeddedObjects()
    {
        const models::ExperimentRecord record =
            ExperimentMapper(base).map(readFixture("experiments/ENCSR100AAA.json"), {}, MappingOptions{});
        QCOMPARE(record.publications.size(), 2);
        const models::Publication &first = record.publications.at(0);
        QCOMPARE(first.pmid, QStringLiteral("21111111"));
        QCOMPARE(first.doi, QStringLiteral("10.1000/example.one"));
        QCOMPARE(first.title, QStringLiteral("A map of CTCF insulator sites in a human liver cell line"));
        QCOMPARE(first.journal, QStringLiteral("Genome Research"));
        QCOMPARE(first.year, QStringLiteral("2012"));
        // Ten of the twelve names, the final period gone.
        QCOMPARE(first.authors.split(", ").size(), 10);
        QVERIFY(first.authors.startsWith("Alvarez MJ, Brennan KT"));
        QVERIFY(first.authors.endsWith("Jansen WP"));
        const models::Publication &second = record.publications.at(1);
        QVERIFY(second.pmid.isEmpty());
        QCOMPARE(second.doi, QStringLiteral("10.1000/example.two"));
        QCOMPARE(second.year, QStringLiteral("2019"));
    }

    void publicationFieldRules_data()
    {
        QTest::addColumn<QJsonObject>("publication");
        QTest::addColumn<QStringList>("expected"); // pmid, doi, year, authors
        QTest::newRow("free-text date") << QJsonObject{{"identifiers", QJsonArray{"PMID:1", "doi:10.1/x"}},
                                                       {"date_published", "2010 Feb"}, {"authors", "A B, C D."}}
                                        << QStringList{"1", "10.1/x", "2010", "A B, C D"};
        QTest::newRow("year from publication_year") << QJsonObject{{"publication_year", 2004}}
                                                    << QStringList{"", "", "2004", ""};
        QTest::newRow("arXiv and PMCID ignored")
            << QJsonObject{{"identifiers", QJsonArray{"PMCID:PMC1", "1234.5678"}}, {"date_published", "2021-01-02"}}
            << QStringList{"", "", "2021", ""};
        QTest::newRow("upper-case DOI prefix") << QJsonObject{{"identifiers", QJsonArray{"DOI:10.2/y"}}}
                                               << QStringList{"", "10.2/y", "", ""};
        QTest::newRow("consortium first") << QJsonObject{{"authors", "ENCODE Project Consortium, Dunham I, Kundaje A"}}
                                          << QStringList{"", "", "", "ENCODE Project Consortium, Dunham I, Kundaje A"};
    }

    void publicationFieldRules()
    {
        QFETCH(QJsonObject, publication);
        QFETCH(QStringList, expected);
        const models::Publication p = models::mapPublication(publication);
        QCOMPARE((QStringList{p.pmid, p.doi, p.year, p.authors}), expected);
    }

    void linkedPartsNeedFetchingFirst()
    {
        const QJsonObject experiment = readFixture("experiments/ENCSR200BBB.json");
        const ExperimentMapper mapper(base);
        QStringList missing = mapper.missingLinks(experiment, {}, MappingOptions{});
        missing.sort();
        QCOMPARE(missing, (QStringList{"/gene-quantification-quality-metrics/70b07e83-49af-4316-a682-d1eb29ea478a/",
                                       "/pipelines/ENCPL003CCC/",
                                       "/publications/2c3d75e7-d3df-41fd-8ff6-229610ff304e/",
                                       "/publications/e648e795-6f48-4ba2-b7e0-091d0303f308/",
                                       "/star-quality-metrics/425d3fb6-9aa4-476e-8610-47e083d2991d/",
                                       "/star-quality-metrics/c910a96f-09b1-450d-931f-e8e0c97ebe93/"}));
        QVERIFY(mapper.missingLinks(experiment, allFixtureObjects(), MappingOptions{}).isEmpty());
        QCOMPARE(mapper.missingLinks(experiment, {}, MappingOptions{false, false}).size(), 3); // metrics only
    }

    void pipelinesPerAnalysisWithTheirSoftware()
    {
        const models::ExperimentRecord record = ExperimentMapper(base).map(
            readFixture("experiments/ENCSR200BBB.json"), allFixtureObjects(), MappingOptions{});
        QCOMPARE(record.pipelines.size(), 2);
        const models::Pipeline &released = record.pipelines.at(0);
        QCOMPARE(released.title, QStringLiteral("Bulk RNA-seq alignment and quantification"));
        QCOMPARE(released.version, QStringLiteral("1.2.3"));
        QCOMPARE(released.analysisStatus, QStringLiteral("released"));
        QCOMPARE(softwareNames(released), (QStringList{"STAR 2.5.1b", "RSEM 1.2.31", "kentUtils 385"}));
        QCOMPARE(record.pipelines.at(1).version, QStringLiteral("1.1.2-prerelease+meta"));
        QCOMPARE(record.pipelines.at(1).analysisStatus, QStringLiteral("archived"));
    }

    void pipelinesFromFilesWhenThereAreNoAnalyses()
    {
        const models::ExperimentRecord record = ExperimentMapper(base).map(
            readFixture("experiments/ENCSR100AAA.json"), allFixtureObjects(), MappingOptions{});
        QCOMPARE(record.pipelines.size(), 2);
        QCOMPARE(record.pipelines.at(0).title, QStringLiteral("TF ChIP-seq alignment and filtering"));
        QCOMPARE(record.pipelines.at(0).version, QStringLiteral("2"));
        QCOMPARE(softwareNames(record.pipelines.at(0)), (QStringList{"BWA 0.7.17", "SAMtools 1.9", "Picard 2.20.7"}));
        QCOMPARE(record.pipelines.at(1).title, QStringLiteral("TF ChIP-seq peak calling and IDR"));
        QCOMPARE(softwareNames(record.pipelines.at(1)), (QStringList{"MACS2 2.1.0", "spp 1.14", "IDR 2.0.4"}));
    }

    void analysesSentAsLinksAreFollowed()
    {
        QJsonObject experiment = readFixture("experiments/ENCSR200BBB.json");
        experiment.insert("analyses", QJsonArray{"/analyses/ENCAN201BBB/"});
        const ExperimentMapper mapper(base);
        QVERIFY(mapper.missingLinks(experiment, {}, MappingOptions{}).contains("/analyses/ENCAN201BBB/"));
        LinkedObjects withAnalysis;
        withAnalysis.insert("/analyses/ENCAN201BBB/", readFixture("analyses/ENCAN201BBB.json"));
        QVERIFY(mapper.missingLinks(experiment, withAnalysis, MappingOptions{}).contains("/pipelines/ENCPL003CCC/"));
        const auto record = mapper.map(experiment, allFixtureObjects(), MappingOptions{});
        QCOMPARE(record.pipelines.size(), 1);
        QCOMPARE(record.pipelines.first().version, QStringLiteral("1.2.3"));
    }

    void qualityMetricsAsObjectsAndAsLinks_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("embedded objects")
            << "experiments/ENCSR100AAA.json"
            << QStringList{"ENCFF101AAA SamtoolsFlagstatsQualityMetric", "ENCFF101AAA ChipAlignmentSamstatQualityMetric",
                           "ENCFF102AAA SamtoolsFlagstatsQualityMetric", "ENCFF103AAA ChipReplicationQualityMetric"};
        QTest::newRow("links") << "experiments/ENCSR200BBB.json"
                               << QStringList{"ENCFF201BBB StarQualityMetric",
                                              "ENCFF202BBB GeneQuantificationQualityMetric",
                                              "ENCFF203BBB StarQualityMetric"};
    }

    void qualityMetricsAsObjectsAndAsLinks()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const auto metrics = models::mapQualityMetrics(readFixture(fixture), allFixtureObjects());
        QStringList actual;
        for (const models::QualityMetric &metric : metrics) {
            actual.append(metric.fileAccession + ' ' + metric.metricType);
            const QJsonObject data = QJsonDocument::fromJson(metric.metricData.toUtf8()).object();
            QCOMPARE(data.value("@type").toArray().first().toString(), metric.metricType);
        }
        QCOMPARE(actual, expected);
    }

    void referencesLinkedAutomatically()
    {
        const auto record = ExperimentMapper(base).map(readFixture("experiments/ENCSR200BBB.json"),
                                                       allFixtureObjects(), MappingOptions{});
        QStringList references;
        for (const models::ExternalReference &r : record.linkedReferences)
            references.append(r.type + ':' + r.id);
        // GEO-obsolete is not a GEO link; PMIDs and DOIs come from the publications.
        QCOMPARE(references, (QStringList{"geo_accession:GSE654321", "pmid:21111111", "doi:10.1000/example.one",
                                          "pmid:23333333", "doi:10.1000/example.three"}));
        QVERIFY(record.linkedReferences.first().description.contains("ENCODE"));
    }

    void samePaperTwiceIsStoredOnce()
    {
        QJsonObject experiment = readFixture("experiments/ENCSR100AAA.json");
        QJsonArray references = experiment.value("references").toArray();
        references.append("/publications/2c3d75e7-d3df-41fd-8ff6-229610ff304e/"); // the first one again, as a link
        experiment.insert("references", references);
        const auto publications = models::mapPublications(experiment, allFixtureObjects());
        QCOMPARE(publications.size(), 2);
    }

    void partsSwitchedOffAreEmpty()
    {
        const auto record = ExperimentMapper(base).map(readFixture("experiments/ENCSR100AAA.json"),
                                                       allFixtureObjects(), MappingOptions{false, false});
        QVERIFY(record.publications.isEmpty());
        QVERIFY(record.pipelines.isEmpty());
        QCOMPARE(record.qualityMetrics.size(), 4);
        QCOMPARE(record.linkedReferences.size(), 1); // the GEO link only
    }
};

QTEST_GUILESS_MAIN(TestExperimentMapper)
#include "tst_experimentmapper.moc"
