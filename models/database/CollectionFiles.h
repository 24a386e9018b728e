#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The rule that keeps a collection alive while it is open: nothing in this process but SQLite opens
// the collection's files. POSIX advisory locks belong to the process, and closing ANY descriptor of a
// file drops every lock the process holds on it (SQLite's "How To Corrupt An SQLite Database File",
// section 2.2). After that, another program that closes the collection thinks it is the last one and
// deletes the -wal and -shm files, and this process's later writes go into a deleted file.
//
// So every path a user hands us (an output to write, a file to read or hash, a backup target) is
// checked here first, by name and by device and inode (links and other spellings are the same file),
// without opening it.
namespace encode::models {

// The files SQLite keeps for the collection at `databasePath`: the database, and its -wal, -shm and
// -journal files (which may not exist at the moment).
[[nodiscard]] QStringList collectionFiles(const QString &databasePath);

// Whether `path` is one of collectionFiles(databasePath).
[[nodiscard]] bool isCollectionFile(const QString &path, const QString &databasePath);

// The collection file a connection is on (its database name, without the URI a read-only
// connection uses).
[[nodiscard]] QString collectionPathOf(const QSqlDatabase &database);

// Where a user asked us to write: refused (InvalidInput, naming the path and what to do instead) when
// it is one of the open collection's files, any existing SQLite database (somebody's collection: an
// export or a backup never replaces one), or a folder. FIFOs and devices are fine (they are written
// into, never replaced). `databasePath` may be empty when no collection is open.
[[nodiscard]] Status checkOutputPath(const QString &path, const QString &databasePath);

// A file a user asked us to read or hash: refused when it is one of the open collection's files.
[[nodiscard]] Status checkInputPath(const QString &path, const QString &databasePath);

} // namespace encode::models
