// search, facets and track --search-url / --cart end to end: the built executable, a temporary collection
// file and the fake Portal on loopback. JSON shapes, exit statuses, and "tracked" marks.
#include "tests/support/CliRunner.h"
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using encode::testsupport::FakePortal;
using Run = encode::testsupport::CliRun;

namespace {

const QString mei = QStringLiteral("Mei Ito, Harbor Genome Center");
const QString cartId = QStringLiteral("0b6f3f9e-2d4c-4a51-8c3e-6a9d1f2e7b40");

QStringList accessionsIn(const QJsonArray &experiments)
{
    QStringList accessions;
    for (const QJsonValue &value : experiments)
        accessions.append(value.toObject().value("accession").toString());
    return accessions;
}

} // namespace

class TestCliSearch final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run run(const QStringList &arguments)
    {
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
    }

    QStringList with(QStringList arguments)
    {
        arguments << "--db" << m_db << "--portal-url" << m_portal->baseUrl().toString();
        return arguments;
    }

    QStringList trackedAccessions()
    {
        const Run listed = run(with({"list", "--format", "json"}));
        QStringList accessions = accessionsIn(listed.json().value("experiments").toArray());
        accessions.sort();
        return accessions;
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        QVERIFY(m_portal->loadFixtures(encode::testsupport::fixtureDirectory()) > 10);
        for (int i = 0; i < 6; ++i)
            m_portal->addObject(encode::testsupport::generatedExperiment(QStringLiteral("ENCSR%1YYY").arg(800 + i), i));
        m_portal->addObject(QJsonObject{
            {"@id", QString("/carts/" + cartId + "/")},
            {"@type", QJsonArray{"Cart", "Item"}},
            {"status", "current"},
            {"elements", QJsonArray{"/experiments/ENCSR100AAA/", "/experiments/ENCSR802YYY/", "/files/ENCFF000XXX/"}},
        });
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath("lab/tracker.db");
    }

    void cleanup()
    {
        m_portal.reset();
        m_dir.reset();
    }

    void helpListsTheNewCommands()
    {
        const Run help = run({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"search [--assay S]", "facets [FIELD...]", "--search-url", "--cart"})
            QVERIFY2(help.out.contains(QLatin1String(text)), text);
        const Run unknown = run({"serch"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("search, facets"));
    }

    void searchPrintsPagesAndTrackedMarks()
    {
        const Run before = run(with({"search", "--assay", "TF ChIP-seq", "--format", "json"}));
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(!QFileInfo::exists(m_db), "a search must not create a collection");
        const QJsonObject untracked = before.json();
        const QStringList found = accessionsIn(untracked.value("experiments").toArray());
        QVERIFY(found.contains("ENCSR100AAA"));
        for (const QJsonValue &value : untracked.value("experiments").toArray()) {
            QCOMPARE(value.toObject().value("tracked").toBool(true), false);
            QCOMPARE(value.toObject().value("assay_title").toString(), QStringLiteral("TF ChIP-seq"));
        }

        QCOMPARE(run(with({"track", "ENCSR100AAA", "--no-publications", "--no-pipelines"})).exitCode, 0);
        const Run after = run(with({"search", "--assay", "TF ChIP-seq", "--assay", "DNase-seq", "--format", "json"}));
        QCOMPARE(after.exitCode, 0);
        const QJsonObject page = after.json();
        for (const char *key : {"experiments", "total", "count", "offset", "has_more"})
            QVERIFY2(page.contains(QLatin1String(key)), key);
        const QJsonArray experiments = page.value("experiments").toArray();
        QCOMPARE(page.value("count").toInt(), experiments.size());
        QVERIFY(page.value("total").toInt() > untracked.value("total").toInt()); // OR of two assays
        QVERIFY(accessionsIn(experiments).contains("ENCSR500EEE"));
        for (const QJsonValue &value : experiments) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value("tracked").toBool(), row.value("accession") == QStringLiteral("ENCSR100AAA"));
            for (const char *column : {"accession", "assay_title", "target", "biosample_summary", "organism", "organ",
                                       "biosample_type", "lab", "status", "date_released", "audit"})
                QVERIFY2(row.contains(QLatin1String(column)), column);
        }

        const Run paged = run(with({"search", "--limit", "2", "--offset", "2", "--format", "json"}));
        QCOMPARE(paged.exitCode, 0);
        const QJsonObject second = paged.json();
        QCOMPARE(second.value("offset").toInt(), 2);
        QCOMPARE(second.value("count").toInt(), 2);
        QVERIFY(second.value("total").toInt() > 4);
        QCOMPARE(second.value("has_more").toBool(), true);
        const Run first = run(with({"search", "--limit", "4", "--format", "json"}));
        QCOMPARE(accessionsIn(first.json().value("experiments").toArray()).mid(2),
                 accessionsIn(second.value("experiments").toArray()));

        const Run table = run(with({"search", "--assay", "TF ChIP-seq"}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("ENCSR100AAA"));
        const Run tsv = run(with({"search", "--assay", "TF ChIP-seq", "--format", "tsv"}));
        QCOMPARE(tsv.exitCode, 0);
        QVERIFY(tsv.out.startsWith("tracked\taccession\t"));
        QVERIFY(tsv.out.contains("yes\tENCSR100AAA\t"));
    }

    void zeroHitsIsAnEmptyAnswer()
    {
        const Run none = run(with({"search", "--target", "NO-SUCH-TARGET", "--format", "json"}));
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().value("total").toInt(-1), 0);
        QCOMPARE(none.json().value("count").toInt(-1), 0);
        QCOMPARE(none.json().value("has_more").toBool(true), false);
        const Run facets = run(with({"facets", "assay_title", "--target", "NO-SUCH-TARGET", "--format", "json"}));
        QCOMPARE(facets.exitCode, 0);
        QCOMPARE(facets.json().value("total").toInt(-1), 0);
    }

    void searchUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{"search", "--released-from", "2020-13-40"} << "YYYY-MM-DD";
        QTest::newRow("reversed dates") << QStringList{"search", "--released-from", "2021-01-01", "--released-to",
                                                       "2020-01-01"}
                                        << "reversed";
        QTest::newRow("limit 0") << QStringList{"search", "--limit", "0"} << "from 1 to 1000";
        QTest::newRow("limit text") << QStringList{"search", "--limit", "many"} << "whole numbers";
        QTest::newRow("offset negative") << QStringList{"search", "--offset", "-3"} << "0 or more";
        QTest::newRow("format") << QStringList{"search", "--format", "xml"} << "table, json, tsv";
        QTest::newRow("perturbed") << QStringList{"search", "--perturbed", "maybe"} << "true or false";
        QTest::newRow("positional") << QStringList{"search", "liver"} << "--text";
        QTest::newRow("unknown facet") << QStringList{"facets", "assay_title", "colour"} << "biosample_type";
        QTest::newRow("facet format") << QStringList{"facets", "--format", "tsv"} << "table, json";
        QTest::newRow("facet bad date") << QStringList{"facets", "--released-to", "yesterday"} << "YYYY-MM-DD";
        QTest::newRow("search url") << QStringList{"track", "--search-url", "https://www.encodeproject.org/search/?type=File"}
                                    << "type=Experiment";
        QTest::newRow("cart id") << QStringList{"track", "--cart", "a b/c"} << "/carts/<id>/";
    }

    void searchUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const int before = m_portal->requestCount();
        const Run result = run(with(arguments));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_portal->requestCount(), before); // nothing contacted
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void facetsCountPerTerm()
    {
        const Run counted = run(with({"facets", "assay_title", "organism", "--format", "json"}));
        QCOMPARE(counted.exitCode, 0);
        const QJsonObject json = counted.json();
        const int total = json.value("total").toInt();
        QVERIFY(total > 6);
        const QJsonObject facets = json.value("facets").toObject();
        QCOMPARE(facets.keys(), (QStringList{"assay_title", "organism"}));
        int sum = 0;
        bool sawTf = false;
        for (const QJsonValue &value : facets.value("assay_title").toArray()) {
            const QJsonObject term = value.toObject();
            QVERIFY(term.value("term").isString());
            sum += term.value("count").toInt();
            if (term.value("term") == QStringLiteral("TF ChIP-seq")) {
                sawTf = true;
                const Run tf = run(with({"search", "--assay", "TF ChIP-seq", "--format", "json"}));
                QCOMPARE(term.value("count").toInt(), tf.json().value("total").toInt());
            }
        }
        QVERIFY(sawTf);
        QCOMPARE(sum, total); // one assay per experiment

        const Run filtered = run(with({"facets", "organism", "--assay", "DNase-seq", "--format", "json"}));
        QCOMPARE(filtered.exitCode, 0);
        QVERIFY(filtered.json().value("total").toInt() < total);

        const Run table = run(with({"facets", "assay_title"}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("TF ChIP-seq"));
    }

    void trackFromASearchUrl()
    {
        const Run expected = run(with({"search", "--lab", mei, "--limit", "1000", "--format", "json"}));
        QCOMPARE(expected.exitCode, 0);
        QStringList matching = accessionsIn(expected.json().value("experiments").toArray());
        matching.sort();
        QVERIFY(matching.contains("ENCSR802YYY") && matching.contains("ENCSR805YYY"));

        const QString url = "https://www.encodeproject.org/search/?type=Experiment&status=released&lab.title=" +
                            QString::fromUtf8(QUrl::toPercentEncoding(mei)).replace("%20", "+") + "&limit=25";
        const Run tracked = run(with({"track", "--search-url", url, "--no-publications", "--format", "json"}));
        QVERIFY2(tracked.exitCode == 0, qPrintable(tracked.err));
        QCOMPARE(tracked.json().value("tracked").toInt(), matching.size());
        QCOMPARE(trackedAccessions(), matching);

        const Run none = run(with({"track", "--search-url",
                                   "https://www.encodeproject.org/search/?type=Experiment&lab.title=Nobody"}));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("matched no experiments"));
    }

    void trackFromACart()
    {
        const Run tracked = run(with({"track", "--cart", m_portal->baseUrl().toString() + "/carts/" + cartId + "/",
                                      "ENCSR500EEE", "--format", "json"}));
        QVERIFY2(tracked.exitCode == 0, qPrintable(tracked.err));
        QCOMPARE(tracked.json().value("tracked").toInt(), 3);
        QCOMPARE(trackedAccessions(), (QStringList{"ENCSR100AAA", "ENCSR500EEE", "ENCSR802YYY"}));

        const Run byId = run(with({"track", "--cart", cartId, "--format", "json"}));
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(byId.json().value("updated").toInt(), 2);

        const Run missing = run(with({"track", "--cart", "ffffffff-0000-0000-0000-000000000000"}));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
