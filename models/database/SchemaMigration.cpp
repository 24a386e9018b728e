#include "models/database/SchemaMigration.h"

#include "models/database/Transaction.h"
#include "models/database/sqlite/SqliteDialect.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace encode::models {
namespace {

// The write lock, waiting out other writers (each attempt waits the busy timeout) until `lockWait`.
Result<std::unique_ptr<Transaction>> takeWriteLock(QSqlDatabase &database, UpgradeProgress progress,
                                                   const UpgradeObserver &observer, std::chrono::milliseconds lockWait)
{
    const QDeadlineTimer deadline(lockWait);
    for (;;) {
        auto transaction = std::make_unique<Transaction>(database);
        if (transaction->isActive())
            return transaction;
        if (!transaction->wasBusy() || deadline.hasExpired())
            return storageFailure(QStringLiteral("cannot start the upgrade to schema version %1: %2")
                                      .arg(progress.version)
                                      .arg(transaction->error()));
        progress.waiting = true;
        if (observer)
            observer(progress);
    }
}

Status runStep(QSqlDatabase &database, const sqlite::MigrationStep &step, UpgradeProgress progress,
               const UpgradeObserver &observer, std::chrono::milliseconds lockWait)
{
    Result<std::unique_ptr<Transaction>> lock = takeWriteLock(database, progress, observer, lockWait);
    if (!lock.ok())
        return lock.failure();
    // Another program may have climbed this step while we waited for the lock.
    const Result<int> current = sqlite::readSchemaVersion(database);
    if (!current.ok())
        return current.failure();
    if (current.value() >= step.version)
        return std::nullopt; // the transaction rolls back: nothing was written

    if (observer)
        observer(progress);
    sqlite::SchemaWriter writer(database, [&](qint64 done, qint64 total) {
        progress.done = done;
        progress.total = total;
        if (observer)
            observer(progress);
    });
    if (Status failed = step.apply(writer))
        return storageFailure(QStringLiteral("upgrade to schema version %1 failed: %2").arg(step.version).arg(failed->message));
    QSqlQuery query(database);
    if (!query.exec(sqlite::setSchemaVersionStatement(step.version)) || !lock.value()->commit())
        return storageFailure(QStringLiteral("cannot record schema version %1: %2")
                                  .arg(step.version)
                                  .arg(lock.value()->error().isEmpty() ? query.lastError().text() : lock.value()->error()));
    return std::nullopt;
}

} // namespace

Status migrate(QSqlDatabase &database, const QList<sqlite::MigrationStep> &steps, const UpgradeObserver &observer,
               std::chrono::milliseconds lockWait)
{
    const int lastVersion = steps.isEmpty() ? 0 : steps.constLast().version;
    for (const sqlite::MigrationStep &step : steps) {
        const Result<int> current = sqlite::readSchemaVersion(database);
        if (!current.ok())
            return current.failure();
        if (current.value() >= step.version)
            continue;
        if (Status failed = runStep(database, step, {step.version, lastVersion, step.summary, 0, 0, false}, observer,
                                    lockWait))
            return failed;
    }
    return std::nullopt;
}

} // namespace encode::models
