#include "UpgradeBackup.h"

#include "database/sqlite/SqliteDialect.h"
#include "database/sqlite/SqliteErrors.h"

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
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM tracked_experiments) OR "
                                   "EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'derived_files' AND "
                                   "EXISTS (SELECT 1 FROM derived_files))"))
        || !query.next())
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
    const QString target = QStringLiteral("%1.before-v%2").arg(path).arg(toVersion);
    if (QFileInfo::exists(target))
        return QString(); // kept already (by another program opening it at the same moment, or before)
    const Result<bool> data = holdsData(database);
    if (!data.ok())
        return data.failure();
    if (!data.value())
        return QString();

    // A name of its own, so that two programs copying at once never write into one file.
    const QString part = QStringLiteral("%1.part-%2").arg(target).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                       QLatin1Char('0'));
    QSqlQuery query(database);
    query.prepare(sqlite::backupStatement());
    query.addBindValue(part);
    if (!query.exec()) {
        const QString reason = sqlite::describeError(query.lastError());
        QFile::remove(part);
        return storageFailure(QStringLiteral("could not keep a copy of it first in %1: %2")
                                  .arg(QDir::toNativeSeparators(target), reason));
    }
    // Another program may have started upgrading between our reading the version and the copy.
    if (versionOfCopy(part) != fromVersion) {
        QFile::remove(part);
        return QString();
    }
    // QFile::rename never replaces: if another program's copy got there first, ours goes.
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        if (QFileInfo::exists(target))
            return QString();
        return storageFailure(QStringLiteral("could not keep a copy of it first in %1").arg(QDir::toNativeSeparators(target)));
    }
    return target;
}

} // namespace encode::models
