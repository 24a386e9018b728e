#pragma once

#include "models/core/Result.h"

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

// While it lives, the database file at `path` counts as a collection this process has open, whatever
// name it is reached by later (even after its folder is renamed): CollectionDatabase holds one.
class OpenCollectionRegistration final {
public:
    explicit OpenCollectionRegistration(const QString &path);
    ~OpenCollectionRegistration();
    OpenCollectionRegistration(const OpenCollectionRegistration &) = delete;
    OpenCollectionRegistration &operator=(const OpenCollectionRegistration &) = delete;

private:
    quint64 m_id;
};

// Whether `path` is one of collectionFiles(databasePath), or a file of any collection this process
// has open.
[[nodiscard]] bool isCollectionFile(const QString &path, const QString &databasePath);

// The collection file a connection is on (its database name, without the URI a read-only
// connection uses).
[[nodiscard]] QString collectionPathOf(const QSqlDatabase &database);

// Where a user asked us to write: refused (InvalidInput, naming the path and what to do instead) when
// it is one of the open collection's files, any SQLite database or a file SQLite keeps beside one
// (somebody's collection: an export or a backup never replaces one), or a folder. `databasePath` may
// be empty when no collection is open.
[[nodiscard]] Status checkOutputPath(const QString &path, const QString &databasePath);

// A file a user asked us to read or hash: refused when it is one of the open collection's files.
[[nodiscard]] Status checkInputPath(const QString &path, const QString &databasePath);

// A path given as a collection to open: refused when it names a file SQLite keeps beside a database
// (tracker.db-wal): SQLite would open it as a database of its own, beside the real one.
[[nodiscard]] Status checkCollectionPath(const QString &path);

} // namespace encode::models
