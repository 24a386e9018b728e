// `compare` and `summary` end to end: the built executable on a collection seeded through the
// repository (and, for --fetch, the fake Portal on loopback).
#include "tests/support/CliRunner.h"
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/TestCollection.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using encode::testsupport::FakePortal;
using encode::testsupport::TestCollection;
using Run = encode::testsupport::CliRun;

namespace {

// Three human TF ChIP-seq experiments: 100 and 200 agree on everything; 300 is from another lab and
// carries an ERROR audit. A fourth, mouse one is NOT_COMPATIBLE with them all.
void seed(const TestCollection &collection)
{
    encode::models::CollectionRepository repository = collection.repository();
    const auto save = [&](encode::models::ExperimentRecord record) {
        QVERIFY(repository.save(record, {}).ok());
    };
    save(encode::testsupport::sampleRecord("ENCSR100AAA"));
    save(encode::testsupport::sampleRecord("ENCSR200BBB"));
    auto flagged = encode::testsupport::sampleRecord("ENCSR300CCC");
    flagged.experiment.lab = "/labs/other-lab/";
    flagged.experiment.rawMetadata = R"({"audit":{"ERROR":[{"category":"missing control"}]}})";
    save(flagged);
    auto mouse = encode::testsupport::sampleRecord("ENCSR400DDD", "total RNA-seq", "Mus musculus",
                                                   "liver, exocrine gland");
    mouse.experiment.assembly = "mm10";
    mouse.experiment.target = QString();
    save(mouse);
}

} // namespace

class TestCliCompare final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<TestCollection> m_collection;

    Run run(QStringList arguments)
    {
        arguments << "--db" << m_collection->path() << "--portal-url" << m_portal->baseUrl().toString();
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        QVERIFY(m_portal->loadFixtures(encode::testsupport::fixtureDirectory()) > 10);
        m_collection = std::make_unique<TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
    }

    void cleanup()
    {
        m_portal.reset();
        m_collection.reset();
    }

    void comparesAPairAsJson()
    {
        seed(*m_collection);
        const Run result = run({"compare", "ENCSR100AAA", "ENCSR300CCC", "--format", "json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value("verdict").toString(), QString("COMPATIBLE_WITH_CAVEATS"));
        QCOMPARE(
            json.value("experiment_1").toObject(),
            (QJsonObject{{"accession", "ENCSR100AAA"}, {"assay", "TF ChIP-seq"}, {"biosample", "HepG2"}}));
        QCOMPARE(json.value("experiment_2").toObject().value("accession").toString(), QString("ENCSR300CCC"));
        const QStringList warnings = json.value("warnings").toVariant().toStringList();
        QCOMPARE(warnings,
                 (QStringList{"Different lab: /labs/some-lab/ vs /labs/other-lab/ (batch effects possible)",
                              "Audit flags: ENCSR300CCC has ERROR (1)"}));
        QVERIFY(json.value("issues").toArray().isEmpty());
        QVERIFY(json.value("compatible_aspects")
                    .toVariant()
                    .toStringList()
                    .contains("Same organism: Homo sapiens"));
        QVERIFY(!json.value("recommendation").toString().isEmpty());
        QCOMPARE(m_portal->requestCount(), 0); // local data only

        const Run same = run({"compare", "ENCSR100AAA", "ENCSR200BBB", "--format", "json"});
        QCOMPARE(same.json().value("verdict").toString(), QString("FULLY_COMPATIBLE"));
    }

    void comparesAPairAsText()
    {
        seed(*m_collection);
        const Run result = run({"compare", "ENCSR100AAA", "ENCSR400DDD"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Verdict: NOT_COMPATIBLE"), qPrintable(result.out));
        QVERIFY(result.out.contains("Different organism: Homo sapiens vs Mus musculus"));
        QVERIFY(result.out.contains("No genome assembly in common: GRCh38 vs mm10"));
        QVERIFY(result.out.contains("ASPECT"));
        QVERIFY(result.out.contains("not compared")); // target is absent on one side
    }

    void comparesASelectionAsAMatrix()
    {
        seed(*m_collection);
        const Run result =
            run({"compare", "ENCSR100AAA", "ENCSR200BBB", "ENCSR300CCC", "ENCSR400DDD", "--format", "json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value("experiments").toArray().size(), 4);
        const QJsonArray matrix = json.value("matrix").toArray();
        QCOMPARE(matrix.size(), 4);
        QVERIFY(matrix.at(0).toArray().at(0).isNull());
        QCOMPARE(matrix.at(0).toArray().at(1).toString(), QString("FULLY_COMPATIBLE"));
        QCOMPARE(matrix.at(0).toArray().at(2).toString(), QString("COMPATIBLE_WITH_CAVEATS"));
        QCOMPARE(matrix.at(3).toArray().at(1).toString(), QString("NOT_COMPATIBLE"));
        QCOMPARE(json.value("pairs").toArray().size(), 6);
        QCOMPARE(json.value("largest_compatible_subset").toArray(),
                 (QJsonArray{"ENCSR100AAA", "ENCSR200BBB"}));

        const Run text = run({"compare", "ENCSR100AAA", "ENCSR200BBB", "ENCSR300CCC"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Largest fully compatible subset (2 of 3): ENCSR100AAA, ENCSR200BBB"),
                 qPrintable(text.out));
        QVERIFY(text.out.contains("ENCSR100AAA x ENCSR300CCC: COMPATIBLE_WITH_CAVEATS"));
    }

    void untrackedAccessionIsAnErrorNamingIt()
    {
        seed(*m_collection);
        const Run result = run({"compare", "ENCSR100AAA", "ENCSR100ZZZ", "--format", "json"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("ENCSR100ZZZ"), qPrintable(result.err));
        QVERIFY(result.err.contains("--fetch"));
        QCOMPARE(m_portal->requestCount(), 0); // nothing fetched without --fetch
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one accession") << QStringList{"compare", "ENCSR100AAA"};
        QTest::newRow("the same accession twice") << QStringList{"compare", "ENCSR100AAA", "ENCSR100AAA"};
        QTest::newRow("the same accession in other case") << QStringList{"compare", "ENCSR100AAA", " encsr100aaa"};
        QTest::newRow("a bad one") << QStringList{"compare", "ENCSR100AAA", "ENCSR200BB"};
        QTest::newRow("unknown format")
            << QStringList{"compare", "ENCSR100AAA", "ENCSR200BBB", "--format", "csv"};
        QTest::newRow("summary format") << QStringList{"summary", "--format", "table"};
        QTest::newRow("summary argument") << QStringList{"summary", "ENCSR100AAA"};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        seed(*m_collection);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }

    void readCommandsNeverCreateACollection()
    {
        const QString missing = QFileInfo(m_collection->path()).dir().filePath("nothing-here.db");
        for (const QStringList &arguments :
             {QStringList{"compare", "ENCSR100AAA", "ENCSR200BBB"}, QStringList{"summary"}}) {
            const Run result = encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE,
                                                           arguments + QStringList{"--db", missing});
            QCOMPARE(result.exitCode, 1);
            QVERIFY(!QFileInfo::exists(missing));
        }
    }

    void fetchTracksMissingExperimentsFirst()
    {
        const Run result = run({"compare", "ENCSR100AAA", "ENCSR200BBB", "--fetch", "--format", "json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value("verdict").toString(), QString("NOT_COMPATIBLE"));
        QCOMPARE(json.value("issues").toVariant().toStringList(),
                 (QStringList{"Different organism: Homo sapiens vs Mus musculus",
                              "No genome assembly in common: GRCh38, hg19 vs mm10"}));
        QVERIFY(json.value("warnings")
                    .toVariant()
                    .toStringList()
                    .contains("Audit flags: ENCSR100AAA has ERROR (1); ENCSR200BBB has NOT_COMPLIANT (1)"));
        QVERIFY(m_portal->requestCount() > 0);
        QCOMPARE(m_collection->scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 2);

        // Already tracked: only the missing one is fetched.
        m_portal->clearRequests();
        const Run more = run({"compare", "ENCSR100AAA", "ENCSR300CCC", "--fetch", "--format", "json"});
        QCOMPARE(more.exitCode, 0);
        QCOMPARE(more.json().value("experiment_2").toObject().value("biosample").toString(), QString("K562"));
        QVERIFY(m_portal->requestCount() > 0);
        for (const auto &request : m_portal->requests())
            QVERIFY2(!QString(request.path + request.query.toString()).contains("ENCSR100AAA"),
                     qPrintable(request.path));

        const Run unknown = run({"compare", "ENCSR100AAA", "ENCSR999ZZZ", "--fetch"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("ENCSR999ZZZ"), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
    }

    void summaryAsJsonAndText()
    {
        seed(*m_collection);
        const Run json = run({"summary", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject summary = json.json();
        QCOMPARE(summary.value("total_experiments").toInt(), 4);
        QCOMPARE(summary.value("total_publications").toInt(), 1); // one paper, cited by all four
        QCOMPARE(summary.value("total_external_references").toInt(), 4);
        QCOMPARE(summary.value("total_derived_files").toInt(), 0);
        QCOMPARE(summary.value("by_target").toObject(), (QJsonObject{{"CTCF-human", 3}, {"none", 1}}));
        QCOMPARE(summary.value("by_organ").toObject(), (QJsonObject{{"liver", 4}, {"exocrine gland", 1}}));
        QCOMPARE(summary.value("by_assembly").toObject(), (QJsonObject{{"GRCh38", 3}, {"mm10", 1}}));
        for (const char *key : {"by_assay", "by_organism", "by_biosample_type", "by_lab", "by_status"})
            QVERIFY2(summary.value(QLatin1String(key)).isObject(), key);
        QVERIFY(json.out.indexOf("\"TF ChIP-seq\": 3") < json.out.indexOf("\"total RNA-seq\": 1"));

        const Run filtered = run({"summary", "--organism", "MUS", "--format", "json"});
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(filtered.json().value("total_experiments").toInt(), 1);
        QCOMPARE(filtered.json().value("by_assay").toObject(), (QJsonObject{{"total RNA-seq", 1}}));

        const Run text = run({"summary", "--assay", "chip"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("3 experiments, 1 publications, 0 derived files, 3 external references"),
                 qPrintable(text.out));
        QVERIFY(text.out.contains("BIOSAMPLE TYPE"));
        QVERIFY(text.out.contains("/labs/other-lab/"));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
