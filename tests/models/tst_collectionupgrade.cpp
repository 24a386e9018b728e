// Upgrading a collection of an older schema: two programs at once, a file an older build left half
// upgraded, the copy kept before the upgrade, progress, and first opens of a new file racing.
#include "models/database/CollectionDatabase.h"
#include "models/database/sqlite/SqliteSchema.h"
#include "tests/support/OriginalToolFile.h"
#include "tests/support/TestCollection.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace encode;
using testsupport::writeOriginalToolFile;
using testsupport::writeRawDatabase;

namespace {

// One value of a query on a connection of its own, opened after everything else is closed.
QVariant valueOf(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("check-") + QString::number(QRandomGenerator::global()->generate());
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Opens `path` from `count` threads at the same moment (each thread its own connection, as separate
// programs would); the failures' messages, empty when every open succeeded.
QStringList openAtOnce(const QString &path, int count)
{
    QSemaphore ready;
    QSemaphore go;
    QStringList failures;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&] {
            ready.release();
            go.acquire();
            auto opened = models::CollectionDatabase::open(path);
            if (!opened.ok()) {
                QMutexLocker lock(&mutex);
                failures.append(opened.failure().message);
            }
        }));
        threads.back()->start();
    }
    ready.acquire(count);
    go.release(count);
    for (auto &thread : threads)
        thread->wait();
    return failures;
}

} // namespace

class TestCollectionUpgrade final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void programsUpgradingAtOnceUpgradeOnce()
    {
        // The old runner read user_version once and ran every step: the slower of two programs then
        // failed on "duplicate column name: audit_summary", and rewound the version for good.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("tracker.db"));
            QVERIFY(writeOriginalToolFile(path, 3000));
            const QStringList failures = openAtOnce(path, 4);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

            QCOMPARE(valueOf(path, QStringLiteral("PRAGMA user_version")).toInt(), models::sqlite::latestSchemaVersion());
            QCOMPARE(valueOf(path, QStringLiteral("SELECT COUNT(*) FROM tracked_experiments")).toInt(), 3001);
            QCOMPARE(valueOf(path, QStringLiteral("SELECT COUNT(*) FROM tracked_experiments WHERE audit_summary IS NULL"))
                         .toInt(),
                     0);
            QCOMPARE(valueOf(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // One copy of the file as it was, whoever made it; no half-written copies left behind.
            const QStringList beside = QDir(dir.path()).entryList({QStringLiteral("tracker.db.*")}, QDir::Files);
            QCOMPARE(beside, QStringList{QStringLiteral("tracker.db.before-v%1").arg(models::sqlite::latestSchemaVersion())});
            QVERIFY(models::CollectionDatabase::open(path).ok());
        }
    }

    void firstOpensOfANewFileAtOnce()
    {
        // Switching a new file to WAL needs a moment alone with it; the other opener retries instead
        // of failing with "PRAGMA journal_mode = WAL failed: database is locked".
        for (int round = 0; round < 10; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new/tracker.db"));
            const QStringList failures = openAtOnce(path, 4);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
            QCOMPARE(valueOf(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".before-v3"))); // nothing to keep a copy of
        }
    }

    void aHalfUpgradedFileIsRepaired()
    {
        // What the old race left: version 1, with columns of versions 2 and 3 already added.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QStringList statements = testsupport::originalToolStatements();
        statements += {QStringLiteral("ALTER TABLE tracked_experiments ADD COLUMN audit_summary TEXT"),
                       QStringLiteral("ALTER TABLE derived_files ADD COLUMN file_size INTEGER DEFAULT NULL"),
                       QStringLiteral("PRAGMA user_version = 1")};
        QVERIFY(writeRawDatabase(path, statements));

        auto opened = models::CollectionDatabase::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.failure().message));
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), models::sqlite::latestSchemaVersion());
        QVERIFY(query.exec(QStringLiteral("SELECT audit_summary FROM tracked_experiments")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"ERROR\":1}"));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('derived_files') "
                                          "WHERE name IN ('file_size', 'sha256', 'file_modified_at')"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void aCopyIsKeptBeforeTheFirstUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QVERIFY(writeOriginalToolFile(path));
        const QString copy = path + QStringLiteral(".before-v%1").arg(models::sqlite::latestSchemaVersion());

        {
            auto opened = models::CollectionDatabase::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.failure().message));
            const QStringList notices = opened.value()->notices();
            QCOMPARE(notices.size(), 1);
            QVERIFY2(notices.first().contains(copy) && notices.first().contains("schema version 0"),
                     qPrintable(notices.first()));
        }
        // The copy is the file as it was: the original tool's version, its rows, no new columns.
        QCOMPARE(valueOf(copy, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(valueOf(copy, QStringLiteral("SELECT notes FROM tracked_experiments")).toString(),
                 QStringLiteral("my old notes"));
        QCOMPARE(valueOf(copy, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('tracked_experiments') "
                                              "WHERE name = 'audit_summary'"))
                     .toInt(),
                 0);
        // Said once: the next open has nothing to say.
        auto again = models::CollectionDatabase::open(path);
        QVERIFY(again.ok());
        QVERIFY(again.value()->notices().isEmpty());
    }

    void aStrayFileUnderTheCopysNameGetsANumberedCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QVERIFY(writeOriginalToolFile(path));
        const QString taken = path + QStringLiteral(".before-v%1").arg(models::sqlite::latestSchemaVersion());
        QFile stray(taken);
        QVERIFY(stray.open(QIODevice::WriteOnly) && stray.write("not a copy") > 0);
        stray.close();
        auto opened = models::CollectionDatabase::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.failure().message));
        QCOMPARE(opened.value()->notices().size(), 1);
        QVERIFY2(opened.value()->notices().first().contains(taken + ".2"), qPrintable(opened.value()->notices().first()));
        QCOMPARE(valueOf(taken + ".2", QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(testsupport::fileBytes(taken), QByteArray("not a copy"));
    }

    void aKilledCopysPartIsRemovedByTheNext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QVERIFY(writeOriginalToolFile(path));
        // What a process killed while SQLite wrote the copy leaves: its part, under a process id that
        // no longer runs (the highest a Linux pid can be is below 2^22).
        const QString part = path + QStringLiteral(".before-v%1.part-4194304-0000abcd").arg(models::sqlite::latestSchemaVersion());
        QFile abandoned(part);
        QVERIFY(abandoned.open(QIODevice::WriteOnly) && abandoned.write(QByteArray(4096, 'x')) > 0);
        abandoned.close();
        QVERIFY(models::CollectionDatabase::open(path).ok());
        QVERIFY(!QFileInfo::exists(part));
    }

    void upgradeReportsProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QVERIFY(writeOriginalToolFile(path, 9000));
        QList<models::UpgradeProgress> reports;
        models::CollectionDatabase::OpenOptions options;
        options.upgradeObserver = [&reports](const models::UpgradeProgress &progress) { reports.append(progress); };
        QVERIFY(models::CollectionDatabase::open(path, options).ok());

        QVERIFY(reports.size() > 3);
        QCOMPARE(reports.constLast().lastVersion, models::sqlite::latestSchemaVersion());
        qint64 lastDone = 0;
        int rowReports = 0;
        for (const models::UpgradeProgress &progress : std::as_const(reports)) {
            QVERIFY(!progress.summary.isEmpty());
            if (progress.version != 2 || progress.total == 0)
                continue;
            QVERIFY(progress.done >= lastDone && progress.done <= progress.total);
            lastDone = progress.done;
            ++rowReports;
        }
        QVERIFY2(rowReports >= 4, "the audit backfill of 9,000 rows reports as it goes");
    }
};

QTEST_GUILESS_MAIN(TestCollectionUpgrade)
#include "tst_collectionupgrade.moc"
