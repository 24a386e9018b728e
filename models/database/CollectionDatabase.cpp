#include "CollectionDatabase.h"

#include "database/SchemaMigration.h"
#include "database/sqlite/SqliteDialect.h"
#include "database/sqlite/SqliteSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace encode::models {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("encode-collection-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString defaultCollectionPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ENCODE_TRACKER_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::homePath() + QStringLiteral("/.encode_connector/tracker.db");
}

CollectionDatabase::CollectionDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

CollectionDatabase::~CollectionDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CollectionDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::shared_ptr<CollectionDatabase>> CollectionDatabase::open(const QString &path, Missing missing)
{
    if (path.trimmed().isEmpty())
        return invalidInput(QStringLiteral("no collection file given: expected the path of a .db file"));
    const QFileInfo info(path);
    if (info.isDir())
        return invalidInput(QStringLiteral("%1 is a directory: expected the path of a collection file")
                                .arg(QDir::toNativeSeparators(path)));
    if (missing == Missing::IsAnError && !info.exists())
        return Failure{Failure::Kind::NotFound, QStringLiteral("there is no collection at %1 (track an experiment "
                                                               "to create one, or check --db / ENCODE_TRACKER_DB)")
                                                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    if (!QDir().mkpath(info.absolutePath()))
        return storageFailure(QStringLiteral("cannot create the directory %1")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::shared_ptr<CollectionDatabase> collection(
        new CollectionDatabase(info.absoluteFilePath(), uniqueConnectionName()));
    QSqlDatabase database = QSqlDatabase::addDatabase(sqlite::driverName(), collection->m_connectionName);
    database.setDatabaseName(collection->m_path);
    database.setConnectOptions(sqlite::connectOptions(busyTimeoutMs));
    if (!database.open())
        return storageFailure(QStringLiteral("cannot open %1: %2")
                                  .arg(QDir::toNativeSeparators(path), database.lastError().text()));
    if (Status failed = collection->prepare())
        return *failed;
    return collection;
}

Status CollectionDatabase::prepare()
{
    QSqlDatabase database = connection();
    const QString shownPath = QDir::toNativeSeparators(m_path);

    // Only reads until the file is known to be ours: a wrong file must come out of this untouched.
    {
        QSqlQuery probe(database);
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
            if (sqlite::isNotADatabase(probe.lastError()))
                return invalidInput(
                    QStringLiteral("%1 is not an ENCODE Tracker collection: it is not an SQLite database").arg(shownPath));
            return storageFailure(QStringLiteral("cannot read %1: %2").arg(shownPath, probe.lastError().text()));
        }
    } // the probe's read must end before the journal mode can change
    Result<bool> foreign = sqlite::holdsForeignTables(database);
    if (!foreign.ok())
        return foreign.failure();
    if (foreign.value())
        return invalidInput(QStringLiteral("%1 is an SQLite database of another program (it has no "
                                           "tracked_experiments table); choose a collection file or a new "
                                           "file name")
                                .arg(shownPath));
    Result<int> version = sqlite::readSchemaVersion(database);
    if (!version.ok())
        return storageFailure(shownPath + QStringLiteral(": ") + version.failure().message);
    if (version.value() > sqlite::latestSchemaVersion())
        return invalidInput(QStringLiteral("%1 was written by a newer ENCODE Tracker (schema version %2; this "
                                           "version reads up to %3). Update the app to open it.")
                                .arg(shownPath)
                                .arg(version.value())
                                .arg(sqlite::latestSchemaVersion()));

    if (Status failed = sqlite::applyConnectionPragmas(database, busyTimeoutMs))
        return storageFailure(shownPath + QStringLiteral(": ") + failed->message);
    if (Status failed = migrate(database, version.value()))
        return storageFailure(shownPath + QStringLiteral(": ") + failed->message);
    return std::nullopt;
}

Status CollectionDatabase::backUpTo(const QString &targetPath) const
{
    QSqlQuery query(connection());
    query.prepare(sqlite::backupStatement());
    query.addBindValue(targetPath);
    if (!query.exec())
        return storageFailure(QStringLiteral("cannot back up to %1: %2")
                                  .arg(QDir::toNativeSeparators(targetPath), query.lastError().text()));
    return std::nullopt;
}

} // namespace encode::models
