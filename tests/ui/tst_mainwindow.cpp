// The desktop window end to end, offscreen: opening collections, the table, filters, details, notes,
// untrack with confirmation, copy for spreadsheets, and changes made by another process.
#include "ui/MainWindow.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "ui/common/UserPrompts.h"
#include "ui/details/DetailsPane.h"
#include "models/itemmodels/CollectionChangeWatcher.h"
#include "models/database/sqlite/SqliteSchema.h"
#include "tests/support/FakePortal.h"
#include "tests/support/OriginalToolFile.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/TestCollection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>
#include <QTest>

using namespace encode;

namespace {

using testsupport::ScriptedPrompts;

void seed(const testsupport::TestCollection &collection)
{
    models::CollectionRepository repository = collection.repository();
    int i = 0;
    for (const char *accession : {"ENCSR001AAA", "ENCSR002AAA", "ENCSR003AAA"}) {
        models::SaveOptions options;
        options.now = ++i;
        QVERIFY(repository.save(testsupport::sampleRecord(accession, i == 2 ? "DNase-seq" : "TF ChIP-seq"), options).ok());
    }
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    ScriptedPrompts *m_prompts = nullptr;

    std::unique_ptr<ui::MainWindow> makeWindow(const QString &portalUrl = QStringLiteral("http://127.0.0.1:9"))
    {
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        auto window = std::make_unique<ui::MainWindow>(portalUrl, std::move(prompts));
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active; keyboard shortcuts may not reach it");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void showsTheCollectionWithDetails()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        ui::CollectionTableView *table = window->collectionView()->table();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->currentAccession(), QStringLiteral("ENCSR003AAA")); // newest first, selected
        auto *details = window->findChild<ui::DetailsPane *>();
        QVERIFY(details);
        QCOMPARE(details->accession(), QStringLiteral("ENCSR003AAA"));
        QVERIFY(window->statusBar()->findChild<QLabel *>("countsLabel")->text().contains("3 experiments"));
    }

    void textFilterNarrowsTheTable()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        auto *text = window->findChild<QLineEdit *>("textFilter");
        QVERIFY(text);
        window->collectionView()->actions().findInCollection->trigger();
        QTest::keyClicks(text, "dnase");
        QTRY_COMPARE(window->collectionView()->table()->model()->rowCount(), 1);
        QVERIFY(window->statusBar()->findChild<QLabel *>("countsLabel")->text().contains("1 of 3"));
        window->collectionView()->actions().clearFilters->trigger();
        QCOMPARE(window->collectionView()->table()->model()->rowCount(), 3);
    }

    void untrackAsksFirst()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        ui::CollectionTableView *table = window->collectionView()->table();
        table->selectAccessions({"ENCSR001AAA", "ENCSR002AAA"}, "ENCSR001AAA");
        m_prompts->answer = false;
        window->collectionView()->actions().untrack->trigger();
        QCOMPARE(m_prompts->asked.size(), 1);
        QVERIFY(m_prompts->asked.first().contains("2 experiments"));
        QCOMPARE(table->model()->rowCount(), 3);

        m_prompts->answer = true;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(collection.scalar("SELECT COUNT(*) FROM publications").toInt(), 1);
    }

    void notesAreSaved()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        m_prompts->notesToEnter = "check peaks\nagainst GRCh38";
        window->collectionView()->actions().editNotes->trigger();
        QCOMPARE(m_prompts->asked, QStringList{"ENCSR003AAA"});
        QCOMPARE(collection.repository().notes("ENCSR003AAA").value(), QStringLiteral("check peaks\nagainst GRCh38"));
        QCOMPARE(window->collectionView()->table()->currentAccession(), QStringLiteral("ENCSR003AAA"));
    }

    void copyGivesSpreadsheetFlavours()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        window->collectionView()->table()->selectAccessions({"ENCSR001AAA", "ENCSR003AAA"}, "ENCSR003AAA");
        window->collectionView()->actions().copy->trigger();
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data);
        const QStringList lines = data->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + two rows, in table order
        QVERIFY(lines.at(1).startsWith("ENCSR003AAA\t"));
        QVERIFY(lines.at(2).startsWith("ENCSR001AAA\t"));
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().contains("ENCSR001AAA"));
    }

    void followsChangesMadeByAnotherProcess()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        ui::CollectionTableView *table = window->collectionView()->table();
        table->selectAccessions({"ENCSR002AAA"}, "ENCSR002AAA");

        auto other = models::CollectionDatabase::open(collection.path());
        QVERIFY(other.ok());
        QVERIFY(models::CollectionRepository(other.value()->connection()).untrack("ENCSR003AAA").value());
        auto *watcher = window->collectionView()->findChild<models::CollectionChangeWatcher *>();
        QVERIFY(watcher);
        watcher->check();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->selectedAccessions(), QStringList{"ENCSR002AAA"});
        QCOMPARE(table->currentAccession(), QStringLiteral("ENCSR002AAA"));
    }

    void refreshFromThePortalUpdatesTheSelection()
    {
        testsupport::FakePortal portal;
        QVERIFY(portal.start());
        QVERIFY(portal.loadFixtures(testsupport::fixtureDirectory()) > 10);
        testsupport::TestCollection collection;
        QVERIFY(collection.repository().save(testsupport::sampleRecord("ENCSR100AAA"), {}).ok());
        QVERIFY(collection.repository().setNotes("ENCSR100AAA", "keep me") == std::nullopt);
        auto window = makeWindow(portal.baseUrl().toString());
        QVERIFY(window->openCollection(collection.path()));
        window->collectionView()->table()->selectAccessions({"ENCSR100AAA"}, "ENCSR100AAA");
        window->collectionView()->actions().refreshFromPortal->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(collection.scalar("SELECT description FROM tracked_experiments").toString(),
                                  QStringLiteral("CTCF ChIP-seq on human HepG2 cells (fixture)"), 15000);
        QCOMPARE(collection.repository().notes("ENCSR100AAA").value(), QStringLiteral("keep me"));
        QTRY_COMPARE(collection.scalar("SELECT COUNT(*) FROM publications").toInt(), 2);
        QVERIFY(portal.requestCount("/search/") >= 1);
        QVERIFY(m_prompts->warnings.isEmpty());
    }

    void anOldCollectionIsUpgradedWhileTheWindowKeepsPainting()
    {
        // The original tool's file with 30,000 experiments: a copy is kept, every row is rewritten.
        QTemporaryDir dir;
        const QString path = dir.filePath("tracker.db");
        QVERIFY(testsupport::writeOriginalToolFile(path, 30000));
        auto window = makeWindow();
        // While the upgrade works, the event loop runs and the progress dialog is up: seen from a timer.
        bool progressSeen = false;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            const auto *dialog = window->findChild<QProgressDialog *>("upgradeProgress");
            progressSeen = progressSeen || (dialog && dialog->isVisible());
        });
        watcher.start(10);
        QVERIFY(window->openCollection(path));
        watcher.stop();
        QVERIFY2(progressSeen, "no progress was shown while the window's event loop ran during the upgrade");
        QVERIFY(!window->findChild<QProgressDialog *>("upgradeProgress")); // gone when done
        QCOMPARE(window->collectionView()->table()->model()->rowCount(), 30001);
        QCOMPARE(m_prompts->asked.size(), 1);
        QVERIFY2(m_prompts->asked.first().contains(path + ".before-v"), qPrintable(m_prompts->asked.first()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-v%1").arg(models::sqlite::latestSchemaVersion())));
        // Said once: opening it again has nothing to tell.
        QVERIFY(window->openCollection(path));
        QCOMPARE(m_prompts->asked.size(), 1);
    }

    void aFileThatIsNotACollectionIsRefusedAndTheCurrentOneStays()
    {
        testsupport::TestCollection collection;
        seed(collection);
        auto window = makeWindow();
        QVERIFY(window->openCollection(collection.path()));
        QTemporaryDir dir;
        QFile notes(dir.filePath("notes.db"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("plain text\n");
        notes.close();
        QVERIFY(!window->openCollection(notes.fileName()));
        QCOMPARE(m_prompts->warnings.size(), 1);
        QVERIFY(m_prompts->warnings.first().contains("not an SQLite database"));
        QCOMPARE(window->collectionPath(), QFileInfo(collection.path()).absoluteFilePath());
        QCOMPARE(window->collectionView()->table()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
