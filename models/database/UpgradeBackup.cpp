#include "models/database/UpgradeBackup.h"

#include "models/database/DatabaseCopy.h"
#include "models/database/sqlite/SqliteDialect.h"
#include "models/database/sqlite/SqliteErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace encode::models {
namespace {

// Whether the collection holds anything a user would miss (a new, empty file needs no copy).
Result<bool> holdsData(QSqlDatabase &database)
{
    QSqlQuery query(database);
    const QString sql = QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tracked_experiments')");
    if (!query.exec(sql) || !query.next())
        return storageFailure(sqlite::describeError(query.lastError()));
    if (!query.value(0).toBool())
        return false;
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tracked_experiments)")) || !query.next())
        return storageFailure(sqlite::describeError(query.lastError()));
    if (query.value(0).toBool())
        return true;
    // derived_files may be missing from an old file: SQLite compiles a query naming it only if it exists.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'derived_files'")))
        return storageFailure(sqlite::describeError(query.lastError()));
    if (!query.next())
        return false;
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM derived_files)")) || !query.next())
        return storageFailure(sqlite::describeError(query.lastError()));
    return query.value(0).toBool();
}

// The schema version of a copy, read through a connection of its own (the copy is not the collection).
int versionOfCopy(const QString &path)
{
    const QString name = QStringLiteral("encode-upgrade-copy-%1").arg(QRandomGenerator::global()->generate64());
    int version = -1;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(sqlite::driverName(), name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (copy.open()) {
            const Result<int> read = sqlite::readSchemaVersion(copy);
            version = read.ok() ? read.value() : -1;
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

Result<QString> keepCopyBeforeUpgrade(QSqlDatabase &database, const QString &path, int fromVersion, int toVersion)
{
    // "<file>.before-v3"; when that name holds something else (a copy of another version, a stray
    // file), "<file>.before-v3.2" and so on. A copy of this version there means it was kept already
    // (by another program opening it at the same moment, or before).
    QString target = QStringLiteral("%1.before-v%2").arg(path).arg(toVersion);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n) {
        if (QFileInfo(target).isFile() && !QFileInfo(target).isSymLink() && versionOfCopy(target) == fromVersion)
            return QString();
        target = QStringLiteral("%1.before-v%2.%3").arg(path).arg(toVersion).arg(n);
    }
    const Result<bool> data = holdsData(database);
    if (!data.ok())
        return data.failure();
    if (!data.value())
        return QString();
    // Another program may have started upgrading between our reading the version and the copy.
    const Result<CopyOutcome> copy = copyDatabase(database, target, ExistingTarget::Keep,
                                                  [fromVersion](const QString &part) { return versionOfCopy(part) == fromVersion; });
    if (!copy.ok())
        return copy.failure();
    return copy.value().made ? target : QString();
}

} // namespace encode::models
