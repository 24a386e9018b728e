#include "models/database/sqlite/SchemaWriter.h"

#include "models/database/sqlite/SqliteErrors.h"

#include <QSqlQuery>

#include <algorithm>

namespace encode::models::sqlite {
namespace {

constexpr qint64 rowsPerBlock = 2000;

// What went wrong in words (the caller says which step it was); the SQL is ours and no help to a user.
Failure failed(const QSqlQuery &query)
{
    return storageFailure(describeError(query.lastError()));
}

} // namespace

SchemaWriter::SchemaWriter(QSqlDatabase database, Progress progress)
    : m_database(std::move(database))
    , m_progress(std::move(progress))
{
}

Status SchemaWriter::execute(const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return failed(query);
    return std::nullopt;
}

Result<bool> SchemaWriter::hasColumn(const QString &table, const QString &column)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    if (!query.exec() || !query.next())
        return failed(query);
    return query.value(0).toInt() > 0;
}

Status SchemaWriter::addColumn(const QString &table, const QString &column, const QString &definition)
{
    const Result<bool> present = hasColumn(table, column);
    if (!present.ok())
        return present.failure();
    if (present.value())
        return std::nullopt;
    // Table and column names are our own constants; DDL takes no bound parameters.
    return execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition));
}

Status SchemaWriter::updateInBlocks(const QString &table, const QString &assignments, const QString &condition)
{
    QSqlQuery bounds(m_database);
    const QString boundsSql = QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(table);
    if (!bounds.exec(boundsSql) || !bounds.next())
        return failed(bounds);
    const qint64 lastRow = bounds.value(0).toLongLong();

    // Blocks of rowids rather than "LIMIT n" over the condition: each row is visited once, whatever
    // the condition gives for it afterwards.
    const QString update =
        QStringLiteral("UPDATE %1 SET %2 WHERE rowid > ? AND rowid <= ? AND (%3)").arg(table, assignments, condition);
    QSqlQuery query(m_database);
    if (!query.prepare(update))
        return failed(query);
    // Progress is counted in rowids: monotonic, and close to rows for tables that are rarely pruned.
    for (qint64 first = 0; first < lastRow; first += rowsPerBlock) {
        query.addBindValue(first);
        query.addBindValue(first + rowsPerBlock);
        if (!query.exec())
            return failed(query);
        if (m_progress)
            m_progress(std::min(first + rowsPerBlock, lastRow), lastRow);
    }
    return std::nullopt;
}

} // namespace encode::models::sqlite
