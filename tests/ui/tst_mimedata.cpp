// Dragging or copying experiment rows: TSV for text readers, an HTML table for spreadsheets and a
// fresh .xlsx file for dropping a workbook.
#include "ui/dnd/ExperimentMimeData.h"
#include "app/export/ExportColumns.h"
#include "tests/support/Rfc4180Reader.h"
#include "tests/support/SpreadsheetReader.h"
#include "tests/support/TestCollection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using encode::models::ExperimentListRow;
using encode::testsupport::fileBytes;
using encode::testsupport::parseRfc4180;
using encode::testsupport::UnterminatedLastLine;

namespace {

const char *const kReadBackScript = R"PY(
import json, sys
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
print(json.dumps({"names": book.sheetnames, "rows": sheet.max_row,
                  "accessions": [row[0].value for row in sheet.iter_rows()]}))
)PY";

// The script's output for one workbook; testsupport::readWorkbook imports openpyxl for the script.
bool readWorkbook(const QString &path, QJsonObject &book, QString &error)
{
    return encode::testsupport::readWorkbook(kReadBackScript, path, book, error);
}

QList<ExperimentListRow> sampleRows()
{
    ExperimentListRow hostile;
    auto &e = hostile.experiment;
    e.accession = "ENCSR000AAA";
    e.assayTitle = "=cmd|' /C calc'!A0";
    e.target = "SEPT2";
    e.organism = "Homo sapiens";
    e.organ = "Ünïcödé 腎臓";
    e.biosampleType = "+1";
    e.biosampleSummary = "said \"hi\",\tthen\nleft";
    e.lab = "-2";
    e.assembly = "@SUM(1)";
    e.status = "released";
    e.dateReleased = "2016-01-07";
    e.replicationType = "00123";
    e.notes = "line 1\r\nline 2";
    e.description = "<b>bold</b> & \"quoted\" <script>x</script>";
    e.url = "https://www.encodeproject.org/experiments/ENCSR000AAA/";
    e.trackedAt = 1795512960.0; // 2026-11-24T09:36:00Z
    hostile.publicationCount = 2;
    hostile.pmids = {"22955616", "22955617"};
    hostile.derivedFileCount = 3;

    ExperimentListRow absent;
    absent.experiment.accession = "ENCSR000AAB";
    absent.experiment.dateReleased = "not yet released";

    ExperimentListRow plain;
    plain.experiment.accession = "ENCSR000AAC";
    plain.experiment.target = "MARCH1";
    plain.experiment.lifeStage = "1-2";
    return {hostile, absent, plain};
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestMimeData final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offersTextHtmlAndAWorkbook()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData(sampleRows(), dir.path()));
        QVERIFY(mime);
        const QStringList formats = mime->formats();
        QVERIFY2(formats.contains("text/plain"), qPrintable(formats.join(' ')));
        QVERIFY2(formats.contains("text/html"), qPrintable(formats.join(' ')));
        QVERIFY2(formats.contains("text/uri-list"), qPrintable(formats.join(' ')));
    }

    void tsvReadsBackExactly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<ExperimentListRow> rows = sampleRows();
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData(rows, dir.path()));
        const QList<QStringList> parsed = parseRfc4180(mime->text(), '\t', UnterminatedLastLine::Keep);
        QCOMPARE(parsed.size(), rows.size() + 1);
        QCOMPARE(parsed.at(0), encode::app::exportHeaders());
        for (qsizetype r = 0; r < rows.size(); ++r)
            QCOMPARE(parsed.at(r + 1), encode::app::exportTexts(rows.at(r)));

        // The data flavour is never altered: no apostrophe escape, tabs and newlines intact.
        const QStringList &first = parsed.at(1);
        const QStringList headers = encode::app::exportHeaders();
        QCOMPARE(first.at(headers.indexOf("assay_title")), "=cmd|' /C calc'!A0");
        QCOMPARE(first.at(headers.indexOf("biosample_summary")), "said \"hi\",\tthen\nleft");
        QCOMPARE(first.at(headers.indexOf("notes")), "line 1\r\nline 2");
        QCOMPARE(first.at(headers.indexOf("organ")), "Ünïcödé 腎臓");
        QCOMPARE(first.at(headers.indexOf("date_released")), "2016-01-07");
        QCOMPARE(first.at(headers.indexOf("tracked_at")), "2026-11-24T09:36:00Z");
        QCOMPARE(first.at(headers.indexOf("pmids")), "22955616;22955617");
        QCOMPARE(parsed.at(2).at(headers.indexOf("target")), "");
    }

    void htmlEscapesAndMarksText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData(sampleRows(), dir.path()));
        const QString html = mime->html();
        const QString text = "<td style=\"mso-number-format:'\\@'\">";

        QVERIFY(html.contains("<meta charset=\"utf-8\">"));
        QVERIFY(html.contains("<table x:str"));
        QCOMPARE(html.count("<table"), 1);
        QVERIFY(html.contains("<th>accession</th>"));
        QVERIFY(html.contains("<th>external_reference_count</th>"));

        // Escaped markup: nothing of the cell text is read as HTML.
        QVERIFY(
            html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &lt;script&gt;x&lt;/script&gt;"));
        QVERIFY(!html.contains("<b>"));
        QVERIFY(!html.contains("<script>"));

        // Text cells are marked as text; numbers are numbers; dates are ISO text.
        QVERIFY(html.contains(text + "ENCSR000AAA</td>"));
        QVERIFY(html.contains(text + "SEPT2</td>"));
        QVERIFY(html.contains(text + "MARCH1</td>"));
        QVERIFY(html.contains(text + "00123</td>"));
        QVERIFY(!html.contains(text + "'1-2</td>"));
        QVERIFY(html.contains(text + "1-2</td>"));
        QVERIFY(html.contains(text + "Ünïcödé 腎臓</td>"));
        QVERIFY(html.contains(text + "2016-01-07</td>"));
        QVERIFY(html.contains(text + "2026-11-24T09:36:00Z</td>"));
        QVERIFY(html.contains(text + "not yet released</td>"));
        QVERIFY(html.contains("<td x:num=\"2\">2</td>"));
        QVERIFY(html.contains("<td x:num=\"3\">3</td>"));

        // What a spreadsheet would evaluate gets the apostrophe escape (INTEROP.md 2.4).
        QVERIFY(html.contains(text + "'=cmd|' /C calc'!A0</td>"));
        QVERIFY(html.contains(text + "'+1</td>"));
        QVERIFY(html.contains(text + "'-2</td>"));
        QVERIFY(html.contains(text + "'@SUM(1)</td>"));

        // Line breaks stay inside their cell; the tab is kept as text.
        const QString sameCell = "<br style=\"mso-data-placement:same-cell\">";
        QVERIFY(html.contains(text + "line 1" + sameCell + "line 2</td>"));
        QVERIFY(html.contains(text + "said &quot;hi&quot;,\tthen" + sameCell + "left</td>"));

        // Every non-empty cell is marked one way or the other, and every row has every column.
        QVERIFY(!html.contains(QRegularExpression("<td>[^<]")));
        const QStringList rows = html.split("<tr>").mid(1);
        QCOMPARE(rows.size(), sampleRows().size() + 1);
        QCOMPARE(rows.at(0).count("<th>"), encode::app::exportHeaders().size());
        for (const QString &row : rows.mid(1))
            QCOMPARE(row.count("<td"), encode::app::exportHeaders().size());
    }

    void uriListPointsToANewWorkbook()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<ExperimentListRow> rows = sampleRows();
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData(rows, dir.path()));
        QCOMPARE(mime->urls().size(), 1);
        const QUrl url = mime->urls().constFirst();
        QVERIFY(url.isLocalFile());
        const QFileInfo file(url.toLocalFile());
        QVERIFY(file.exists());
        QCOMPARE(file.absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        const QRegularExpression name(R"(^ENCODE experiments \d{4}-\d{2}-\d{2} \d{6}( \(\d+\))?\.xlsx$)");
        QVERIFY2(name.match(file.fileName()).hasMatch(), qPrintable(file.fileName()));
        QCOMPARE(filesIn(dir.path()), QStringList{file.fileName()}); // no .part left over

        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(file.absoluteFilePath(), book, error), qPrintable(error));
        QCOMPARE(book.value("names").toArray(), QJsonArray{"Experiments"});
        QCOMPARE(book.value("rows").toInt(), rows.size() + 1);
        QCOMPARE(book.value("accessions").toArray(),
                 (QJsonArray{"accession", "ENCSR000AAA", "ENCSR000AAB", "ENCSR000AAC"}));
    }

    void neverOverwritesAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Occupy the names of this second and the next few, as an earlier drag would have.
        const QDateTime now = QDateTime::currentDateTime();
        QStringList occupied;
        for (int s = 0; s < 3; ++s) {
            const QString path =
                dir.filePath("ENCODE experiments " + now.addSecs(s).toString("yyyy-MM-dd HHmmss") + ".xlsx");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("occupied");
            occupied << path;
        }

        const std::unique_ptr<QMimeData> first(
            encode::ui::createExperimentMimeData(sampleRows(), dir.path()));
        const std::unique_ptr<QMimeData> second(
            encode::ui::createExperimentMimeData(sampleRows().mid(0, 1), dir.path()));
        QCOMPARE(first->urls().size(), 1);
        QCOMPARE(second->urls().size(), 1);
        const QString firstPath = first->urls().constFirst().toLocalFile();
        const QString secondPath = second->urls().constFirst().toLocalFile();
        QVERIFY(firstPath != secondPath);
        QVERIFY2(!occupied.contains(firstPath), qPrintable(firstPath));
        QVERIFY2(!occupied.contains(secondPath), qPrintable(secondPath));
        for (const QString &path : occupied)
            QCOMPARE(fileBytes(path), QByteArray("occupied"));

        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(firstPath, book, error), qPrintable(error));
        QCOMPARE(book.value("rows").toInt(), 4);
        QVERIFY2(readWorkbook(secondPath, book, error), qPrintable(error));
        QCOMPARE(book.value("rows").toInt(), 2);
    }

    void missingDirectoryStillGivesText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot create a workbook"));
        const std::unique_ptr<QMimeData> mime(
            encode::ui::createExperimentMimeData(sampleRows(), dir.filePath("gone")));
        QVERIFY(mime->hasText());
        QVERIFY(mime->hasHtml());
        QVERIFY(!mime->hasUrls());
        QVERIFY(mime->text().startsWith("accession\tassay_title\t"));
    }

    void workbookFailureStillGivesTextAndLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<ExperimentListRow> rows = sampleRows();
        rows[1].experiment.notes = QString(40000, QChar('n')); // past Excel's cell limit
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("Could not write the workbook .*notes"));
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData(rows, dir.path()));
        QVERIFY(mime->hasText());
        QVERIFY(mime->hasHtml());
        QVERIFY(!mime->hasUrls());
        QVERIFY(mime->text().contains(rows[1].experiment.notes));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void noRowsGivesHeadersOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::unique_ptr<QMimeData> mime(encode::ui::createExperimentMimeData({}, dir.path()));
        QCOMPARE(mime->text(), encode::app::exportHeaders().join('\t') + '\n');
        QCOMPARE(mime->urls().size(), 1);
        QJsonObject book;
        QString error;
        QVERIFY2(readWorkbook(mime->urls().constFirst().toLocalFile(), book, error), qPrintable(error));
        QCOMPARE(book.value("rows").toInt(), 1);
    }
};

QTEST_MAIN(TestMimeData)
#include "tst_mimedata.moc"
