#include "SchemaMigration.h"

#include "database/Transaction.h"
#include "database/sqlite/SqliteDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace encode::models {
namespace {

Status runStep(QSqlDatabase &database, const sqlite::MigrationStep &step)
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return storageFailure(QStringLiteral("cannot start the upgrade to schema version %1: %2")
                                  .arg(step.version)
                                  .arg(transaction.error()));
    QSqlQuery query(database);
    for (const QString &statement : step.statements) {
        if (!query.exec(statement))
            return storageFailure(QStringLiteral("upgrade to schema version %1 failed: %2")
                                      .arg(step.version)
                                      .arg(query.lastError().text()));
    }
    if (!query.exec(sqlite::setSchemaVersionStatement(step.version)) || !transaction.commit())
        return storageFailure(QStringLiteral("cannot record schema version %1: %2")
                                  .arg(step.version)
                                  .arg(database.lastError().text()));
    return std::nullopt;
}

} // namespace

Status migrate(QSqlDatabase &database, int fromVersion, const QList<sqlite::MigrationStep> &steps)
{
    for (const sqlite::MigrationStep &step : steps) {
        if (step.version <= fromVersion)
            continue;
        if (Status failed = runStep(database, step))
            return failed;
    }
    return std::nullopt;
}

} // namespace encode::models
