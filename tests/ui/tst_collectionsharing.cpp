// The window and the command line on one collection at once, as the README promises: pipelines write
// through the CLI while the app is open. A file dialog listing the collection's folder must not cost
// the window its SQLite locks (the CLI then deleted the WAL under the window, whose later writes went
// into a deleted file and never reached the disk).
#include "ui/MainWindow.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "ui/common/FileDialogs.h"
#include "models/itemmodels/CollectionChangeWatcher.h"
#include "tests/support/CliRunner.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/TestCollection.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace encode;
using testsupport::CliRun;

namespace {

CliRun runTracker(const QStringList &arguments)
{
    return testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
}

// PRAGMA integrity_check on a connection of its own.
QString integrityOf(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            verdict = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return verdict;
}

// Shows the app's file dialog on `place` (a folder, or a file to suggest) and lets it list the folder
// and work out every file's icon and type (which is when Qt's default icon provider reads files),
// then cancels it.
bool showFileDialogOn(QWidget *parent, const QString &place, const QStringList &names,
                      ui::FileDialogMode mode = ui::FileDialogMode::Open)
{
    const QString folder = QFileInfo(place).isDir() ? place : QFileInfo(place).absolutePath();
    QFileDialog *dialog = ui::createFileDialog(parent, mode, QStringLiteral("Choose"), place, QStringLiteral("All files (*)"));
    dialog->open();
    auto *model = dialog->findChild<QFileSystemModel *>();
    bool listed = model != nullptr;
    const QDeadlineTimer deadline(10000);
    for (const QString &name : names) {
        // The type column is filled in once the model's gathering thread has looked at the file.
        const auto typeOf = [&] { return model->index(folder + QLatin1Char('/') + name, 2).data().toString(); };
        while (listed && typeOf().isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        listed = listed && !typeOf().isEmpty();
    }
    QTest::qWait(200);
    dialog->reject();
    delete dialog;
    return listed;
}

} // namespace

class TestCollectionSharing final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(QStringLiteral("http://127.0.0.1:9"),
                                                       std::make_unique<testsupport::ScriptedPrompts>());
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aFileDialogOnTheCollectionsFolderKeepsItsLocks_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("place"); // relative to the collection's folder; "" is the folder
        QTest::newRow("Open, on the folder") << int(ui::FileDialogMode::Open) << "";
        // File > New Collection suggests ~/collection.db, Export the last file written: a dialog that
        // suggests an existing file selects it as it opens.
        QTest::newRow("Save, suggesting the collection") << int(ui::FileDialogMode::Save) << "tracker.db";
        QTest::newRow("Save, suggesting its WAL") << int(ui::FileDialogMode::Save) << "tracker.db-wal";
        QTest::newRow("Open, suggesting the collection") << int(ui::FileDialogMode::Open) << "tracker.db";
    }

    void aFileDialogOnTheCollectionsFolderKeepsItsLocks()
    {
        QFETCH(int, mode);
        QFETCH(QString, place);
        QTemporaryDir dir;
        const QString path = dir.filePath("tracker.db");
        {
            auto created = models::CollectionDatabase::open(path);
            QVERIFY(created.ok());
            QVERIFY(models::CollectionRepository(created.value()->connection()).save(testsupport::sampleRecord("ENCSR111AAA"), {}).ok());
        }
        auto window = makeWindow();
        QVERIFY(window->openCollection(path));
        const auto windowSide = [&window] { return models::CollectionRepository(window->collectionView()->connection()); };
        QVERIFY(!windowSide().setNotes("ENCSR111AAA", "the window was here")); // the -wal and -shm exist now

        QVERIFY2(showFileDialogOn(window.get(), place.isEmpty() ? dir.path() : dir.filePath(place),
                                  {"tracker.db", "tracker.db-wal", "tracker.db-shm"}, ui::FileDialogMode(mode)),
                 "the dialog did not list the collection's files");

        // A pipeline writes and exits; as the last user it would delete the WAL if our locks were gone.
        QCOMPARE(runTracker({"notes", "ENCSR111AAA", "from the pipeline", "--db", path}).exitCode, 0);
        QVERIFY(!windowSide().setNotes("ENCSR111AAA", "from the window, after the dialog"));
        const CliRun read = runTracker({"notes", "ENCSR111AAA", "--db", path});
        QCOMPARE(read.out, QStringLiteral("from the window, after the dialog\n"));

        window.reset();
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    }

    void theWindowAndTheCommandLineWorkOnOneFileForAWhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("tracker.db");
        QStringList accessions;
        {
            auto created = models::CollectionDatabase::open(path);
            QVERIFY(created.ok());
            models::CollectionRepository repository(created.value()->connection());
            for (int i = 0; i < 20; ++i) {
                accessions.append(QStringLiteral("ENCSR%1AAA").arg(i, 3, 10, QLatin1Char('0')));
                QVERIFY(repository.save(testsupport::sampleRecord(accessions.last()), {}).ok());
            }
        }
        auto window = makeWindow();
        QVERIFY(window->openCollection(path));
        ui::CollectionTableView *table = window->collectionView()->table();
        auto *watcher = window->collectionView()->findChild<models::CollectionChangeWatcher *>();
        QVERIFY(watcher);
        const auto windowSide = [&window] { return models::CollectionRepository(window->collectionView()->connection()); };

        // For a few seconds: the command line notes, links and untracks experiments 10..19 while the
        // window writes notes on 0..9, follows the changes, and once shows a file dialog.
        QElapsedTimer clock;
        clock.start();
        int round = 0;
        while (clock.elapsed() < 4000 || round < 10) {
            const QString theirs = accessions.at(10 + round % 10);
            const QString ours = accessions.at(round % 10);
            QCOMPARE(runTracker({"notes", theirs, QStringLiteral("cli %1").arg(round), "--db", path}).exitCode, 0);
            QCOMPARE(runTracker({"link", theirs, "pmid", QString::number(1000 + round), "--db", path}).exitCode, 0);
            QVERIFY(!windowSide().setNotes(ours, QStringLiteral("window %1").arg(round)));
            watcher->check();
            if (round == 3)
                QVERIFY(showFileDialogOn(window.get(), dir.path(), {"tracker.db-wal"}));
            ++round;
        }
        QCOMPARE(runTracker({"untrack", accessions.at(19), "--db", path}).exitCode, 0);
        watcher->check();
        QCOMPARE(table->model()->rowCount(), 19);

        // Every write of both sides is on disk, seen by a program that opens the file afresh.
        const CliRun ours = runTracker({"notes", accessions.at((round - 1) % 10), "--db", path});
        QCOMPARE(ours.out, QStringLiteral("window %1\n").arg(round - 1));
        int lastNoted = round - 1; // the last round whose experiment is still tracked (19 went)
        while (lastNoted % 10 == 9)
            --lastNoted;
        const auto theirs = windowSide().notes(accessions.at(10 + lastNoted % 10));
        QVERIFY2(theirs.ok(), theirs.ok() ? "" : qPrintable(theirs.failure().message));
        QCOMPARE(theirs.value(), QStringLiteral("cli %1").arg(lastNoted));
        const CliRun refs = runTracker({"refs", "--type", "pmid", "--format", "json", "--db", path});
        QCOMPARE(refs.exitCode, 0);
        int linked = 0;
        for (const QJsonValue reference : refs.json().value("references").toArray()) {
            const int id = reference.toObject().value("reference_id").toString().toInt();
            linked += id >= 1000 && id < 1000 + round ? 1 : 0;
        }
        int expected = 0;
        for (int r = 0; r < round; ++r)
            expected += r % 10 == 9 ? 0 : 1; // the links of the untracked experiment went with it
        QCOMPARE(linked, expected);
        window.reset();
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestCollectionSharing)
#include "tst_collectionsharing.moc"
