#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// Everything that only SQLite understands lives in this folder, so that a later PostgreSQL backend
// for shared lab collections replaces these functions and SqliteSchema, and nothing else.
namespace encode::models::sqlite {

// How a connection may use its file. A collection in a place this user cannot write is still read:
// ReadOnly when SQLite can share the -wal and -shm files that are there, Immutable (SQLite's
// "immutable=1": no locks, no journal) when there is no -wal (no writer has it open) and no -journal
// (no interrupted write), which is the only way SQLite reads a WAL-mode file in a read-only folder.
// An immutable connection does not see changes made after it opened; the window says "read-only".
enum class AccessMode { ReadWrite, ReadOnly, Immutable };

// The Qt driver, the name to open (a path, or an SQLite URI for Immutable) and the connect options.
[[nodiscard]] QString driverName();
[[nodiscard]] QString databaseName(const QString &path, AccessMode mode);
[[nodiscard]] QString connectOptions(int busyTimeoutMs, AccessMode mode = AccessMode::ReadWrite);

// Why opening failed: the file is not a database at all (SQLITE_NOTADB), or something else
// (permissions, a read-only file, a lock) that SQLite's message explains.
[[nodiscard]] bool isNotADatabase(const QSqlError &error);

// Starts a write transaction holding the write lock from the start.
[[nodiscard]] QString beginWriteStatement();

// Foreign keys, a busy timeout of `busyTimeoutMs` and synchronous=NORMAL, each read back and checked.
// None of them writes to the file.
[[nodiscard]] Status applyConnectionPragmas(QSqlDatabase &database, int busyTimeoutMs);

// Puts the file in WAL mode (a no-op when it is already). Switching needs a moment of exclusive access,
// so while another connection is busy with the file it tries again until `busyTimeoutMs` has passed.
// Fails with the SQLite error's kind ReadOnly when the file cannot be written (the caller then reads
// it as it is).
enum class JournalOutcome { Wal, ReadOnly };
[[nodiscard]] Result<JournalOutcome> useWriteAheadLog(QSqlDatabase &database, int busyTimeoutMs);

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
// Triggers keep it current for every writer, the original tool included; the assignment fills it once
// for rows written before the column existed.
[[nodiscard]] QStringList auditSummaryTriggers();
[[nodiscard]] QString auditSummaryAssignment();

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
