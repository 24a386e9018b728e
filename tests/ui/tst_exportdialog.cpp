// File > Export, offscreen: the dialog writes the chosen scope (selection, what the filter shows, or
// all) in the chosen format, the file name follows the format, and a bad destination is reported
// without leaving a file behind.
#include "ui/export/ExportDialog.h"
#include "tests/support/Rfc4180Reader.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/SpreadsheetReader.h"
#include "tests/support/TestCollection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace encode;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return testsupport::parseRfc4180(QString::fromUtf8(file.readAll()), QLatin1Char(','),
                                     testsupport::UnterminatedLastLine::Drop);
}

} // namespace

class TestExportDialog final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestCollection> m_collection;
    testsupport::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;

    std::unique_ptr<ui::ExportDialog> dialog(ui::ExportDialog::Scope scope, app::ExportFormat format, const QString &name)
    {
        auto made = std::make_unique<ui::ExportDialog>(m_collection->database()->connection(), std::move(scope), m_prompts);
        auto *combo = made->findChild<QComboBox *>("exportFormat");
        combo->setCurrentIndex(combo->findData(static_cast<int>(format)));
        made->findChild<QLineEdit *>("exportPath")->setText(m_dir.filePath(name));
        return made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_collection = std::make_unique<testsupport::TestCollection>();
        models::CollectionRepository repository = m_collection->repository();
        for (const char *accession : {"ENCSR001AAA", "ENCSR002AAA", "ENCSR003AAA"})
            QVERIFY(repository.save(testsupport::sampleRecord(accession), {}).ok());
        m_prompts.warnings.clear();
    }

    void theSelectionIsWrittenAsCsv()
    {
        auto exporter = dialog({{"ENCSR003AAA", "ENCSR001AAA"}, {}, 3}, app::ExportFormat::Csv, "picked.csv");
        QVERIFY(exporter->findChild<QRadioButton *>("exportSelection")->isChecked());
        QVERIFY(!exporter->findChild<QRadioButton *>("exportShown")->isEnabled()); // no filter is active
        QVERIFY(exporter->exportNow());
        const QList<QStringList> rows = readCsv(m_dir.filePath("picked.csv"));
        QCOMPARE(rows.size(), 3); // header + 2
        QCOMPARE(rows.first().first(), QStringLiteral("accession"));
        QStringList accessions{rows.at(1).first(), rows.at(2).first()};
        accessions.sort();
        QCOMPARE(accessions, (QStringList{"ENCSR001AAA", "ENCSR003AAA"}));
        QCOMPARE(exporter->exportedCount(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath("picked.csv.part")));
    }

    void whatTheFilterShowsOrEverything()
    {
        auto shown = dialog({{}, {"ENCSR002AAA"}, 3}, app::ExportFormat::Csv, "shown.csv");
        QVERIFY(shown->findChild<QRadioButton *>("exportShown")->isChecked());
        QVERIFY(shown->exportNow());
        QCOMPARE(readCsv(m_dir.filePath("shown.csv")).size(), 2);

        auto all = dialog({{"ENCSR002AAA"}, {"ENCSR002AAA"}, 3}, app::ExportFormat::Csv, "all.csv");
        all->findChild<QRadioButton *>("exportAll")->setChecked(true);
        QVERIFY(all->exportNow());
        QCOMPARE(readCsv(m_dir.filePath("all.csv")).size(), 4);
    }

    void theFileNameFollowsTheFormatAndExcelGetsAWorkbook()
    {
        auto exporter = dialog({{}, {}, 3}, app::ExportFormat::Csv, "lab.csv");
        auto *combo = exporter->findChild<QComboBox *>("exportFormat");
        combo->setCurrentIndex(combo->findData(static_cast<int>(app::ExportFormat::Xlsx)));
        QCOMPARE(exporter->path(), m_dir.filePath("lab.xlsx"));
        QVERIFY(!exporter->findChild<QCheckBox *>("exportBom")->isEnabled()); // BOMs are for text files
        QVERIFY(exporter->exportNow());
        QJsonObject read;
        QString error;
        QVERIFY2(testsupport::readWorkbook("import json, sys\n"
                                           "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                           "ws = wb.worksheets[0]\n"
                                           "print(json.dumps({'sheets': len(wb.worksheets), 'rows': ws.max_row,\n"
                                           "                  'first': ws.cell(row=2, column=1).value}))\n",
                                           m_dir.filePath("lab.xlsx"), read, error),
                 qPrintable(error));
        QCOMPARE(read.value("rows").toInt(), 4);
        QCOMPARE(read.value("sheets").toInt(), 3);
        QVERIFY(read.value("first").toString().startsWith("ENCSR00"));
    }

    void aDestinationThatCannotBeWrittenIsReported()
    {
        auto exporter = dialog({{}, {}, 3}, app::ExportFormat::Json, "no-such-directory/out.json");
        QVERIFY(!exporter->exportNow());
        QCOMPARE(m_prompts.warnings.size(), 1);
        QVERIFY(m_prompts.warnings.first().contains("no-such-directory"));
        QVERIFY(!QFile::exists(m_dir.filePath("no-such-directory/out.json")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
