// The Cite dialog and "Copy Citation", offscreen, over a collection built to break citation writers:
// the preview follows scope, datasets and format; Copy puts plain text on the clipboard; Save As
// writes the file; Send to Zotero talks to a fake Zotero connector on loopback.
#include "ui/MainWindow.h"
#include "ui/citations/CitationsDialog.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "tests/support/CitationFixtures.h"
#include "tests/support/FakeZotero.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/TestCollection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace encode;

class TestCitationsDialog final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestCollection> m_collection;
    testsupport::ScriptedPrompts m_prompts;

    std::unique_ptr<ui::CitationsDialog> dialog(const QStringList &selected, const QUrl &zotero = QUrl("http://127.0.0.1:9"))
    {
        auto made = std::make_unique<ui::CitationsDialog>(m_collection->repository(), selected, m_prompts, zotero);
        made->show();
        return made;
    }

    static void choose(ui::CitationsDialog &dialog, app::CitationFormat format)
    {
        auto *combo = dialog.findChild<QComboBox *>("citationFormat");
        combo->setCurrentIndex(combo->findData(static_cast<int>(format)));
    }

    static QString preview(const ui::CitationsDialog &dialog)
    {
        return dialog.findChild<QPlainTextEdit *>("citationPreview")->toPlainText();
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
        QVERIFY(testsupport::seedHostileCitations(repository));
        m_prompts.warnings.clear();
    }

    void thePreviewFollowsScopeDatasetsAndFormat()
    {
        auto cite = dialog({"ENCSR200BBB"});
        QVERIFY(cite->findChild<QRadioButton *>("selectionScope")->isChecked());
        choose(*cite, app::CitationFormat::Bibtex);
        const QString selection = preview(*cite);
        QVERIFY(selection.startsWith("@article{"));
        QCOMPARE(selection, cite->text());
        QCOMPARE(selection, ui::CitationsDialog::citationText(m_collection->repository(), {"ENCSR200BBB"}, false,
                                                              app::CitationFormat::Bibtex)
                                .value());
        QVERIFY(!selection.contains("@misc{"));

        cite->findChild<QRadioButton *>("collectionScope")->setChecked(true);
        QVERIFY(preview(*cite).size() > selection.size()); // ENCSR100AAA's papers too
        QCOMPARE(preview(*cite), ui::CitationsDialog::citationText(m_collection->repository(), {}, false,
                                                                   app::CitationFormat::Bibtex)
                                     .value());

        cite->findChild<QCheckBox *>("datasetsCheck")->setChecked(true);
        QCOMPARE(preview(*cite).count("@misc{"), 3); // every experiment as a dataset
        QVERIFY(preview(*cite).contains("10.17989/ENCSR300CCC"));
        QVERIFY(cite->findChild<QLabel *>("citationSummary")->text().contains("3 dataset"));

        choose(*cite, app::CitationFormat::Ris);
        QVERIFY(preview(*cite).startsWith("TY  - JOUR"));
        QVERIFY(cite->text().contains("TY  - DATA\r\n")); // CRLF kept in what is copied and saved
        choose(*cite, app::CitationFormat::CslJson);
        QVERIFY(preview(*cite).startsWith("["));
        QCOMPARE(ui::CitationsDialog::rememberedFormat(), app::CitationFormat::CslJson);
    }

    void nothingToCiteSaysWhatToDo()
    {
        auto cite = dialog({"ENCSR300CCC"});
        QVERIFY(cite->findChild<QLabel *>("citationSummary")->text().contains("Nothing to cite"));
        QVERIFY(!cite->findChild<QPushButton *>("copyCitations")->isEnabled());
        QVERIFY(!cite->findChild<QPushButton *>("sendToZotero")->isEnabled());
        cite->findChild<QCheckBox *>("datasetsCheck")->setChecked(true);
        QVERIFY(cite->findChild<QPushButton *>("copyCitations")->isEnabled());
    }

    void copyAndSaveTakeTheWholeText()
    {
        auto cite = dialog({});
        QVERIFY(cite->findChild<QRadioButton *>("collectionScope")->isChecked()); // nothing selected
        QVERIFY(!cite->findChild<QRadioButton *>("selectionScope")->isEnabled());
        choose(*cite, app::CitationFormat::Ris);
        QTest::mouseClick(cite->findChild<QPushButton *>("copyCitations"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), cite->text());

        QTemporaryDir dir;
        m_prompts.fileToSave = dir.filePath("papers.ris");
        QTest::mouseClick(cite->findChild<QPushButton *>("saveCitations"), Qt::LeftButton);
        QFile saved(dir.filePath("papers.ris"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), cite->text().toUtf8());
        QVERIFY(m_prompts.warnings.isEmpty());
    }

    void sendToZoteroImportsTheText()
    {
        testsupport::FakeZotero zotero;
        QVERIFY(zotero.start());
        zotero.setResponse("/connector/ping", testsupport::zoteroPingResponse());
        zotero.setResponse("/connector/import", testsupport::zoteroImportResponse(4));
        auto cite = dialog({}, zotero.baseUrl());
        choose(*cite, app::CitationFormat::Bibtex);
        QTest::mouseClick(cite->findChild<QPushButton *>("sendToZotero"), Qt::LeftButton);
        auto *status = cite->findChild<QLabel *>("zoteroStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("imported 4"), 10000);
        QCOMPARE(zotero.requests().size(), 2);
        QCOMPARE(zotero.requests().last().body, cite->text().toUtf8());
    }

    void zoteroNotRunningIsSaidPlainly()
    {
        quint16 closedPort = 0;
        {
            testsupport::FakeZotero gone;
            QVERIFY(gone.start());
            closedPort = static_cast<quint16>(gone.baseUrl().port());
        }
        auto cite = dialog({}, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        QTest::mouseClick(cite->findChild<QPushButton *>("sendToZotero"), Qt::LeftButton);
        auto *status = cite->findChild<QLabel *>("zoteroStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Zotero is not running"), 10000);
        QVERIFY(cite->findChild<QPushButton *>("sendToZotero")->isEnabled()); // can try again
    }

    void copyCitationPutsTheSelectionsPapersOnTheClipboard()
    {
        QSettings().setValue("citations/format", "ris");
        ui::MainWindow window("http://127.0.0.1:9", std::make_unique<testsupport::ScriptedPrompts>());
        QVERIFY(window.openCollection(m_collection->path()));
        window.collectionView()->table()->selectAccessions({"ENCSR200BBB"}, "ENCSR200BBB");
        QApplication::clipboard()->clear();
        window.collectionView()->actions().copyCitation->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 ui::CitationsDialog::citationText(m_collection->repository(), {"ENCSR200BBB"}, false,
                                                   app::CitationFormat::Ris)
                     .value());
        QVERIFY(QApplication::clipboard()->text().startsWith("TY  - JOUR"));
    }

    // An experiment without papers has nothing to cite in any format, though an empty CSL-JSON or JSON
    // file is "[]": the clipboard is left alone and the status bar says why.
    void copyCitationOfExperimentsWithoutPapersCopiesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csl-json") << "csl-json";
        QTest::newRow("json") << "json";
        QTest::newRow("bibtex") << "bibtex";
    }

    void copyCitationOfExperimentsWithoutPapersCopiesNothing()
    {
        QFETCH(QString, format);
        QSettings().setValue("citations/format", format);
        ui::MainWindow window("http://127.0.0.1:9", std::make_unique<testsupport::ScriptedPrompts>());
        QVERIFY(window.openCollection(m_collection->path()));
        window.collectionView()->table()->selectAccessions({"ENCSR300CCC"}, "ENCSR300CCC");
        QApplication::clipboard()->setText("untouched");
        QSignalSpy status(window.collectionView(), &ui::CollectionView::statusMessage);
        window.collectionView()->actions().copyCitation->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("untouched"));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.at(0).at(0).toString().contains("list no publications"));
    }
};

QTEST_MAIN(TestCitationsDialog)
#include "tst_citationsdialog.moc"
