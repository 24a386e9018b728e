#pragma once

#include "models/core/Result.h"
#include "models/database/CollectionFiles.h"
#include "models/database/SchemaMigration.h"
#include "models/database/sqlite/SqliteDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace encode::models {

// One open collection file: a named QSqlDatabase connection owned by the thread that opened it, with
// the pragmas checked and the schema migrated. Open one per thread; Qt forbids sharing connections.
//
// Nothing else in the process may open the collection's files (the database and its -wal, -shm and
// -journal): closing any other descriptor of a file drops every POSIX lock this process holds on it,
// SQLite's included, and a second process then deletes the WAL under our feet (see
// database/CollectionFiles.h for the checks every reader and writer of user-chosen paths makes).
class CollectionDatabase final {
public:
    enum class Missing { Create, IsAnError };

    struct OpenOptions {
        // Commands that only read must not leave an empty collection behind a mistyped path.
        Missing missing = Missing::Create;
        // Called on the opening thread while an upgrade of an older file runs.
        UpgradeObserver upgradeObserver;
    };

    // Creates the directory and the file when missing (unless that is an error). Refuses, without
    // modifying the file, anything that is not an SQLite database, another program's database, or a
    // schema newer than we know. A file this user cannot write is opened read-only (isReadOnly()).
    // An older file is upgraded, after a copy of it as it was is kept beside it (see notices()).
    [[nodiscard]] static Result<std::shared_ptr<CollectionDatabase>> open(const QString &path,
                                                                         Missing missing = Missing::Create);
    [[nodiscard]] static Result<std::shared_ptr<CollectionDatabase>> open(const QString &path,
                                                                         const OpenOptions &options);

    // Whether opening the file at `path` would upgrade it (read through a read-only SQLite connection
    // of its own; false for a file that is not there or not a collection: open() says what is wrong).
    [[nodiscard]] static bool needsUpgrade(const QString &path);

    ~CollectionDatabase();
    CollectionDatabase(const CollectionDatabase &) = delete;
    CollectionDatabase &operator=(const CollectionDatabase &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    // Reading works; every write fails with a message that says the collection is read-only.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Empty when the collection can be written; otherwise that failure, naming the file. Front ends
    // ask before work that ends in a write (a track run fetches nothing for a read-only collection).
    [[nodiscard]] Status checkWritable() const;
    // What this open did that the user should hear about once (an upgrade, the copy kept before it).
    [[nodiscard]] QStringList notices() const { return m_notices; }

    // A consistent copy of the collection while it stays open (for backups), made by SQLite itself.
    // Refused, naming the path, for the collection's own files and for any SQLite database (an older
    // backup, another collection: a backup never replaces one); another file there is replaced whole.
    [[nodiscard]] Status backUpTo(const QString &targetPath) const;

    static constexpr int busyTimeoutMs = 5000;

private:
    CollectionDatabase(QString path, QString connectionName);
    [[nodiscard]] Status connect();
    [[nodiscard]] Status prepare(const OpenOptions &options);
    [[nodiscard]] Status upgrade(int fromVersion, const OpenOptions &options);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<OpenCollectionRegistration> m_registration; // see database/CollectionFiles.h
    sqlite::AccessMode m_mode = sqlite::AccessMode::ReadWrite;
    bool m_readOnly = false;
    QStringList m_notices;
};

// ~/.encode_connector/tracker.db, or ENCODE_TRACKER_DB when set.
[[nodiscard]] QString defaultCollectionPath();

} // namespace encode::models
