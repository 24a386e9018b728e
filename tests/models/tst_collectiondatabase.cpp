// The collection file: creation, pragmas, the exact schema, the upgrade of the original tool's files,
// and the refusal (without modification) of files that are not ours.
#include "models/database/CollectionDatabase.h"
#include "models/database/SchemaMigration.h"
#include "models/database/SqlQuery.h"
#include "models/database/sqlite/SqliteSchema.h"
#include "tests/support/OriginalToolFile.h"
#include "tests/support/TestCollection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace encode;
using encode::testsupport::fileBytes;
using encode::testsupport::originalToolStatements;
using encode::testsupport::writeRawDatabase;

namespace {

// "name type" for every column of a table, in order.
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QStringList columns;
    while (query.next())
        columns.append(query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString());
    return columns;
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0).toString();
}

} // namespace

class TestCollectionDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsDirectoryAndFile()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QVERIFY(QFileInfo::exists(collection.path()));
    }

    void connectionPragmasAreSet()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        const QSqlDatabase db = collection.database()->connection();
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1"));
        QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 5000);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), models::sqlite::latestSchemaVersion());
    }

    void tablesHaveExactlyTheSpecifiedColumns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("tracked_experiments")
            << QStringLiteral("tracked_experiments")
            << QStringList{"accession TEXT", "assay_title TEXT", "target TEXT", "biosample_summary TEXT",
                           "organism TEXT", "organ TEXT", "biosample_type TEXT", "status TEXT", "date_released TEXT",
                           "description TEXT", "lab TEXT", "award TEXT", "assembly TEXT", "replication_type TEXT",
                           "life_stage TEXT", "url TEXT", "raw_metadata TEXT", "tracked_at REAL", "updated_at REAL",
                           "notes TEXT", /* ours, added in version 2: */ "audit_summary TEXT"};
        QTest::newRow("publications") << QStringLiteral("publications")
                                      << QStringList{"id INTEGER", "experiment_accession TEXT", "pmid TEXT", "doi TEXT",
                                                     "title TEXT", "authors TEXT", "journal TEXT", "year TEXT",
                                                     "abstract TEXT"};
        QTest::newRow("pipeline_info") << QStringLiteral("pipeline_info")
                                       << QStringList{"id INTEGER", "experiment_accession TEXT", "pipeline_title TEXT",
                                                      "pipeline_version TEXT", "software_list TEXT",
                                                      "analysis_status TEXT"};
        QTest::newRow("quality_metrics") << QStringLiteral("quality_metrics")
                                         << QStringList{"id INTEGER", "experiment_accession TEXT", "file_accession TEXT",
                                                        "metric_type TEXT", "metric_data TEXT"};
        QTest::newRow("derived_files") << QStringLiteral("derived_files")
                                       << QStringList{"id INTEGER", "file_path TEXT", "source_accessions TEXT",
                                                      "description TEXT", "created_at REAL", "file_type TEXT",
                                                      "tool_used TEXT", "parameters TEXT", "notes TEXT",
                                                      /* ours, added in version 3: */ "file_size INTEGER",
                                                      "sha256 TEXT", "file_modified_at REAL"};
        QTest::newRow("external_references")
            << QStringLiteral("external_references")
            << QStringList{"id INTEGER", "experiment_accession TEXT", "reference_type TEXT", "reference_id TEXT",
                           "description TEXT", "linked_at REAL"};
    }

    void tablesHaveExactlyTheSpecifiedColumns()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QCOMPARE(columnsOf(collection.database()->connection(), table), columns);
    }

    void indexesExist()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QSqlQuery query(collection.database()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT tbl_name || '(' || group_concat(name) || ')' FROM ("
                                          "SELECT m.tbl_name, i.name FROM sqlite_master AS m, "
                                          "pragma_index_info(m.name) AS i WHERE m.type = 'index' AND m.sql IS NOT NULL) "
                                          "GROUP BY tbl_name, name")));
        QStringList indexed;
        while (query.next())
            indexed.append(query.value(0).toString());
        for (const char *expected :
             {"publications(experiment_accession)", "pipeline_info(experiment_accession)",
              "quality_metrics(experiment_accession)", "derived_files(source_accessions)",
              "external_references(experiment_accession)", "external_references(reference_type)",
              "tracked_experiments(assay_title)", "tracked_experiments(organism)", "tracked_experiments(organ)"}) {
            QVERIFY2(indexed.contains(QLatin1String(expected)), expected);
        }
    }

    void originalToolFileIsUpgradedWithEveryRowKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        QVERIFY(writeRawDatabase(path, originalToolStatements()));

        auto opened = models::CollectionDatabase::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.failure().message));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), models::sqlite::latestSchemaVersion());

        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT notes, tracked_at, description FROM tracked_experiments")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("my old notes"));
        QCOMPARE(query.value(1).toDouble(), 1600000000.5);
        QCOMPARE(query.value(2).toString(), QStringLiteral("old row"));
        for (const char *table : {"publications", "pipeline_info", "quality_metrics", "derived_files",
                                  "external_references"}) {
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() == 1, table);
        }
        // The original tool's own insert names its columns, so it still works after version 3 added the
        // fingerprint columns; its rows simply have none.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO derived_files (file_path, source_accessions, description, "
                                          "created_at, file_type, tool_used, parameters) "
                                          "VALUES ('x.bed', '[\"ENCSR000EDP\"]', '', 1, '', '', '')")));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM derived_files WHERE file_size IS NULL AND sha256 IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        // Audit flags were summarised for the old rows too.
        QVERIFY(query.exec(QStringLiteral("SELECT audit_summary FROM tracked_experiments")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"ERROR\":1}"));
        // No index twice: the tool's three on tracked_experiments plus ours on tracked_at.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                          "tbl_name = 'tracked_experiments' AND sql IS NOT NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 4);
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tracker.db"));
        { QVERIFY(models::CollectionDatabase::open(path).ok()); }
        auto again = models::CollectionDatabase::open(path);
        QVERIFY(again.ok());
        QCOMPARE(pragma(again.value()->connection(), QStringLiteral("user_version")).toInt(),
                 models::sqlite::latestSchemaVersion());
    }

    void refusesFilesThatAreNotCollections_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedMessagePart");
        QTest::newRow("text file") << QByteArray("accession,notes\nENCSR000EDP,hello\n")
                                   << QStringLiteral("not an SQLite database");
        QTest::newRow("binary junk") << QByteArray(4096, '\x7f') << QStringLiteral("not an SQLite database");
    }

    void refusesFilesThatAreNotCollections()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedMessagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        auto opened = models::CollectionDatabase::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.failure().kind, models::Failure::Kind::InvalidInput);
        QVERIFY2(opened.failure().message.contains(expectedMessagePart), qPrintable(opened.failure().message));
        QVERIFY(opened.failure().message.contains(path));
        QCOMPARE(fileBytes(path), content);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void refusesNewerSchemaWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        QStringList statements = originalToolStatements();
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(models::sqlite::latestSchemaVersion() + 5));
        QVERIFY(writeRawDatabase(path, statements));
        const QByteArray before = fileBytes(path);

        auto opened = models::CollectionDatabase::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.failure().message.contains(QStringLiteral("newer")), qPrintable(opened.failure().message));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesAnotherProgramsDatabase_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("other tables") << QStringList{"CREATE TABLE photos (id INTEGER, path TEXT)",
                                                     "INSERT INTO photos VALUES (1, '/a.jpg')"};
        // A table of our name with other columns is not ours either (nor half of ours).
        QTest::newRow("a tracked_experiments of its own") << QStringList{"CREATE TABLE tracked_experiments (accession TEXT)",
                                                                         "INSERT INTO tracked_experiments VALUES ('x')"};
    }

    void refusesAnotherProgramsDatabase()
    {
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.db"));
        QVERIFY(writeRawDatabase(path, statements));
        const QByteArray before = fileBytes(path);
        auto opened = models::CollectionDatabase::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.failure().message.contains(QStringLiteral("another program")), qPrintable(opened.failure().message));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // not even put in WAL mode
    }

    void missingFileIsAnErrorWhenAskedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/none.db"));
        auto opened = models::CollectionDatabase::open(path, models::CollectionDatabase::Missing::IsAnError);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.failure().kind, models::Failure::Kind::NotFound);
        QVERIFY(opened.failure().message.contains(QStringLiteral("no collection")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
    }

    void refusesTheFilesSqliteKeepsBesideACollection()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString companion = collection.path() + QLatin1String(suffix);
            QVERIFY(QFileInfo::exists(companion));
            const QByteArray before = fileBytes(companion);
            auto opened = models::CollectionDatabase::open(companion);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.failure().kind, models::Failure::Kind::InvalidInput);
            QVERIFY2(opened.failure().message.contains("open " + collection.path() + " instead"),
                     qPrintable(opened.failure().message));
            QCOMPARE(fileBytes(companion).size(), before.size());
        }
    }

    void refusesADirectory()
    {
        QTemporaryDir dir;
        auto opened = models::CollectionDatabase::open(dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.failure().kind, models::Failure::Kind::InvalidInput);
    }

    void failedMigrationStepLeavesThePreviousVersion()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QSqlDatabase db = collection.database()->connection();
        const int current = models::sqlite::latestSchemaVersion();
        const auto statements = [](QStringList sql) {
            return [sql](models::sqlite::SchemaWriter &writer) -> models::Status {
                for (const QString &statement : sql) {
                    if (models::Status failed = writer.execute(statement))
                        return failed;
                }
                return std::nullopt;
            };
        };
        const QList<models::sqlite::MigrationStep> ladder{
            {current + 1, "a step that works", statements({QStringLiteral("CREATE TABLE added_by_step (x TEXT)")})},
            {current + 2, "a step that fails",
             statements({QStringLiteral("CREATE TABLE half_done (x TEXT)"), QStringLiteral("THIS IS NOT SQL")})},
        };
        const models::Status failed = models::migrate(db, ladder);
        QVERIFY(failed.has_value());
        QVERIFY(failed->message.contains(QString::number(current + 2)));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), current + 1);
        QCOMPARE(collection.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'added_by_step'")).toInt(), 1);
        QCOMPARE(collection.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'")).toInt(), 0);
    }

    void sqliteErrorsAreToldInWords()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QSqlQuery query(collection.database()->connection());

        // A reference to an experiment that is not tracked (any more).
        models::Status failed = models::execute(
            query, QStringLiteral("INSERT INTO external_references (experiment_accession, reference_type, reference_id) "
                                  "VALUES ('ENCSR404AAA', 'pmid', '1')"),
            {}, QStringLiteral("linking"));
        QVERIFY(failed.has_value());
        QVERIFY2(failed->message.contains("no longer in the collection"), qPrintable(failed->message));

        // Another connection holds the write lock past our (short) busy timeout.
        auto other = models::CollectionDatabase::open(collection.path());
        QVERIFY(other.ok());
        QSqlQuery lock(other.value()->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        failed = models::execute(query, QStringLiteral("UPDATE tracked_experiments SET notes = 'x'"), {},
                                 QStringLiteral("saving notes"));
        QVERIFY(failed.has_value());
        QVERIFY2(failed->message.startsWith("saving notes: the collection is busy"), qPrintable(failed->message));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));

        // A connection that may only read.
        const QString name = QStringLiteral("read-only-check");
        {
            QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            readOnly.setDatabaseName(collection.path());
            readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(readOnly.open());
            QSqlQuery write(readOnly);
            failed = models::execute(write, QStringLiteral("DELETE FROM tracked_experiments"), {}, QStringLiteral("untracking"));
            QVERIFY(failed.has_value());
            QVERIFY2(failed->message.contains("is read-only") && failed->message.contains("nothing was changed"),
                     qPrintable(failed->message));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void defaultPathFollowsTheEnvironment()
    {
        const QByteArray saved = qgetenv("ENCODE_TRACKER_DB");
        qputenv("ENCODE_TRACKER_DB", "/tmp/somewhere/else.db");
        QCOMPARE(models::defaultCollectionPath(), QStringLiteral("/tmp/somewhere/else.db"));
        qunsetenv("ENCODE_TRACKER_DB");
        QCOMPARE(models::defaultCollectionPath(), QDir::homePath() + QStringLiteral("/.encode_connector/tracker.db"));
        qputenv("ENCODE_TRACKER_DB", saved);
    }

    void backupIsAConsistentCopy()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        models::CollectionRepository repository = collection.repository();
        QVERIFY(repository.save(testsupport::sampleRecord(QStringLiteral("ENCSR111AAA")), {}).ok());
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(!collection.database()->backUpTo(copy).has_value());
        auto reopened = models::CollectionDatabase::open(copy);
        QVERIFY(reopened.ok());
        QVERIFY(models::CollectionRepository(reopened.value()->connection()).isTracked(QStringLiteral("ENCSR111AAA")).value());
    }

    void aBackupNeverReplacesADatabase()
    {
        testsupport::TestCollection collection;
        QVERIFY2(collection.isOpen(), qPrintable(collection.openError()));
        QVERIFY(collection.repository().save(testsupport::sampleRecord(QStringLiteral("ENCSR111AAA")), {}).ok());
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older-backup.db"));
        QVERIFY(!collection.database()->backUpTo(older).has_value());
        const QByteArray olderBytes = fileBytes(older);
        for (const QString &target : QStringList{collection.path(), collection.path() + QStringLiteral("-wal"), older}) {
            const models::Status refused = collection.database()->backUpTo(target);
            QVERIFY(refused.has_value());
            QCOMPARE(refused->kind, models::Failure::Kind::InvalidInput);
            QVERIFY2(refused->message.contains(target), qPrintable(refused->message));
        }
        QCOMPARE(fileBytes(older), olderBytes);
        QVERIFY(collection.repository().isTracked(QStringLiteral("ENCSR111AAA")).value());
        // A file that is not a database is replaced whole, and no part file stays behind.
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a database") > 0);
        file.close();
        QVERIFY(!collection.database()->backUpTo(text).has_value());
        QVERIFY(fileBytes(text).startsWith("SQLite format 3"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCollectionDatabase)
#include "tst_collectiondatabase.moc"
