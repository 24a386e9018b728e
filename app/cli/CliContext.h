#pragma once

#include "models/core/Result.h"
#include "models/database/CollectionDatabase.h"
#include "app/portal/PortalSettings.h"

#include <QTextStream>

#include <memory>

namespace encode::app::cli {

// Exit statuses of every command.
enum ExitCode : int { Success = 0, Failed = 1, Usage = 2 };

// What every command shares: the global options, the output streams, and the collection, opened
// only when a command needs it (so a usage error never touches the file).
class CliContext final {
public:
    CliContext(QString databasePath, QString portalUrl, QTextStream &out, QTextStream &err);

    // Commands that only read or change what is there pass Missing::IsAnError, so a mistyped --db
    // never leaves an empty collection behind. Commands that write pass Access::Write, and are told
    // before any work when the collection is read-only.
    enum class Access { Read, Write };
    [[nodiscard]] models::Result<std::shared_ptr<models::CollectionDatabase>>
    database(models::CollectionDatabase::Missing missing = models::CollectionDatabase::Missing::Create,
             Access access = Access::Read);
    [[nodiscard]] models::Result<PortalSettings> portalSettings() const;
    // The collection file the command works on (--db, $ENCODE_TRACKER_DB or the default), open or not.
    [[nodiscard]] QString collectionPath() const;

    // Prints "encode-tracker: <message>" on stderr and returns the exit status for its kind.
    int fail(const models::Failure &failure);
    int usageError(const QString &message);

    QTextStream &out;
    QTextStream &err;

private:
    [[nodiscard]] models::Result<std::shared_ptr<models::CollectionDatabase>>
    openDatabase(models::CollectionDatabase::Missing missing);

    QString m_databasePath;
    QString m_portalUrl;
    std::shared_ptr<models::CollectionDatabase> m_database;
};

} // namespace encode::app::cli
