#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Everything that only SQLite understands lives in this folder, so that a later PostgreSQL backend
// for shared lab collections replaces these functions and SqliteSchema, and nothing else.
namespace encode::models::sqlite {

// The Qt driver and its connect options: the busy timeout in milliseconds.
[[nodiscard]] QString driverName();
[[nodiscard]] QString connectOptions(int busyTimeoutMs);

// Why opening failed: the file is not a database at all (SQLITE_NOTADB), or something else
// (permissions, a read-only file, a lock) that SQLite's message explains.
[[nodiscard]] bool isNotADatabase(const QSqlError &error);

// An SQLite error in words a user can act on: a full disk (SQLITE_FULL, also what a size limit gives)
// is named as such; anything else is SQLite's own text, never empty.
[[nodiscard]] QString describeError(const QSqlError &error);

// Starts a write transaction holding the write lock from the start.
[[nodiscard]] QString beginWriteStatement();

// WAL, foreign keys, a busy timeout of `busyTimeoutMs` and synchronous=NORMAL, each read back and checked.
[[nodiscard]] Status applyConnectionPragmas(QSqlDatabase &database, int busyTimeoutMs);

// Reads the header; fails on a file that is not an SQLite database, without writing to it.
[[nodiscard]] Result<int> readSchemaVersion(QSqlDatabase &database);
[[nodiscard]] QString setSchemaVersionStatement(int version);

// Whether the file holds tables of some other program (and so must not be turned into a collection).
[[nodiscard]] Result<bool> holdsForeignTables(QSqlDatabase &database);

// Insert or update one tracked experiment. Binds, in order: the 20 columns of tracked_experiments
// (notes last), then whether the given notes replace stored ones (1) or stored notes are kept (0).
// tracked_at is kept on update.
[[nodiscard]] QString upsertExperimentStatement();

// The audit_summary column holds {"ERROR": n, "WARNING": m, ...} counted from raw_metadata's "audit",
// so the collection table shows and sorts audit flags without parsing large JSON documents per row.
// Triggers keep it current for every writer, the original tool included; the backfill fills it once
// for rows written before the column existed.
[[nodiscard]] QStringList auditSummaryTriggers();
[[nodiscard]] QString backfillAuditSummaryStatement();

// Insert an external reference unless the same (experiment, type, id) is already linked.
[[nodiscard]] QString insertReferenceIfNewStatement();

// "<column> IN (...)" for a list bound as one JSON array of strings (no limit on the list's length).
[[nodiscard]] QString inJsonArrayClause(const QString &column);

// Derived files whose JSON array of sources holds exactly the bound accession.
[[nodiscard]] QString derivedFilesNamingSourceCondition();
// Derived files naming at least one accession that `accessionSelect` (a sub-SELECT of one column) returns.
[[nodiscard]] QString derivedFilesNamingAnyOfCondition(const QString &accessionSelect);

// "SELECT ... WHERE ... LIKE ? ESCAPE '\'" pattern for a case-insensitive substring match.
[[nodiscard]] QString containsPattern(const QString &text);
[[nodiscard]] QString likeClause(const QString &column);

// PRAGMA data_version: changes when another connection commits to the file; -1 on error.
[[nodiscard]] qint64 dataVersion(const QSqlDatabase &database);

// A consistent copy of the open collection at `targetPath` while it is in use.
[[nodiscard]] QString backupStatement();

} // namespace encode::models::sqlite
