// The .xlsx export, read back by an independent reader (openpyxl): text stays text, nothing becomes a
// formula, counts are numbers, dates are dates, and a failed write leaves nothing behind.
#include "app/export/ExportColumns.h"
#include "app/export/XlsxWriter.h"
#include "tests/support/SpreadsheetReader.h"
#include "tests/support/TestCollection.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using encode::models::ExperimentListRow;
using encode::testsupport::fileBytes;

namespace {

constexpr double kTrackedAt = 1795512960.0; // 2026-11-24T09:36:00Z

// Prints every cell (value, openpyxl data_type, number format, bold, fill), the frozen pane, the
// autofilter range, the column widths, and how many <f> (formula) elements the sheet XML holds.
// openpyxl 3.0 does not decode ECMA-376 "_xHHHH_" escapes in strings, which Excel does, so the text
// Excel shows ("excelText") is decoded here from the raw XML.
const char *const kReadBackScript = R"PY(
import datetime, json, re, sys, zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return value

def excel_decode(text):
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)

def joined_text(node):
    return excel_decode("".join(t.text or "" for t in node.iter(MAIN + "t")))

path = sys.argv[1]
book = openpyxl.load_workbook(path)
with zipfile.ZipFile(path) as archive:
    names = archive.namelist()
    sheet_xml = [archive.read(f"xl/worksheets/sheet{i + 1}.xml") for i in range(len(book.worksheets))]
    shared = []
    if "xl/sharedStrings.xml" in names:
        shared = [joined_text(si) for si in ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(MAIN + "si")]

sheets = {}
for sheet, xml in zip(book.worksheets, sheet_xml):
    excel_text = {}
    for c in ET.fromstring(xml).iter(MAIN + "c"):
        if c.get("t") == "s":
            excel_text[c.get("r")] = shared[int(c.find(MAIN + "v").text)]
        elif c.get("t") == "inlineStr":
            excel_text[c.get("r")] = joined_text(c)
    sheets[sheet.title] = {
        "cells": [[{"value": plain(c.value), "type": c.data_type, "format": c.number_format,
                    "excelText": excel_text.get(c.coordinate),
                    "bold": bool(c.font.b), "fill": str(c.fill.fgColor.rgb)} for c in row]
                  for row in sheet.iter_rows()],
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "widths": {letter: dim.width for letter, dim in sheet.column_dimensions.items()},
    }
formulas = sum(xml.count(b"<f>") + xml.count(b"<f ") for xml in sheet_xml)
print(json.dumps({"names": book.sheetnames, "sheets": sheets, "formulaElements": formulas}))
)PY";

// The script's output for one workbook; testsupport::readWorkbook imports openpyxl for the script.
bool readWorkbook(const QString &path, QJsonObject &book, QString &error)
{
    return encode::testsupport::readWorkbook(kReadBackScript, path, book, error);
}

ExperimentListRow hostileRow()
{
    ExperimentListRow row;
    auto &e = row.experiment;
    e.accession = "ENCSR000AAA";
    e.assayTitle = "=cmd|' /C calc'!A0";
    e.target = "SEPT2";
    e.organism = "MARCH1";
    e.organ = "Ünïcödé 腎臓";
    e.biosampleType = "+1";
    e.biosampleSummary = "said \"hi\", then\nleft";
    e.lab = "-2";
    e.assembly = "@SUM(1)";
    e.status = "1-2";
    e.dateReleased = "2016-01-07";
    e.replicationType = "00123";
    e.lifeStage = "";
    e.notes = "tab\there\r\nCRLF";
    e.description = "<b>bold</b> & \"quoted\", 'single'";
    e.url = "https://www.encodeproject.org/experiments/ENCSR000AAA/";
    e.trackedAt = kTrackedAt;
    e.updatedAt = kTrackedAt + 90.5;
    row.publicationCount = 2;
    row.pmids = {"22955616", "22955617"};
    row.derivedFileCount = 3;
    row.externalReferenceCount = 1;
    return row;
}

ExperimentListRow absentRow()
{
    ExperimentListRow row;
    row.experiment.accession = "ENCSR000AAB";
    row.experiment.dateReleased = "not yet released";
    return row;
}

ExperimentListRow numberLikeRow()
{
    ExperimentListRow row;
    auto &e = row.experiment;
    e.accession = "ENCSR000AAC";
    e.assayTitle = "1E5";
    e.target = "_x0041_";
    e.organism = "TRUE";
    e.organ = "  spaced  ";
    e.lab = "3/4";
    e.assembly = "2016-01-07";
    e.dateReleased = "1899-12-31"; // a real date Excel cannot hold
    e.notes = "\tleading tab";
    e.description = "0.5";
    e.biosampleType = "_x0041_x0042_ and _x005F_";
    e.biosampleSummary = "bell\x07 and escape\x1b";
    e.status = "trailing CR\r";
    row.publicationCount = 0;
    row.derivedFileCount = 12345;
    return row;
}

// What openpyxl must report for one typed export value.
void verifyCell(const QJsonObject &cell, const QVariant &expected, const QString &where)
{
    const QByteArray context = where.toUtf8();
    QVERIFY2(cell.value("type").toString() != "f", context.constData());
    switch (expected.metaType().id()) {
    case QMetaType::QString:
        if (expected.toString().isEmpty()) {
            QVERIFY2(cell.value("value").isNull(), context.constData());
        } else {
            QVERIFY2(cell.value("type").toString() == "s", context.constData());
            QCOMPARE(cell.value("excelText").toString(), expected.toString());
        }
        break;
    case QMetaType::Int:
        QVERIFY2(cell.value("type").toString() == "n", context.constData());
        QCOMPARE(cell.value("value").toInt(-1), expected.toInt());
        break;
    case QMetaType::QDate:
        if (expected.toDate().year() < 1900) { // before Excel's first date: kept as its text
            QVERIFY2(cell.value("type").toString() == "s", context.constData());
            QCOMPARE(cell.value("excelText").toString(), expected.toDate().toString(Qt::ISODate));
            break;
        }
        QVERIFY2(cell.value("type").toString() == "d", context.constData());
        QCOMPARE(cell.value("value").toString(), expected.toDate().toString(Qt::ISODate) + "T00:00:00");
        QCOMPARE(cell.value("format").toString(), "yyyy-mm-dd");
        break;
    case QMetaType::QDateTime:
        if (!expected.toDateTime().isValid()) {
            QVERIFY2(cell.value("value").isNull(), context.constData());
        } else {
            QVERIFY2(cell.value("type").toString() == "d", context.constData());
            QCOMPARE(cell.value("value").toString(), expected.toDateTime().toString("yyyy-MM-ddTHH:mm:ss"));
        }
        break;
    default:
        QFAIL(qPrintable("unexpected export type at " + where));
    }
}

QJsonArray cellsOf(const QJsonObject &book)
{
    return book.value("sheets").toObject().value("Experiments").toObject().value("cells").toArray();
}

} // namespace

class TestXlsxWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void cellsReadBackExactly()
    {
        const QList<ExperimentListRow> rows{hostileRow(), absentRow(), numberLikeRow()};
        const QString path = m_dir.filePath("cells.xlsx");
        const encode::models::Status status = encode::app::writeExperimentsXlsx(path, rows);
        QVERIFY2(!status, status ? qPrintable(status->message) : "");

        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(path, book, error), qPrintable(error));
        QCOMPARE(book.value("names").toArray(), QJsonArray{"Experiments"});
        QCOMPARE(book.value("formulaElements").toInt(-1), 0);

        const QJsonArray cells = cellsOf(book);
        const QStringList headers = encode::app::exportHeaders();
        QCOMPARE(cells.size(), rows.size() + 1);
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QJsonObject cell = cells.at(0).toArray().at(c).toObject();
            QCOMPARE(cell.value("type").toString(), "s");
            QCOMPARE(cell.value("excelText").toString(), headers.at(c));
            QVERIFY(cell.value("bold").toBool());
            QCOMPARE(cell.value("fill").toString(), "FFD9E1F2");
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QVariantList expected = encode::app::exportValues(rows.at(r));
            const QJsonArray row = cells.at(r + 1).toArray();
            QCOMPARE(row.size(), headers.size());
            for (qsizetype c = 0; c < headers.size(); ++c) {
                verifyCell(row.at(c).toObject(), expected.at(c),
                           QString("row %1, column %2").arg(r + 2).arg(headers.at(c)));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void hostileTextStaysText_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("formula") << 1 << "assay_title"
                                 << "=cmd|' /C calc'!A0";
        QTest::newRow("plus") << 1 << "biosample_type"
                              << "+1";
        QTest::newRow("minus") << 1 << "lab"
                               << "-2";
        QTest::newRow("at") << 1 << "assembly"
                            << "@SUM(1)";
        QTest::newRow("gene SEPT2") << 1 << "target"
                                    << "SEPT2";
        QTest::newRow("gene MARCH1") << 1 << "organism"
                                     << "MARCH1";
        QTest::newRow("range-like") << 1 << "status"
                                    << "1-2";
        QTest::newRow("leading zeros") << 1 << "replication_type"
                                       << "00123";
        QTest::newRow("non-ASCII") << 1 << "organ"
                                   << "Ünïcödé 腎臓";
        QTest::newRow("quotes, comma, newline") << 1 << "biosample_summary"
                                                << "said \"hi\", then\nleft";
        QTest::newRow("tab and CRLF") << 1 << "notes"
                                      << "tab\there\r\nCRLF";
        QTest::newRow("markup") << 1 << "description"
                                << "<b>bold</b> & \"quoted\", 'single'";
        QTest::newRow("pmids") << 1 << "pmids"
                               << "22955616;22955617";
        QTest::newRow("non-date date text") << 2 << "date_released"
                                            << "not yet released";
        QTest::newRow("pre-1900 date") << 3 << "date_released"
                                       << "1899-12-31";
        QTest::newRow("exponent") << 3 << "assay_title"
                                  << "1E5";
        QTest::newRow("XML escape look-alike") << 3 << "target"
                                               << "_x0041_";
        QTest::newRow("chained escape look-alikes") << 3 << "biosample_type"
                                                    << "_x0041_x0042_ and _x005F_";
        QTest::newRow("control characters") << 3 << "biosample_summary"
                                            << "bell\x07 and escape\x1b";
        QTest::newRow("trailing CR") << 3 << "status"
                                     << "trailing CR\r";
        QTest::newRow("boolean-like") << 3 << "organism"
                                      << "TRUE";
        QTest::newRow("surrounding spaces") << 3 << "organ"
                                            << "  spaced  ";
        QTest::newRow("fraction") << 3 << "lab"
                                  << "3/4";
        QTest::newRow("date-like text") << 3 << "assembly"
                                        << "2016-01-07";
        QTest::newRow("leading tab") << 3 << "notes"
                                     << "\tleading tab";
        QTest::newRow("decimal") << 3 << "description"
                                 << "0.5";
    }

    void hostileTextStaysText()
    {
        QFETCH(int, row);
        QFETCH(QString, column);
        QFETCH(QString, text);
        const QString path = m_dir.filePath("hostile.xlsx");
        if (!QFile::exists(path)) {
            const encode::models::Status status =
                encode::app::writeExperimentsXlsx(path, {hostileRow(), absentRow(), numberLikeRow()});
            QVERIFY2(!status, status ? qPrintable(status->message) : "");
        }
        if (m_book.isEmpty()) {
            QString error;
            QVERIFY2(readWorkbook(path, m_book, error), qPrintable(error));
        }
        const auto c = encode::app::exportHeaders().indexOf(column);
        QVERIFY(c >= 0);
        const QJsonObject cell = cellsOf(m_book).at(row).toArray().at(c).toObject();
        QCOMPARE(cell.value("type").toString(), "s");
        QCOMPARE(cell.value("excelText").toString(), text);
        QCOMPARE(cell.value("format").toString(), "@"); // stays text when someone edits the cell
    }

    void countsDatesAndTimesAreTyped()
    {
        const QString path = m_dir.filePath("typed.xlsx");
        QVERIFY(!encode::app::writeExperimentsXlsx(path, {hostileRow()}));
        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(path, book, error), qPrintable(error));
        const QJsonArray row = cellsOf(book).at(1).toArray();
        const QStringList headers = encode::app::exportHeaders();
        const auto cell = [&](const QString &name) {
            return row.at(headers.indexOf(name)).toObject();
        };

        QCOMPARE(cell("publication_count").value("type").toString(), "n");
        QCOMPARE(cell("publication_count").value("value").toInt(), 2);
        QCOMPARE(cell("derived_file_count").value("value").toInt(), 3);
        QCOMPARE(cell("external_reference_count").value("value").toInt(), 1);
        QCOMPARE(cell("date_released").value("type").toString(), "d");
        QCOMPARE(cell("date_released").value("value").toString(), "2016-01-07T00:00:00");
        QCOMPARE(cell("tracked_at").value("type").toString(), "d");
        QCOMPARE(cell("tracked_at").value("value").toString(), "2026-11-24T09:36:00");
        QCOMPARE(cell("updated_at").value("value").toString(), "2026-11-24T09:37:30");
        QVERIFY(cell("tracked_at").value("format").toString().startsWith("yyyy-mm-dd hh:mm:ss"));
    }

    void headerIsFrozenAndFiltered_data()
    {
        QTest::addColumn<int>("rowCount");
        QTest::newRow("no rows") << 0;
        QTest::newRow("one row") << 1;
        QTest::newRow("250 rows") << 250;
    }

    void headerIsFrozenAndFiltered()
    {
        QFETCH(int, rowCount);
        QList<ExperimentListRow> rows;
        for (int i = 0; i < rowCount; ++i) {
            ExperimentListRow row = hostileRow();
            row.experiment.accession = QString("ENCSR%1ZZZ").arg(i, 3, 10, QChar('0'));
            rows.append(row);
        }
        const QString path = m_dir.filePath(QString("frozen-%1.xlsx").arg(rowCount));
        QVERIFY(!encode::app::writeExperimentsXlsx(path, rows));
        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(path, book, error), qPrintable(error));
        const QJsonObject sheet = book.value("sheets").toObject().value("Experiments").toObject();
        QCOMPARE(encode::app::exportHeaders().size(), 22); // column V
        QCOMPARE(sheet.value("freeze").toString(), "A2");
        QCOMPARE(sheet.value("filter").toString(), QString("A1:V%1").arg(rowCount + 1));
        QCOMPARE(sheet.value("cells").toArray().size(), rowCount + 1);
    }

    void columnWidthsFitTheContent()
    {
        ExperimentListRow row = hostileRow();
        row.experiment.description = QString(500, QChar('d'));
        const QString path = m_dir.filePath("widths.xlsx");
        QVERIFY(!encode::app::writeExperimentsXlsx(path, {row}));
        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(path, book, error), qPrintable(error));
        const QJsonObject widths =
            book.value("sheets").toObject().value("Experiments").toObject().value("widths").toObject();
        QVERIFY(widths.value("A").toDouble() >= 14); // accession
        QVERIFY(widths.value("T").toDouble() >= 55); // url, 54 characters
        QVERIFY(widths.value("S").toDouble() <= 61); // description, capped
        QVERIFY(widths.value("S").toDouble() >= 59);
        QVERIFY(widths.value("N").toDouble() >= double(QString("publication_count").size())); // header fits
        for (const QJsonValue width : widths)
            QVERIFY(width.toDouble() <= 81);
    }

    void missingDirectoryFailsAndLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("no-such-folder/out.xlsx");
        const encode::models::Status status = encode::app::writeExperimentsXlsx(path, {hostileRow()});
        QVERIFY(status.has_value());
        QVERIFY2(status->message.contains(QDir::toNativeSeparators(path)), qPrintable(status->message));
        QVERIFY2(status->message.contains("No such file or directory"), qPrintable(status->message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".part"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void failureKeepsTheExistingFile()
    {
        const QString path = m_dir.filePath("kept.xlsx");
        QVERIFY(!encode::app::writeExperimentsXlsx(path, {hostileRow()}));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        ExperimentListRow tooLong = absentRow();
        tooLong.experiment.notes = QString(40000, QChar('n')); // past Excel's 32,767 per cell
        const encode::models::Status status =
            encode::app::writeExperimentsXlsx(path, {hostileRow(), tooLong});
        QVERIFY(status.has_value());
        QVERIFY2(status->message.contains(QDir::toNativeSeparators(path)), qPrintable(status->message));
        QVERIFY2(status->message.contains("notes"), qPrintable(status->message));
        QVERIFY2(status->message.contains("row 3"), qPrintable(status->message));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void replacesAnExistingFile()
    {
        const QString path = m_dir.filePath("replaced.xlsx");
        QVERIFY(!encode::app::writeExperimentsXlsx(path, {hostileRow()}));
        QVERIFY(!encode::app::writeExperimentsXlsx(path, {absentRow(), numberLikeRow(), hostileRow()}));
        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(path, book, error), qPrintable(error));
        const QJsonArray cells = cellsOf(book);
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(1).toArray().at(0).toObject().value("value").toString(), "ENCSR000AAB");
        QVERIFY(!QFile::exists(path + ".part"));
    }

private:
    QTemporaryDir m_dir;
    QJsonObject m_book; // hostile.xlsx, read once for the data-driven test
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
