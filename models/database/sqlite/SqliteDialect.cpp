#include "models/database/sqlite/SqliteDialect.h"

#include "models/database/sqlite/SqliteErrors.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace encode::models::sqlite {
namespace {

Result<QVariant> pragmaValue(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement))
        return storageFailure(QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text()));
    if (!query.next())
        return storageFailure(QStringLiteral("%1 returned nothing").arg(statement));
    return query.value(0);
}

Status expectPragma(QSqlDatabase &database, const QString &statement, const QString &expected)
{
    Result<QVariant> value = pragmaValue(database, statement);
    if (!value.ok())
        return value.failure();
    if (value.value().toString().compare(expected, Qt::CaseInsensitive) != 0)
        return storageFailure(QStringLiteral("%1 answered '%2', expected '%3'")
                                  .arg(statement, value.value().toString(), expected));
    return std::nullopt;
}

// {"ERROR": n, ...} from a raw_metadata column; '{}' for damaged JSON.
QString auditSummaryExpression(const QString &rawMetadataSql)
{
    return QStringLiteral("(CASE WHEN json_valid(%1) THEN (SELECT json_group_object(key, json_array_length(value)) "
                          "FROM json_each(%1, '$.audit') WHERE type = 'array') ELSE '{}' END)")
        .arg(rawMetadataSql);
}

} // namespace

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QString databaseName(const QString &path, AccessMode mode)
{
    if (mode != AccessMode::Immutable)
        return path;
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    return uri.toString(QUrl::FullyEncoded);
}

QString connectOptions(int busyTimeoutMs, AccessMode mode)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode != AccessMode::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (mode == AccessMode::Immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("26"); // SQLITE_NOTADB
}

QString beginWriteStatement()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Status applyConnectionPragmas(QSqlDatabase &database, int busyTimeoutMs)
{
    const QString timeout = QString::number(busyTimeoutMs);
    QSqlQuery query(database);
    for (const char *statement : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QLatin1String(statement)))
            return storageFailure(QStringLiteral("%1 failed: %2")
                                      .arg(QLatin1String(statement), query.lastError().text()));
    }
    if (Status s = expectPragma(database, QStringLiteral("PRAGMA busy_timeout = ") + timeout, timeout))
        return s;
    if (Status s = expectPragma(database, QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")))
        return s;
    // synchronous reads back as a number: NORMAL is 1.
    return expectPragma(database, QStringLiteral("PRAGMA synchronous"), QStringLiteral("1"));
}

Result<JournalOutcome> useWriteAheadLog(QSqlDatabase &database, int busyTimeoutMs)
{
    const QDeadlineTimer deadline(busyTimeoutMs);
    const QString statement = QStringLiteral("PRAGMA journal_mode = WAL");
    for (;;) {
        QSqlQuery query(database);
        if (query.exec(statement) && query.next()) {
            const QString mode = query.value(0).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
                return JournalOutcome::Wal;
            return storageFailure(QStringLiteral("%1 answered '%2', expected 'wal'").arg(statement, mode));
        }
        const ErrorKind kind = errorKind(query.lastError());
        if (kind == ErrorKind::ReadOnly || kind == ErrorKind::CannotOpen)
            return JournalOutcome::ReadOnly;
        // SQLite does not wait for the busy handler here: another connection opening the file at the
        // same moment makes the switch fail at once with "database is locked".
        if (kind != ErrorKind::Busy || deadline.hasExpired())
            return storageFailure(QStringLiteral("%1 failed: %2").arg(statement, describeError(query.lastError())));
        query.finish();
        QThread::msleep(20);
    }
}

Result<int> readSchemaVersion(QSqlDatabase &database)
{
    Result<QVariant> value = pragmaValue(database, QStringLiteral("PRAGMA user_version"));
    if (!value.ok())
        return value.failure();
    return value.value().toInt();
}

QString setSchemaVersionStatement(int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

Result<bool> holdsForeignTables(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral(
            "SELECT SUM(name = 'tracked_experiments'), COUNT(*) FROM sqlite_master "
            "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
        || !query.next())
        return storageFailure(QStringLiteral("cannot read the list of tables: ") + query.lastError().text());
    const bool hasOurTable = query.value(0).toInt() > 0;
    const int tableCount = query.value(1).toInt();
    return tableCount > 0 && !hasOurTable;
}

QString auditSummaryAssignment()
{
    return QStringLiteral("audit_summary = ") + auditSummaryExpression(QStringLiteral("raw_metadata"));
}

QStringList auditSummaryTriggers()
{
    const QString update = QStringLiteral("UPDATE tracked_experiments SET audit_summary = %1 WHERE accession = NEW.accession;")
                               .arg(auditSummaryExpression(QStringLiteral("NEW.raw_metadata")));
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_summary_on_insert AFTER INSERT ON tracked_experiments "
                       "BEGIN %1 END")
            .arg(update),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_summary_on_update AFTER UPDATE OF raw_metadata ON "
                       "tracked_experiments BEGIN %1 END")
            .arg(update),
    };
}

QString upsertExperimentStatement()
{
    return QStringLiteral(R"(
        INSERT INTO tracked_experiments (accession, assay_title, target, biosample_summary, organism, organ,
            biosample_type, status, date_released, description, lab, award, assembly, replication_type,
            life_stage, url, raw_metadata, tracked_at, updated_at, notes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(accession) DO UPDATE SET
            assay_title = excluded.assay_title, target = excluded.target,
            biosample_summary = excluded.biosample_summary, organism = excluded.organism,
            organ = excluded.organ, biosample_type = excluded.biosample_type, status = excluded.status,
            date_released = excluded.date_released, description = excluded.description,
            lab = excluded.lab, award = excluded.award, assembly = excluded.assembly,
            replication_type = excluded.replication_type, life_stage = excluded.life_stage,
            url = excluded.url, raw_metadata = excluded.raw_metadata, updated_at = excluded.updated_at,
            notes = CASE WHEN ? THEN excluded.notes ELSE tracked_experiments.notes END)");
}

QString insertReferenceIfNewStatement()
{
    return QStringLiteral(
        "INSERT INTO external_references (experiment_accession, reference_type, reference_id, description, "
        "linked_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(experiment_accession, reference_type, reference_id) DO NOTHING");
}

QString inJsonArrayClause(const QString &column)
{
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

QString derivedFilesNamingSourceCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(source_accessions) "
                          "THEN source_accessions ELSE '[]' END) WHERE value = ?)");
}

QString derivedFilesNamingAnyOfCondition(const QString &accessionSelect)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(source_accessions) "
                          "THEN source_accessions ELSE '[]' END) WHERE value IN (%1))")
        .arg(accessionSelect);
}

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString likeClause(const QString &column)
{
    // SQLite's LIKE ignores case for ASCII letters, which covers the Portal's vocabularies.
    return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column);
}

qint64 dataVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString backupStatement()
{
    return QStringLiteral("VACUUM INTO ?");
}

} // namespace encode::models::sqlite
