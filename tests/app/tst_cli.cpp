// The command-line tool end to end: the built executable, a temporary collection file and the fake
// Portal on loopback. Output shapes, exit statuses, and "bad input changes nothing".
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
using encode::testsupport::Misbehaviour;
using encode::testsupport::RecordedRequest;
using Run = encode::testsupport::CliRun;

namespace {

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int deadlineMs = 60000)
    {
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments, input, environment, deadlineMs);
    }

    // The usual global options: our temporary collection and the fake Portal.
    QStringList with(QStringList arguments)
    {
        arguments << "--db" << m_db << "--portal-url" << m_portal->baseUrl().toString();
        return arguments;
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        QVERIFY(m_portal->loadFixtures(encode::testsupport::fixtureDirectory()) > 10);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath("lab/tracker.db");
    }

    void cleanup()
    {
        m_portal.reset();
        m_dir.reset();
    }

    void helpAndVersion()
    {
        const Run help = run({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"track", "untrack", "list", "show", "notes", "--db", "--portal-url",
                                    "ENCODE_PORTAL_TIMEOUT", "ENCODE_PORTAL_DEADLINE"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        const Run version = run({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("encode-tracker " ENCODE_TRACKER_VERSION));
        const Run commandHelp = run({"track", "--help"});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--no-publications"));
    }

    void trackPrintsTheOriginalToolsShape()
    {
        const Run tracked = run(with({"track", "ENCSR100AAA", "ENCSR200BBB", "--notes", "first look", "--format", "json"}));
        QCOMPARE(tracked.exitCode, 0);
        const QJsonObject report = tracked.json();
        QCOMPARE(report.value("tracked").toInt(), 2);
        QCOMPARE(report.value("updated").toInt(), 0);
        QCOMPARE(report.value("failed").toInt(), 0);
        const QJsonArray results = report.value("results").toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value("tracking").toObject().value("accession").toString(), QStringLiteral("ENCSR100AAA"));
        QCOMPARE(first.value("tracking").toObject().value("action").toString(), QStringLiteral("tracked"));
        QCOMPARE(first.value("publications_found").toInt(), 2);
        QCOMPARE(first.value("publications").toArray().size(), 2);
        QCOMPARE(first.value("pipelines_found").toInt(), 2);
        QVERIFY(first.value("auto_linked_references").toArray().contains(
            QJsonObject{{"reference_type", "geo_accession"}, {"reference_id", "GSE123456"}}));

        const Run again = run(with({"track", "ENCSR100AAA", "--format", "json"}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("updated").toInt(), 1);
    }

    void listAndShowPrintWhatWasStored()
    {
        QCOMPARE(run(with({"track", "ENCSR100AAA", "ENCSR500EEE"})).exitCode, 0);
        const Run listed = run(with({"list", "--format", "json"}));
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject list = listed.json();
        QCOMPARE(list.value("count").toInt(), 2);
        QJsonObject row;
        for (const QJsonValue &value : list.value("experiments").toArray()) {
            if (value.toObject().value("accession") == QStringLiteral("ENCSR100AAA"))
                row = value.toObject();
        }
        QCOMPARE(row.value("target").toString(), QStringLiteral("CTCF-human"));
        QCOMPARE(row.value("publication_count").toInt(), 2);
        QCOMPARE(row.value("derived_file_count").toInt(), 0);
        QVERIFY(!row.contains("raw_metadata"));
        for (const char *column : {"assay_title", "biosample_summary", "organism", "organ", "biosample_type", "status",
                                   "date_released", "description", "lab", "award", "assembly", "replication_type",
                                   "life_stage", "url", "tracked_at", "updated_at", "notes"})
            QVERIFY2(row.contains(QLatin1String(column)), column);

        const Run shown = run(with({"show", "ENCSR100AAA", "--format", "json"}));
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject details = shown.json();
        QCOMPARE(details.value("publications").toArray().size(), 2);
        QCOMPARE(details.value("pipelines").toArray().size(), 2);
        QCOMPARE(details.value("quality_metrics").toArray().size(), 4);
        QVERIFY(details.value("external_references").toArray().size() >= 3);
        QVERIFY(details.value("derived_files").isArray());
        QCOMPARE(details.value("raw_metadata").toObject().value("accession").toString(), QStringLiteral("ENCSR100AAA"));

        const Run text = run(with({"show", "ENCSR100AAA"}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("CTCF-human"));
        QVERIFY(text.out.contains("Publications (2)"));

        const Run table = run(with({"list"}));
        QVERIFY(table.out.contains("ENCSR500EEE"));
        QVERIFY(table.out.contains("2 experiments"));

        const Run csv = run(with({"list", "--format", "csv", "--assay", "chip"}));
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith("accession,assay_title,target,"));
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.at(1).startsWith("ENCSR100AAA,"));
    }

    void notesAndUntrack()
    {
        QCOMPARE(run(with({"track", "ENCSR500EEE"})).exitCode, 0);
        QCOMPARE(run(with({"notes", "ENCSR500EEE", "line one\nline two"})).exitCode, 0);
        const Run notes = run(with({"notes", "ENCSR500EEE"}));
        QCOMPARE(notes.out, QStringLiteral("line one\nline two\n"));
        QCOMPARE(run(with({"untrack", "ENCSR500EEE"})).exitCode, 0);
        QCOMPARE(run(with({"list", "--format", "json"})).json().value("count").toInt(), 0);
        const Run gone = run(with({"untrack", "ENCSR500EEE"}));
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains("ENCSR500EEE is not in the collection"));
    }

    void accessionsAreNormalisedNotGuessed()
    {
        // Surrounding white space (a pasted newline) and lower case are what the user meant; the
        // Portal and the collection only ever see the exact accession.
        const Run tracked = run(with({"track", " encsr500eee\n"}));
        QCOMPARE(tracked.exitCode, 0);
        QVERIFY2(tracked.out.contains("tracked ENCSR500EEE"), qPrintable(tracked.out));
        for (const RecordedRequest &request : m_portal->requests())
            QVERIFY2(!request.query.toString(QUrl::FullyEncoded).contains("%0A"), qPrintable(request.query.toString()));
        QCOMPARE(run(with({"notes", "Encsr500eee", "normalised"})).exitCode, 0);
        QCOMPARE(run(with({"notes", "ENCSR500EEE\t"})).out, QStringLiteral("normalised\n"));
        QCOMPARE(run(with({"show", "encsr500eee", "--format", "json"})).json().value("accession").toString(),
                 QStringLiteral("ENCSR500EEE"));
        QCOMPARE(run(with({"untrack", "encsr500eee "})).exitCode, 0);
    }

    void aBatchKeepsWhatSucceededAndNamesWhatFailed()
    {
        const Run result = run(with({"track", "ENCSR100AAA", "ENCSR999ZZZ"}));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("tracked ENCSR100AAA"));
        const QStringList errors = result.err.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains("ENCSR999ZZZ"));
        QCOMPARE(run(with({"list", "--format", "json"})).json().value("count").toInt(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("accession with a letter too many") << QStringList{"track", "ENCSR100AAAA"};
        QTest::newRow("accession and newline inside") << QStringList{"track", "ENCSR100\nAAA"};
        QTest::newRow("show: trailing text") << QStringList{"show", "ENCSR100AAA x"};
        QTest::newRow("notes: a control character") << QStringList{"notes", "ENCSR100AAA\x01", "x"};
        QTest::newRow("untrack: inner space") << QStringList{"untrack", "ENCSR 100AAA"};
        QTest::newRow("link: bad accession") << QStringList{"link", "ENCSR100AA", "pmid", "1"};
        QTest::newRow("one bad among good") << QStringList{"track", "ENCSR100AAA", "ENCFF000AAA"};
        QTest::newRow("no accession") << QStringList{"track"};
        QTest::newRow("unknown format") << QStringList{"list", "--format", "yaml"};
        QTest::newRow("unknown command") << QStringList{"trak", "ENCSR100AAA"};
        QTest::newRow("unknown option") << QStringList{"track", "ENCSR100AAA", "--fast"};
        QTest::newRow("show without accession") << QStringList{"show"};
        QTest::newRow("notes with a bad accession") << QStringList{"notes", "ENCSR1", "x"};
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(with(arguments));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY2(!QFileInfo::exists(m_db), "the collection file was created");
        QCOMPARE(m_portal->requestCount(), 0);
    }

    void badPortalUrlAndMissingValuesAreUsageErrors()
    {
        QCOMPARE(run({"track", "ENCSR100AAA", "--db", m_db, "--portal-url", "ftp://example.org"}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_db));
        const Run missingValue = run({"list", "--db"});
        QCOMPARE(missingValue.exitCode, 2);
        QVERIFY(missingValue.err.contains("--db needs a value"));
    }

    void readingCommandsNeverCreateACollection_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{"list"};
        QTest::newRow("show") << QStringList{"show", "ENCSR100AAA"};
        QTest::newRow("notes") << QStringList{"notes", "ENCSR100AAA"};
        QTest::newRow("untrack") << QStringList{"untrack", "ENCSR100AAA"};
    }

    void readingCommandsNeverCreateACollection()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(with(arguments));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no collection at"), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(QFileInfo(m_db).path()));
    }

    void textAfterDoubleDashIsNeverAnOption()
    {
        QCOMPARE(run(with({"track", "ENCSR500EEE"})).exitCode, 0);
        QCOMPARE(run({"--db", m_db, "notes", "ENCSR500EEE", "--", "--db=/tmp/elsewhere.db"}).exitCode, 0);
        QCOMPARE(run(with({"notes", "ENCSR500EEE"})).out, QStringLiteral("--db=/tmp/elsewhere.db\n"));
    }

    void unexpectedArgumentsAndEmptyListsAreNamed()
    {
        const Run extra = run(with({"show", "ENCSR100AAA", "ENCSR200BBB"}));
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(extra.err.contains("ENCSR200BBB"));
        const Run empty = run(with({"track", "--from-file", "-"}), "# nothing here\n");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains("no accessions in standard input"));
        QByteArray many;
        for (int i = 0; i < 25; ++i)
            many += "bad" + QByteArray::number(i) + "\n";
        const Run bad = run(with({"track", "--from-file", "-"}), many);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("and 15 more"));
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void notACollectionFileIsAUsageErrorAndUntouched()
    {
        const QString path = m_dir->filePath("notes.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        const Run result = run({"list", "--db", path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("not an SQLite database"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("just some notes\n"));
    }

    void globalOptionsGoBeforeOrAfterAndEnvironmentWorks()
    {
        const Run before = run({"--db", m_db, "--portal-url", m_portal->baseUrl().toString(), "track", "ENCSR500EEE"});
        QCOMPARE(before.exitCode, 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("ENCODE_TRACKER_DB", m_db);
        environment.insert("ENCODE_PORTAL_URL", m_portal->baseUrl().toString());
        const Run fromEnvironment = run({"track", "ENCSR100AAA"}, {}, environment);
        QCOMPARE(fromEnvironment.exitCode, 0);
        QCOMPARE(run({"list", "--format", "json"}, {}, environment).json().value("count").toInt(), 2);
    }

    // Issue 11: the command used to finish inside the timed-out reply's signal and destroy the network
    // manager under it (SIGSEGV in 6 of 10 runs). Each run must end on its own, with status 1 and the
    // timeout named, within a few times the configured deadline.
    void trackEndsCleanlyWhenThePortalNeverAnswers()
    {
        m_portal->setMisbehaviour("/search/", Misbehaviour::NeverAnswers);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("ENCODE_PORTAL_TIMEOUT", "0.5");
        environment.insert("ENCODE_PORTAL_DEADLINE", "2");
        constexpr int runs = 20;
        constexpr int ceilingMs = 4 * 2000;
        QList<int> statuses;
        QStringList unexplained;
        for (int i = 0; i < runs; ++i) {
            const Run result = run(with({"track", "ENCSR100AAA", "ENCSR200BBB"}), {}, environment, ceilingMs);
            statuses.append(result.exitCode);
            if (!result.err.contains("the ENCODE Portal did not finish answering within 2 s"))
                unexplained.append(result.err);
        }
        QCOMPARE(statuses, QList<int>(runs, 1));
        QCOMPARE(unexplained, QStringList{});
        QCOMPARE(run(with({"list", "--format", "json"})).json().value("count").toInt(), 0);
    }

    // Issue 11: a server dripping a byte at a time kept `track` busy past 420 s, as Qt's transfer
    // timeout restarts with every byte. The request deadline ends it.
    void trackEndsAgainstAPortalThatDrips()
    {
        m_portal->setMisbehaviour("/search/", Misbehaviour::Drips, -1, 100);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("ENCODE_PORTAL_TIMEOUT", "0.5");
        environment.insert("ENCODE_PORTAL_DEADLINE", "2");
        const Run result = run(with({"track", "ENCSR100AAA"}), {}, environment, 4 * 2000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("ENCSR100AAA: the ENCODE Portal did not finish answering within"), qPrintable(result.err));
    }

    void badTimeoutSettingsAreUsageErrors()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("ENCODE_PORTAL_TIMEOUT", "soon");
        const Run result = run(with({"track", "ENCSR100AAA"}), {}, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("ENCODE_PORTAL_TIMEOUT must be a number of seconds"), qPrintable(result.err));
        QCOMPARE(m_portal->requestCount(), 0);
    }

    void endlessListsAreRefused()
    {
        // /dev/zero and a pipe that never ends used to be read whole (6.8 GB in 8 s).
        const Run zero = run(with({"track", "--from-file", "/dev/zero"}));
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(zero.err.contains("/dev/zero is larger than 8 MiB"), qPrintable(zero.err));
        const Run piped = run(with({"track", "--from-file", "-"}), QByteArray("ENCSR100AAA\n").repeated(800000));
        QCOMPARE(piped.exitCode, 2);
        QVERIFY2(piped.err.contains("standard input is larger than"), qPrintable(piped.err));
        QCOMPARE(m_portal->requestCount(), 0);
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void accessionsFromStdin()
    {
        const Run result = run(with({"track", "--from-file", "-", "--format", "json"}),
                               "# my list\nENCSR100AAA, ENCSR500EEE\n\nENCSR200BBB\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value("tracked").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
