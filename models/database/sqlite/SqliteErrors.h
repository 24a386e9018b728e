#pragma once

#include <QSqlError>
#include <QString>

// What SQLite's result codes mean to a person. Qt's driver enables SQLite's extended result codes,
// so QSqlError::nativeErrorCode() holds e.g. "776" (SQLITE_READONLY_ROLLBACK); the primary code is
// its low byte.
namespace encode::models::sqlite {

enum class ErrorKind {
    Other,
    Busy,       // SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock past the busy timeout
    ReadOnly,   // SQLITE_READONLY: the file, or its folder, cannot be written by this process
    CannotOpen, // SQLITE_CANTOPEN: a file SQLite needs (the -wal, -shm or journal) cannot be made
    DiskFull,   // SQLITE_FULL
    Damaged,    // SQLITE_CORRUPT / SQLITE_NOTADB
    InputOutput,// SQLITE_IOERR
    ForeignKey, // SQLITE_CONSTRAINT_FOREIGNKEY: a row refers to an experiment that is not (any longer) tracked
};

[[nodiscard]] ErrorKind errorKind(const QSqlError &error);

// The error in words a user can act on, ending with SQLite's own text for the details; never empty.
// `path` names the collection file (may be empty).
[[nodiscard]] QString describeError(const QSqlError &error, const QString &path = {});

} // namespace encode::models::sqlite
