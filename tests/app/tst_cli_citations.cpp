// `encode-tracker citations` end to end: the built executable over a collection seeded through the
// repository (no Portal is needed). Formats, selection, datasets, -o, and the errors a user can make.
#include "tests/support/CitationFixtures.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestCollection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using encode::testsupport::TestCollection;
using Run = encode::testsupport::CliRun;

class TestCliCitations final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestCollection> m_collection;

    Run run(QStringList arguments)
    {
        arguments << "--db" << m_collection->path();
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
    }

    static QByteArray golden(const QString &name)
    {
        QFile file(QStringLiteral(ENCODE_TEST_DATA_DIR "/citations/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_collection = std::make_unique<TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
        auto repository = m_collection->repository();
        QVERIFY(encode::testsupport::seedHostileCitations(repository));
    }

    void listedInHelp()
    {
        const Run help = run({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(
            "citations [ACCESSION...] [--format json|bibtex|ris|csl-json] [--datasets] [-o FILE]"));
    }

    // The same bytes as the engine's golden files: the CLI adds nothing and loses nothing (CRLF included).
    void everyFormatMatchesItsGoldenFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("bibtex") << "bibtex"
                                << "hostile.bib";
        QTest::newRow("ris") << "ris"
                             << "hostile.ris";
        QTest::newRow("csl-json") << "csl-json"
                                  << "hostile.csl.json";
        QTest::newRow("json") << "json"
                              << "hostile.json";
    }

    void everyFormatMatchesItsGoldenFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const QByteArray expected = golden(file);
        QVERIFY2(!expected.isEmpty(), qPrintable("missing golden file " + file));
        const Run cited = run({"citations", "--format", format, "--datasets"});
        QCOMPARE(cited.exitCode, 0);
        QCOMPARE(cited.err, "");
        QCOMPARE(cited.out, QString::fromUtf8(expected));
    }

    void jsonIsTheDefault()
    {
        const Run cited = run({"citations", "ENCSR100AAA"});
        QCOMPARE(cited.exitCode, 0);
        const QJsonObject json = cited.json();
        QCOMPARE(json.value("count").toInt(), 2);
        // The note names the citing experiments among those asked for, not the whole collection.
        QCOMPARE(json.value("publications").toArray().at(0).toObject().value("experiments").toArray(),
                 QJsonArray({"ENCSR100AAA"}));
        QVERIFY(!json.contains("datasets"));
    }

    void experimentWithoutPublications()
    {
        const Run cited = run({"citations", "ENCSR300CCC", "--format", "bibtex"});
        QCOMPARE(cited.exitCode, 0);
        QCOMPARE(cited.out, "");
        QVERIFY2(cited.err.contains("no citations") && cited.err.contains("--datasets"),
                 qPrintable(cited.err));
        const Run dataset = run({"citations", "ENCSR300CCC", "--format", "bibtex", "--datasets"});
        QCOMPARE(dataset.exitCode, 0);
        QVERIFY(dataset.out.startsWith("@misc{ENCSR300CCC,\n"));
        QVERIFY(dataset.out.contains("doi = {10.17989/ENCSR300CCC}"));
    }

    void untrackedAccessionIsAnError()
    {
        const Run cited = run({"citations", "ENCSR100AAA", "ENCSR999ZZZ", "--format", "ris"});
        QCOMPARE(cited.exitCode, 1);
        QCOMPARE(cited.out, "");
        QVERIFY2(cited.err.contains("ENCSR999ZZZ is not in the collection"), qPrintable(cited.err));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList({"citations", "--format", "endnote"})
                                << "unknown format 'endnote'";
        QTest::newRow("accession") << QStringList({"citations", "ENCSR100AA"})
                                   << "'ENCSR100AA' is not an ENCODE experiment accession";
        QTest::newRow("trailing newline, then more") << QStringList({"citations", "ENCSR100AAA\nX"})
                                                     << "'ENCSR100AAA\\nX' is not";
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run cited = run(arguments);
        QCOMPARE(cited.exitCode, 2);
        QCOMPARE(cited.out, "");
        QVERIFY2(cited.err.contains(message), qPrintable(cited.err));
    }

    void missingCollectionIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nowhere/tracker.db");
        const Run cited = encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, {"citations", "--db", path});
        QCOMPARE(cited.exitCode, 1);
        QVERIFY2(cited.err.contains("no collection at"), qPrintable(cited.err));
        QVERIFY(!QFile::exists(path));
    }

    void outputFileIsReplacedInOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("refs.ris");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents that are longer than nothing\n");
        }
        const Run cited = run({"citations", "--format", "ris", "--datasets", "-o", path});
        QCOMPARE(cited.exitCode, 0);
        QCOMPARE(cited.out, "");
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray expected = golden("hostile.ris");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(written.readAll(), expected);
        QVERIFY(!QFile::exists(path + ".part"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({"refs.ris"}));
    }

    void unwritableOutputFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("missing-directory/refs.bib");
        const Run cited = run({"citations", "--format", "bibtex", "--output", path});
        QCOMPARE(cited.exitCode, 1);
        QVERIFY2(cited.err.contains("cannot write"), qPrintable(cited.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliCitations)
#include "tst_cli_citations.moc"
