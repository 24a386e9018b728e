#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

// Everything that only SQLite understands lives in this folder, so that a later PostgreSQL backend
// for shared lab collections replaces these functions and SqliteSchema, and nothing else.
namespace encode::models::sqlite {

// WAL, foreign keys, a busy timeout of `busyTimeoutMs` and synchronous=NORMAL, each read back and checked.
[[nodiscard]] Status applyConnectionPragmas(QSqlDatabase &database, int busyTimeoutMs);

// Reads the header; fails on a file that is not an SQLite database, without writing to it.
[[nodiscard]] Result<int> readSchemaVersion(QSqlDatabase &database);
[[nodiscard]] QString setSchemaVersionStatement(int version);

// Whether the file holds tables of some other program (and so must not be turned into a collection).
[[nodiscard]] Result<bool> holdsForeignTables(QSqlDatabase &database);

// Insert or update one tracked experiment. Binds, in order: the 20 columns of tracked_experiments
// (notes last), then whether the given notes replace stored ones (1) or stored notes are kept (0).
// tracked_at is kept on update; audit_summary is cleared, to be refreshed by
// refreshAuditSummaryStatement() in the same transaction.
[[nodiscard]] QString upsertExperimentStatement();

// The audit_summary column holds {"ERROR": n, "WARNING": m, ...} counted from raw_metadata's "audit",
// so the collection table shows and sorts audit flags without parsing large JSON documents per row.
// Fills audit_summary where it is missing (rows written by the original tool, which does not know it).
[[nodiscard]] QString backfillAuditSummaryStatement();
// Recomputes audit_summary of the bound accession (the upsert clears it).
[[nodiscard]] QString refreshAuditSummaryStatement();

// Insert an external reference unless the same (experiment, type, id) is already linked.
[[nodiscard]] QString insertReferenceIfNewStatement();

// A subquery with columns (accession, n): how many derived files name each source accession,
// matched exactly on the elements of the JSON array, never by substring.
[[nodiscard]] QString derivedFileCountsSubquery();

// "<column> IN (...)" for a list bound as one JSON array of strings (no limit on the list's length).
[[nodiscard]] QString inJsonArrayClause(const QString &column);

// Derived files whose JSON array of sources holds exactly the bound accession.
[[nodiscard]] QString derivedFilesNamingSourceCondition();

// "SELECT ... WHERE ... LIKE ? ESCAPE '\'" pattern for a case-insensitive substring match.
[[nodiscard]] QString containsPattern(const QString &text);
[[nodiscard]] QString likeClause(const QString &column);

// PRAGMA data_version: changes when another connection commits to the file; -1 on error.
[[nodiscard]] qint64 dataVersion(const QSqlDatabase &database);

// A consistent copy of the open collection at `targetPath` while it is in use.
[[nodiscard]] QString backupStatement();

} // namespace encode::models::sqlite
