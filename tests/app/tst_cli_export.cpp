// `encode-tracker export` end to end: the built executable over a collection file seeded through the
// repository. Formats on stdout and in files, filters, the BOM, usage errors and exit statuses.
#include "app/export/ExportColumns.h"
#include "tests/support/CliRunner.h"
#include "tests/support/ExportFixtures.h"
#include "tests/support/Rfc4180Reader.h"
#include "tests/support/SpreadsheetReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using encode::testsupport::CliRun;
using encode::testsupport::TestCollection;

namespace {

const char *const kSheetNamesScript = R"PY(
import json, sys
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"names": book.sheetnames, "rows": [sheet.max_row for sheet in book.worksheets]}))
)PY";

QStringList accessionsOfCsv(const QString &text)
{
    QStringList accessions;
    const QList<QStringList> rows =
        encode::testsupport::parseRfc4180(text, ',', encode::testsupport::UnterminatedLastLine::Drop);
    for (qsizetype r = 1; r < rows.size(); ++r)
        accessions.append(rows.at(r).value(0));
    return accessions;
}

} // namespace

class TestCliExport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestCollection> m_collection;
    QTemporaryDir m_dir;

    CliRun run(QStringList arguments, const QString &db = {})
    {
        arguments << "--db" << (db.isEmpty() ? m_collection->path() : db);
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_collection = std::make_unique<TestCollection>();
        QString error;
        QVERIFY2(encode::testsupport::seedHostileCollection(*m_collection, error), qPrintable(error));
    }

    void cleanup() { m_collection.reset(); }

    void csvIsTheDefaultOnStdout()
    {
        const CliRun csv = run({"export"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.err.isEmpty(), qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(encode::app::exportHeaders().join(',') + "\n"));
        QCOMPARE(accessionsOfCsv(csv.out), encode::testsupport::hostileAccessions());
    }

    // `list --format csv|tsv` and `export` share one writer, so they never drift apart.
    void listPrintsTheSameCsvAndTsv_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("tsv") << "tsv";
    }

    void listPrintsTheSameCsvAndTsv()
    {
        QFETCH(QString, format);
        const CliRun exported = run({"export", "--format", format});
        const CliRun listed = run({"list", "--format", format});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!exported.out.isEmpty());
        QCOMPARE(listed.out, exported.out);
    }

    void filtersAndJson_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringList() << encode::testsupport::hostileAccessions();
        QTest::newRow("assay") << QStringList{"--assay", "ATAC"} << QStringList{"ENCSR000UNI"};
        QTest::newRow("organism and organ") << QStringList{"--organism", "sapiens", "--organ", "said"}
                                            << QStringList{"ENCSR000HOS"};
        QTest::newRow("no match") << QStringList{"--organ", "no such organ"} << QStringList();
    }

    void filtersAndJson()
    {
        QFETCH(QStringList, filters);
        QFETCH(QStringList, expected);
        const CliRun json = run(QStringList{"export", "--format", "json"} + filters);
        QCOMPARE(json.exitCode, 0);
        const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY(document.isArray());
        QStringList found;
        for (const QJsonValue row : document.array()) {
            found.append(row.toObject().value("accession").toString());
            QVERIFY(row.toObject().value("publication_count").isDouble());
        }
        QCOMPARE(found, expected);
    }

    // Checked on the file's bytes: QString::fromUtf8 (as CliRunner reads stdout) drops a leading BOM.
    void excelAddsAByteOrderMark()
    {
        const QString path = m_dir.filePath("excel.tsv");
        const CliRun excel = run({"export", "--format", "tsv", "--excel", "-o", path});
        QCOMPARE(excel.exitCode, 0);
        const QByteArray bytes = encode::testsupport::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "accession\tassay_title\t"));
        const CliRun plain = run({"export", "--format", "tsv"});
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), plain.out);
    }

    void writesFilesInOneStep_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("json") << "json";
    }

    void writesFilesInOneStep()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath("out." + format);
        const CliRun written = run({"export", "--format", format, "-o", path});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        QVERIFY(!QFile::exists(path + ".part"));
        const CliRun printed = run({"export", "--format", format});
        QCOMPARE(QString::fromUtf8(encode::testsupport::fileBytes(path)), printed.out);
    }

    void xlsxIntoAFile()
    {
        const QString path = m_dir.filePath("collection.xlsx");
        const CliRun written = run({"export", "--format", "xlsx", "--output", path, "--assay", "calc"});
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.err.isEmpty(), qPrintable(written.err));
        QVERIFY(encode::testsupport::fileBytes(path).startsWith("PK"));
        QVERIFY(!QFile::exists(path + ".part"));
        QJsonObject book;
        QString error;
        QVERIFY2(encode::testsupport::readWorkbook(kSheetNamesScript, path, book, error), qPrintable(error));
        QCOMPARE(book.value("names").toArray(), QJsonArray({"Experiments", "Publications", "Provenance"}));
        QCOMPARE(book.value("rows").toArray(), QJsonArray({2, 3, 3})); // header + 1 experiment, 2 papers, 2 files
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("xlsx without -o") << QStringList{"export", "--format", "xlsx"} << "xlsx needs -o FILE";
        QTest::newRow("unknown format") << QStringList{"export", "--format", "xls"} << "unknown format 'xls'";
        QTest::newRow("empty -o") << QStringList{"export", "-o", ""} << "-o needs a file name";
        QTest::newRow("a positional argument") << QStringList{"export", "ENCSR000HOS"} << "unexpected argument";
        QTest::newRow("--excel with json") << QStringList{"export", "--format", "json", "--excel"} << "--excel";
    }

    // Exit 2, a message, nothing written, and the collection not even opened.
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString missingDb = m_dir.filePath("never/created.db");
        const CliRun refused = run(arguments, missingDb);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(missingDb).path()));
    }

    void missingCollectionIsAnError()
    {
        const QString missingDb = m_dir.filePath("nowhere/tracker.db");
        const CliRun refused = run({"export"}, missingDb);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("no collection at"), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(missingDb));
    }

    void unwritableOutputIsAnError()
    {
        const QString path = m_dir.filePath("no-such-folder/out.csv");
        const CliRun refused = run({"export", "-o", path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("no-such-folder"), qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));
    }

    void listedInHelpAndUnknownCommand()
    {
        const CliRun help = run({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("export [--format csv|tsv|json|xlsx]"));
        const CliRun unknown = run({"exprot"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("citations, export"), qPrintable(unknown.err));
        const CliRun commandHelp = run({"export", "--help"});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--excel"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
