#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace encode::models {

// One open collection file: a named QSqlDatabase connection owned by the thread that opened it, with
// the pragmas checked and the schema migrated. Open one per thread; Qt forbids sharing connections.
class CollectionDatabase final {
public:
    enum class Missing { Create, IsAnError };

    // Creates the directory and the file when missing (unless `missing` says that is an error: commands
    // that only read must not leave an empty collection behind a mistyped path). Refuses, without
    // modifying the file, anything that is not an SQLite database, another program's database, or a
    // schema newer than we know.
    [[nodiscard]] static Result<std::shared_ptr<CollectionDatabase>> open(const QString &path,
                                                                         Missing missing = Missing::Create);

    ~CollectionDatabase();
    CollectionDatabase(const CollectionDatabase &) = delete;
    CollectionDatabase &operator=(const CollectionDatabase &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }

    // A consistent copy of the collection while it stays open (for backups).
    [[nodiscard]] Status backUpTo(const QString &targetPath) const;

    static constexpr int busyTimeoutMs = 5000;

private:
    CollectionDatabase(QString path, QString connectionName);
    [[nodiscard]] Status prepare();

    QString m_path;
    QString m_connectionName;
};

// ~/.encode_connector/tracker.db, or ENCODE_TRACKER_DB when set.
[[nodiscard]] QString defaultCollectionPath();

} // namespace encode::models
