// The collection export engine (TRACKER-SPEC section 8) over a hostile collection stored through the
// repository: golden CSV/TSV/JSON files, read back by independent readers (our RFC 4180 reader,
// QJsonDocument, pandas, openpyxl), typed XLSX sheets, filters, cancellation and streaming.
#include "app/export/CollectionExport.h"
#include "app/export/ExportColumns.h"
#include "tests/support/ExportFixtures.h"
#include "tests/support/Rfc4180Reader.h"
#include "tests/support/SpreadsheetReader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using encode::app::ExportFormat;
using encode::app::ExportRequest;
using encode::models::Failure;
using encode::testsupport::TestCollection;

Q_DECLARE_METATYPE(ExportFormat)

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(ENCODE_TEST_DATA_DIR "/export/") + name;
}

// Prints every sheet: its cells (value, openpyxl type, number format, and the text Excel shows, with
// ECMA-376 "_xHHHH_" escapes decoded as Excel does), frozen pane and autofilter, plus the number of
// formula elements in the whole workbook.
const char *const kWorkbookScript = R"PY(
import datetime, json, re, sys, zipfile
import xml.etree.ElementTree as ET
# Split: moc reads two adjacent slashes inside a raw string as a comment and then misses the class.
MAIN = "{http:/" "/schemas.openxmlformats.org/spreadsheetml/2006/main}"

def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value

def excel_decode(text):
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)

path = sys.argv[1]
book = openpyxl.load_workbook(path)
with zipfile.ZipFile(path) as archive:
    xml = [archive.read(f"xl/worksheets/sheet{i + 1}.xml") for i in range(len(book.worksheets))]
sheets = {}
for sheet, sheet_xml in zip(book.worksheets, xml):
    shown = {}
    for c in ET.fromstring(sheet_xml).iter(MAIN + "c"):
        if c.get("t") == "inlineStr":
            shown[c.get("r")] = excel_decode("".join(t.text or "" for t in c.iter(MAIN + "t")))
    sheets[sheet.title] = {
        "cells": [[{"value": plain(c.value), "type": c.data_type, "format": c.number_format,
                    "text": shown.get(c.coordinate, plain(c.value))} for c in row] for row in sheet.iter_rows()],
        "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref, "bold": bool(sheet["A1"].font.b)}
formulas = sum(x.count(b"<f>") + x.count(b"<f ") for x in xml)
print(json.dumps({"names": book.sheetnames, "sheets": sheets, "formulaElements": formulas}))
)PY";

// Reads a CSV/TSV file with pandas exactly as the README tells users to (every column as text, no NA
// guessing) and prints {"columns": [...], "rows": [[...]]}. Exit code 3: pandas is not installed.
const char *const kPandasScript = R"PY(
import json, sys
try:
    import pandas
except ImportError as error:
    print(f"pandas is missing: {error}", file=sys.stderr)
    sys.exit(3)
frame = pandas.read_csv(sys.argv[1], sep=sys.argv[2], dtype=str, keep_default_na=False)
print(json.dumps({"columns": list(frame.columns), "rows": frame.values.tolist()}))
)PY";

struct PandasTable {
    QStringList columns;
    QList<QStringList> rows;
};

// pandas in the distribution's python (packaging/dev/setup.sh installs python3-pandas). Missing pandas
// is a failure with the reason in `error`, never a skip.
bool readWithPandas(const QString &path, QChar separator, PandasTable &table, QString &error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kPandasScript), path, QString(separator)});
    if (!python.waitForFinished(60000)) {
        error = "/usr/bin/python3 did not run: " + python.errorString();
        return false;
    }
    if (python.exitCode() != 0) {
        error = QString::fromUtf8(python.readAllStandardError())
                + (python.exitCode() == 3 ? " (install python3-pandas: packaging/dev/setup.sh)" : "");
        return false;
    }
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    for (const QJsonValue column : result.value("columns").toArray())
        table.columns.append(column.toString());
    for (const QJsonValue row : result.value("rows").toArray()) {
        QStringList cells;
        for (const QJsonValue cell : row.toArray())
            cells.append(cell.toString());
        table.rows.append(cells);
    }
    return true;
}

QString failureText(const encode::models::Status &status)
{
    return status ? status->message : QString();
}

} // namespace

class TestCollectionExport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestCollection> m_collection;
    QTemporaryDir m_dir;

    QSqlDatabase database() const { return m_collection->database()->connection(); }

    // The export of the hostile collection as bytes (a text format to a buffer).
    QByteArray exported(const ExportRequest &request)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const encode::models::Status status = encode::app::exportCollection(database(), request, buffer);
        if (status)
            qWarning("export failed: %s", qPrintable(status->message));
        return buffer.data();
    }

    // What the export must hold: the repository's rows, as text, in export order.
    QList<QStringList> expectedTexts(const encode::models::CollectionFilter &filter = {})
    {
        QList<QStringList> rows;
        const auto listed = m_collection->repository().list(filter);
        for (const encode::models::ExperimentListRow &row : listed.value())
            rows.append(encode::app::exportTexts(row));
        return rows;
    }

    bool readBook(const QString &path, QJsonObject &book)
    {
        QString error;
        const bool read = encode::testsupport::readWorkbook(kWorkbookScript, path, book, error);
        if (!read)
            qWarning("%s", qPrintable(error));
        return read;
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

    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << "csv" << ExportFormat::Csv;
        QTest::newRow("tsv") << "tsv" << ExportFormat::Tsv;
        QTest::newRow("json") << "json" << ExportFormat::Json;
        QTest::newRow("xlsx") << "xlsx" << ExportFormat::Xlsx;
    }

    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(ExportFormat, format);
        QCOMPARE(encode::app::exportFormatNamed(name), std::optional<ExportFormat>(format));
        QCOMPARE(encode::app::exportFormatName(format), name);
        QVERIFY(!encode::app::exportFormatNamed(name.toUpper()));
        QVERIFY(!encode::app::exportFormatNamed("xls"));
    }

    void goldenFiles_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("csv") << ExportFormat::Csv << "hostile.csv";
        QTest::newRow("tsv") << ExportFormat::Tsv << "hostile.tsv";
        QTest::newRow("json") << ExportFormat::Json << "hostile.json";
    }

    // Byte for byte; a mismatch leaves the actual output in the temporary directory to compare.
    void goldenFiles()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QString, golden);
        QFile expected(goldenPath(golden));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable("missing golden file " + expected.fileName()));
        const QByteArray actual = exported({format, {}, false});
        if (actual != expected.readAll()) {
            QFile out(QDir::temp().filePath("actual-" + golden));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            QFAIL(qPrintable("differs from " + expected.fileName() + "; the output is in " + out.fileName()));
        }
    }

    void delimitedReadsBackExactly_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("csv") << ExportFormat::Csv << QChar(',');
        QTest::newRow("tsv") << ExportFormat::Tsv << QChar('\t');
    }

    void delimitedReadsBackExactly()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QChar, separator);
        const QString text = QString::fromUtf8(exported({format, {}, false}));
        const QList<QStringList> rows =
            encode::testsupport::parseRfc4180(text, separator, encode::testsupport::UnterminatedLastLine::Drop);
        QCOMPARE(rows.value(0), encode::app::exportHeaders());
        QCOMPARE(rows.mid(1), expectedTexts());
        // The stored text itself, not only what the engine thinks it is.
        const auto column = [](const QString &name) { return encode::app::exportHeaders().indexOf(name); };
        QCOMPARE(rows.at(1).at(column("biosample_summary")), "line 1\nline 2\r\nline 3\rend");
        QCOMPARE(rows.at(1).at(column("assay_title")), "=cmd|' /C calc'!A0");
        QCOMPARE(rows.at(1).at(column("notes")), "Müller, résumé; \"quoted\"\ttab");
        QCOMPARE(rows.at(1).at(column("pmids")), "22955616;22955617");
        QCOMPARE(rows.at(1).at(column("tracked_at")), "2026-11-24T09:36:00Z");
        QCOMPARE(rows.at(3).at(column("organ")), "腎臓");
        QCOMPARE(rows.at(3).at(column("description")), "  spaced  ");
        QCOMPARE(rows.at(2), QStringList({"ENCSR000NUL", "", "", "", "", "", "", "", "", "", "", "", "", "0", "", "0",
                                          "0", "", "", "", "2026-11-24T08:36:00Z", "2026-11-24T08:36:00Z"}));
    }

    void pandasReadsBackExactly_data() { delimitedReadsBackExactly_data(); }

    void pandasReadsBackExactly()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QChar, separator);
        const QString path = m_dir.filePath("pandas." + encode::app::exportFormatName(format));
        const encode::models::Status status = encode::app::exportCollectionToFile(database(), {format, {}, false}, path);
        QVERIFY2(!status, qPrintable(failureText(status)));
        PandasTable table;
        QString error;
        QVERIFY2(readWithPandas(path, separator, table, error), qPrintable(error));
        QCOMPARE(table.columns, encode::app::exportHeaders());
        const QList<QStringList> expected = expectedTexts();
        QCOMPARE(table.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            for (qsizetype c = 0; c < expected.at(r).size(); ++c) {
                QVERIFY2(table.rows.at(r).value(c) == expected.at(r).at(c),
                         qPrintable(QString("row %1, %2: pandas read '%3', stored '%4'")
                                        .arg(r + 1)
                                        .arg(table.columns.value(c), table.rows.at(r).value(c), expected.at(r).at(c))));
            }
        }
    }

    void excelByteOrderMark_data() { delimitedReadsBackExactly_data(); }

    void excelByteOrderMark()
    {
        QFETCH(ExportFormat, format);
        const QByteArray plain = exported({format, {}, false});
        const QByteArray excel = exported({format, {}, true});
        QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(excel, "\xEF\xBB\xBF" + plain);
    }

    void jsonIsTyped()
    {
        const QByteArray bytes = exported({ExportFormat::Json, {}, false});
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QVERIFY2(document.isArray(), qPrintable(parseError.errorString()));
        const QJsonArray rows = document.array();
        QCOMPARE(rows.size(), 3);
        const QStringList headers = encode::app::exportHeaders();
        // Keys in column order in the text (QJsonObject would sort them).
        QVERIFY(bytes.contains("{\"accession\":\"ENCSR000HOS\",\"assay_title\":"));
        const QJsonObject hostile = rows.at(0).toObject();
        QCOMPARE(hostile.keys().size(), headers.size());
        for (const QString &header : headers)
            QVERIFY2(hostile.contains(header), qPrintable(header));
        QVERIFY(hostile.value("publication_count").isDouble());
        QCOMPARE(hostile.value("publication_count").toInt(), 2);
        QCOMPARE(hostile.value("derived_file_count").toInt(), 2);
        QCOMPARE(hostile.value("external_reference_count").toInt(), 1);
        QCOMPARE(hostile.value("biosample_summary").toString(), "line 1\nline 2\r\nline 3\rend");
        QCOMPARE(hostile.value("description").toString(), "{\"braces\": [1, 2]} and {not json}");
        QCOMPARE(hostile.value("replication_type").toString(), ""); // stored empty: stays a string
        QVERIFY(hostile.value("life_stage").isNull());               // stored NULL: null
        QCOMPARE(hostile.value("date_released").toString(), "2016-01-07");
        QCOMPARE(hostile.value("tracked_at").toString(), "2026-11-24T09:36:00Z");

        const QJsonObject empty = rows.at(1).toObject();
        QCOMPARE(empty.value("accession").toString(), "ENCSR000NUL");
        for (const char *absent : {"assay_title", "target", "organism", "date_released", "url", "description"})
            QVERIFY2(empty.value(absent).isNull(), absent);
        QVERIFY(empty.value("publication_count").isDouble());
        QCOMPARE(empty.value("publication_count").toInt(-1), 0);
        QCOMPARE(empty.value("notes").toString(), "");
        QVERIFY(empty.value("pmids").isString()); // no publications: an empty list, never null
        QCOMPARE(empty.value("pmids").toString(), "");

        const QJsonObject unicode = rows.at(2).toObject();
        QCOMPARE(unicode.value("biosample_summary").toString(), "Müller résumé — naïve café");
        QCOMPARE(unicode.value("date_released").toString(), "not yet released");
        QCOMPARE(unicode.value("status").toString(), "00123"); // text, never a number
    }

    void emptyResultIsStillValid_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("csv") << ExportFormat::Csv << (encode::app::exportHeaders().join(',') + "\n").toUtf8();
        QTest::newRow("json") << ExportFormat::Json << QByteArray("[]\n");
    }

    void emptyResultIsStillValid()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, expected);
        ExportRequest request{format, {}, false};
        request.filter.assay = "no such assay";
        QCOMPARE(exported(request), expected);
    }

    void filtersSelectRows_data()
    {
        QTest::addColumn<QString>("assay");
        QTest::addColumn<QStringList>("accessions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("assay substring, any case") << "atac" << QStringList() << QStringList{"ENCSR000UNI"};
        QTest::newRow("exact accessions") << "" << QStringList{"ENCSR000UNI", "ENCSR000NUL"}
                                          << QStringList{"ENCSR000NUL", "ENCSR000UNI"};
        QTest::newRow("accession substring is no match") << "" << QStringList{"ENCSR000"} << QStringList();
        QTest::newRow("both") << "calc" << QStringList{"ENCSR000HOS", "ENCSR000UNI"} << QStringList{"ENCSR000HOS"};
    }

    void filtersSelectRows()
    {
        QFETCH(QString, assay);
        QFETCH(QStringList, accessions);
        QFETCH(QStringList, expected);
        ExportRequest request{ExportFormat::Json, {}, false};
        request.filter.assay = assay;
        request.filter.accessions = accessions;
        QStringList found;
        for (const QJsonValue row : QJsonDocument::fromJson(exported(request)).array())
            found.append(row.toObject().value("accession").toString());
        QCOMPARE(found, expected);
    }

    void xlsxRefusedOnADevice()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const encode::models::Status status =
            encode::app::exportCollection(database(), {ExportFormat::Xlsx, {}, false}, buffer);
        QVERIFY(status.has_value());
        QCOMPARE(status->kind, Failure::Kind::InvalidInput);
        QVERIFY(buffer.data().isEmpty());
    }

    void xlsxHasThreeTypedSheets()
    {
        const QString path = m_dir.filePath("collection.xlsx");
        const encode::models::Status status =
            encode::app::exportCollectionToFile(database(), {ExportFormat::Xlsx, {}, false}, path);
        QVERIFY2(!status, qPrintable(failureText(status)));
        QVERIFY(!QFile::exists(path + ".part"));
        QJsonObject book;
        QVERIFY(readBook(path, book));
        QCOMPARE(book.value("names").toArray(), QJsonArray({"Experiments", "Publications", "Provenance"}));
        QCOMPARE(book.value("formulaElements").toInt(-1), 0);
        const QJsonObject sheets = book.value("sheets").toObject();
        for (const QString name : {"Experiments", "Publications", "Provenance"}) {
            const QJsonObject sheet = sheets.value(name).toObject();
            QCOMPARE(sheet.value("freeze").toString(), "A2");
            QVERIFY2(sheet.value("filter").toString().startsWith("A1:"), qPrintable(name));
            QVERIFY2(sheet.value("bold").toBool(), qPrintable(name));
        }

        const QJsonArray experiments = sheets.value("Experiments").toObject().value("cells").toArray();
        QCOMPARE(experiments.size(), 4);
        QCOMPARE(sheets.value("Experiments").toObject().value("filter").toString(), "A1:V4");
        const QStringList headers = encode::app::exportHeaders();
        const auto cell = [&](int row, const QString &column) {
            return experiments.at(row).toArray().at(headers.indexOf(column)).toObject();
        };
        QCOMPARE(cell(0, "accession").value("text").toString(), "accession");
        // Formula look-alikes, gene names and number-like text stay strings with their exact text.
        for (const auto &[row, column, text] : {std::tuple{1, "assay_title", "=cmd|' /C calc'!A0"},
                                               {1, "biosample_type", "+1"}, {1, "lab", "-2"},
                                               {1, "assembly", "@SUM(1)"}, {1, "target", "SEPT2"},
                                               {1, "biosample_summary", "line 1\nline 2\r\nline 3\rend"},
                                               {3, "target", "=1+2"}, {3, "status", "00123"},
                                               {3, "organ", "腎臓"}, {3, "date_released", "not yet released"}}) {
            QCOMPARE(cell(row, column).value("type").toString(), "s");
            QCOMPARE(cell(row, column).value("text").toString(), QString::fromUtf8(text));
        }
        QCOMPARE(cell(1, "publication_count").value("type").toString(), "n");
        QCOMPARE(cell(1, "publication_count").value("value").toInt(), 2);
        QCOMPARE(cell(1, "derived_file_count").value("value").toInt(), 2);
        QCOMPARE(cell(2, "publication_count").value("value").toInt(-1), 0);
        QCOMPARE(cell(1, "date_released").value("type").toString(), "d");
        QCOMPARE(cell(1, "date_released").value("value").toString(), "2016-01-07T00:00:00");
        QCOMPARE(cell(1, "tracked_at").value("type").toString(), "d");
        QCOMPARE(cell(1, "tracked_at").value("value").toString(), "2026-11-24T09:36:00");
        QVERIFY(cell(2, "assay_title").value("value").isNull()); // NULL: an empty cell
    }

    void xlsxPublicationsAndProvenance_data()
    {
        QTest::addColumn<QString>("assay");
        QTest::addColumn<int>("publications");
        QTest::addColumn<QStringList>("derivedPaths");
        // Everything: every derived file, also one whose sources are not tracked.
        QTest::newRow("all") << "" << 2 << QStringList{"/data/out, \"final\".bed", "/data/untracked.bam", "/data/second.bigWig"};
        QTest::newRow("filtered") << "calc" << 2 << QStringList{"/data/out, \"final\".bed", "/data/second.bigWig"};
        QTest::newRow("nothing cited") << "ATAC" << 0 << QStringList();
    }

    void xlsxPublicationsAndProvenance()
    {
        QFETCH(QString, assay);
        QFETCH(int, publications);
        QFETCH(QStringList, derivedPaths);
        if (m_collection->repository().derivedFileColumns().contains("file_size")) {
            QSqlQuery fingerprint(database());
            QVERIFY(fingerprint.exec(QString("UPDATE derived_files SET file_size = 1234, sha256 = '%1', "
                                             "file_modified_at = 1795513020 WHERE id = 1")
                                         .arg(QString(64, 'a'))));
        }
        ExportRequest request{ExportFormat::Xlsx, {}, false};
        request.filter.assay = assay;
        const QString path = m_dir.filePath("sheets.xlsx");
        const encode::models::Status status = encode::app::exportCollectionToFile(database(), request, path);
        QVERIFY2(!status, qPrintable(failureText(status)));
        QJsonObject book;
        QVERIFY(readBook(path, book));
        const QJsonObject sheets = book.value("sheets").toObject();

        const QJsonArray papers = sheets.value("Publications").toObject().value("cells").toArray();
        QCOMPARE(papers.size(), publications + 1);
        QStringList paperHeaders;
        for (const QJsonValue header : papers.at(0).toArray())
            paperHeaders.append(header.toObject().value("text").toString());
        QCOMPARE(paperHeaders, QStringList({"experiment_accession", "pmid", "doi", "title", "authors", "journal", "year"}));
        if (publications > 0) {
            const QJsonArray first = papers.at(1).toArray();
            QCOMPARE(first.at(0).toObject().value("text").toString(), "ENCSR000HOS");
            QCOMPARE(first.at(1).toObject().value("type").toString(), "s"); // a PMID is an identifier
            QCOMPARE(first.at(1).toObject().value("text").toString(), "22955616");
            QCOMPARE(first.at(6).toObject().value("type").toString(), "n"); // a year is a number
            QCOMPARE(first.at(6).toObject().value("value").toInt(), 2012);
            const QJsonArray second = papers.at(2).toArray();
            QCOMPARE(second.at(3).toObject().value("type").toString(), "s");
            QCOMPARE(second.at(3).toObject().value("text").toString(), "=HYPERLINK(\"http://x\"), \"quoted\"\ntitle");
            QCOMPARE(second.at(4).toObject().value("text").toString(), "Müller H, Ødegård K");
            QCOMPARE(second.at(6).toObject().value("text").toString(), "in press");
        }

        const QJsonArray derived = sheets.value("Provenance").toObject().value("cells").toArray();
        QStringList provenanceHeaders;
        for (const QJsonValue header : derived.at(0).toArray())
            provenanceHeaders.append(header.toObject().value("text").toString());
        // The readable order first, then every other column of the table (a later schema's too), no id.
        QCOMPARE(provenanceHeaders.mid(0, 7), QStringList({"file_path", "source_accessions", "tool_used",
                                                           "parameters", "description", "file_type", "created_at"}));
        QStringList tableColumns = m_collection->repository().derivedFileColumns();
        tableColumns.removeOne("id");
        QCOMPARE(QSet<QString>(provenanceHeaders.cbegin(), provenanceHeaders.cend()),
                 QSet<QString>(tableColumns.cbegin(), tableColumns.cend()));
        QVERIFY(provenanceHeaders.contains("notes"));
        QStringList paths;
        for (qsizetype r = 1; r < derived.size(); ++r)
            paths.append(derived.at(r).toArray().at(0).toObject().value("text").toString());
        QCOMPARE(paths, derivedPaths);
        if (!derivedPaths.isEmpty()) {
            const QJsonArray first = derived.at(1).toArray();
            QCOMPARE(first.at(1).toObject().value("text").toString(), "ENCSR000HOS;ENCFF000AAA");
            QCOMPARE(first.at(2).toObject().value("type").toString(), "s");
            QCOMPARE(first.at(2).toObject().value("text").toString(), "=HYPERLINK(\"x\")");
            QCOMPARE(first.at(6).toObject().value("type").toString(), "d");
            QCOMPARE(first.at(6).toObject().value("value").toString(), "2026-11-24T09:37:00");
            if (const auto size = provenanceHeaders.indexOf("file_size"); size >= 0) { // schema version 3
                QCOMPARE(first.at(size).toObject().value("type").toString(), "n");
                QCOMPARE(first.at(size).toObject().value("value").toInt(), 1234);
                QCOMPARE(first.at(provenanceHeaders.indexOf("sha256")).toObject().value("text").toString(),
                         QString(64, 'a'));
                QCOMPARE(first.at(provenanceHeaders.indexOf("file_modified_at")).toObject().value("type").toString(),
                         "d");
            }
        }
        if (assay.isEmpty()) // the untracked file's NULL time is an empty cell, not 1970
            QVERIFY(derived.at(2).toArray().at(6).toObject().value("value").isNull());
    }

    void cancellingLeavesTheFileUntouched_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<int>("stopAt"); // the progress call that says stop
        QTest::newRow("csv, at the start") << ExportFormat::Csv << 1;
        QTest::newRow("tsv, at the end") << ExportFormat::Tsv << 2;
        QTest::newRow("json, at the start") << ExportFormat::Json << 1;
        QTest::newRow("xlsx, at the start") << ExportFormat::Xlsx << 1;
        QTest::newRow("xlsx, at the end") << ExportFormat::Xlsx << 2;
    }

    void cancellingLeavesTheFileUntouched()
    {
        QFETCH(ExportFormat, format);
        QFETCH(int, stopAt);
        const QString path = m_dir.filePath("existing." + encode::app::exportFormatName(format));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("what was there before\n");
        existing.close();
        int calls = 0;
        const encode::models::Status status = encode::app::exportCollectionToFile(
            database(), {format, {}, false}, path, [&](int, int total) {
                [&] { QCOMPARE(total, 3); }();
                return ++calls < stopAt;
            });
        QVERIFY(status.has_value());
        QCOMPARE(status->kind, Failure::Kind::Cancelled);
        QCOMPARE(calls, stopAt);
        QCOMPARE(encode::testsupport::fileBytes(path), QByteArray("what was there before\n"));
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void fileReplacesAnExistingOne()
    {
        const QString path = m_dir.filePath("replaced.csv");
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old\n");
        existing.close();
        const encode::models::Status status =
            encode::app::exportCollectionToFile(database(), {ExportFormat::Csv, {}, true}, path);
        QVERIFY2(!status, qPrintable(failureText(status)));
        QCOMPARE(encode::testsupport::fileBytes(path), exported({ExportFormat::Csv, {}, true}));
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void missingDirectoryFails_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("xlsx") << ExportFormat::Xlsx;
    }

    void missingDirectoryFails()
    {
        QFETCH(ExportFormat, format);
        const QString path = m_dir.filePath("no-such-folder/out." + encode::app::exportFormatName(format));
        const encode::models::Status status = encode::app::exportCollectionToFile(database(), {format, {}, false}, path);
        QVERIFY(status.has_value());
        QCOMPARE(status->kind, Failure::Kind::Storage);
        QVERIFY2(status->message.contains("no-such-folder"), qPrintable(status->message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void streamsLargeCollections_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("json") << ExportFormat::Json;
    }

    // 20,000 rows: every row arrives, progress is reported as they are written, and rows reach the
    // device while later ones have not been read yet (nothing is materialised first).
    void streamsLargeCollections()
    {
        QFETCH(ExportFormat, format);
        const int generated = 20000;
        QString error;
        QVERIFY2(encode::testsupport::seedGeneratedExperiments(*m_collection, generated, error), qPrintable(error));
        const int total = generated + 3;

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<int> reported;
        qint64 bytesAtFirstReport = -1;
        QElapsedTimer timer;
        timer.start();
        const encode::models::Status status =
            encode::app::exportCollection(database(), {format, {}, false}, buffer, [&](int written, int all) {
                if (all != total)
                    return false;
                if (written > 0 && bytesAtFirstReport < 0)
                    bytesAtFirstReport = buffer.size();
                reported.append(written);
                return true;
            });
        QVERIFY2(!status, qPrintable(failureText(status)));
        qInfo("exported %d rows as %s in %lld ms", total, qPrintable(encode::app::exportFormatName(format)),
              static_cast<long long>(timer.elapsed()));

        QCOMPARE(reported.first(), 0);
        QCOMPARE(reported.last(), total);
        QVERIFY2(reported.size() >= total / 500, qPrintable(QString::number(reported.size())));
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QVERIFY2(bytesAtFirstReport > 0, "no row was written before the first progress report");
        QVERIFY(bytesAtFirstReport < buffer.size() / 10);

        if (format == ExportFormat::Json) {
            QCOMPARE(QJsonDocument::fromJson(buffer.data()).array().size(), total);
        } else {
            const QList<QStringList> rows = encode::testsupport::parseRfc4180(
                QString::fromUtf8(buffer.data()), ',', encode::testsupport::UnterminatedLastLine::Drop);
            QCOMPARE(rows.size(), total + 1);
            // Newest first: the three hostile experiments (2026), then the generated ones.
            QCOMPARE(rows.at(4).at(0), QString("ENCSR020000G"));
            QCOMPARE(rows.at(4).at(6), QString("HepG2 \"derived\", line 20000"));
            QCOMPARE(rows.last().at(0), QString("ENCSR000001G"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCollectionExport)
#include "tst_collectionexport.moc"
