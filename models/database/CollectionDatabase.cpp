#include "models/database/CollectionDatabase.h"

#include "models/database/CollectionFiles.h"
#include "models/database/DatabaseCopy.h"
#include "models/database/UpgradeBackup.h"
#include "models/database/sqlite/SqliteErrors.h"
#include "models/database/sqlite/SqliteSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace encode::models {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("encode-collection-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Whether this process may change the file: the file itself, and its folder, where SQLite creates the
// -wal and -shm files (unless a writer already made them). access(2) answers for this user.
bool isWritablePlace(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const bool fileWritable = !QFileInfo::exists(path) || ::access(file.constData(), W_OK) == 0;
    const bool walWritable = ::access(QFile::encodeName(collectionFiles(path).at(1)).constData(), W_OK) == 0;
    return fileWritable && (::access(folder.constData(), W_OK) == 0 || walWritable);
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
    return open(path, OpenOptions{missing, {}});
}

Result<std::shared_ptr<CollectionDatabase>> CollectionDatabase::open(const QString &path, const OpenOptions &options)
{
    if (path.trimmed().isEmpty())
        return invalidInput(QStringLiteral("no collection file given: expected the path of a .db file"));
    const QFileInfo info(path);
    if (info.isDir())
        return invalidInput(QStringLiteral("%1 is a directory: expected the path of a collection file")
                                .arg(QDir::toNativeSeparators(path)));
    if (info.exists() && !info.isFile())
        return invalidInput(QStringLiteral("%1 is not a regular file (a device or a pipe): expected the path of a "
                                           "collection file")
                                .arg(QDir::toNativeSeparators(path)));
    if (Status refused = checkCollectionPath(info.absoluteFilePath()))
        return *refused;
    if (options.missing == Missing::IsAnError && !info.exists())
        return Failure{Failure::Kind::NotFound, QStringLiteral("there is no collection at %1 (track an experiment "
                                                               "to create one, or check --db / ENCODE_TRACKER_DB)")
                                                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()))};
    if (!QDir().mkpath(info.absolutePath()))
        return storageFailure(QStringLiteral("cannot create the directory %1")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::shared_ptr<CollectionDatabase> collection(
        new CollectionDatabase(info.absoluteFilePath(), uniqueConnectionName()));
    QSqlDatabase::addDatabase(sqlite::driverName(), collection->m_connectionName);
    if (Status failed = collection->connect())
        return *failed;
    if (Status failed = collection->prepare(options))
        return *failed;
    return collection;
}

bool CollectionDatabase::needsUpgrade(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = uniqueConnectionName() + QStringLiteral("-version");
    int version = sqlite::latestSchemaVersion();
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(sqlite::driverName(), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(sqlite::connectOptions(busyTimeoutMs, sqlite::AccessMode::ReadOnly));
        if (probe.open()) {
            const Result<int> read = sqlite::readSchemaVersion(probe);
            if (read.ok())
                version = read.value();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version < sqlite::latestSchemaVersion();
}

Status CollectionDatabase::connect()
{
    // Read-write first; a place this user cannot write is read as it is (see sqlite::AccessMode). A
    // file this user may not write is never opened read-write: in a folder it may write, SQLite would
    // create the -wal and -shm as this user's, and the owner could not write the collection after.
    const QString shownPath = QDir::toNativeSeparators(m_path);
    const bool fileWritable =
        !QFileInfo::exists(m_path) || ::access(QFile::encodeName(m_path).constData(), W_OK) == 0;
    QList<sqlite::AccessMode> modes{sqlite::AccessMode::ReadWrite, sqlite::AccessMode::ReadOnly,
                                    sqlite::AccessMode::Immutable};
    if (!fileWritable)
        modes.removeFirst();
    QString lastError;
    for (const sqlite::AccessMode mode : std::as_const(modes)) {
        // A -wal file means a writer may be at work: only the ordinary read-only mode sees its pages
        // (and without one, that mode would create the -shm this user must not own). A -journal is a
        // write that was interrupted: only a writer can roll it back, and read as it is the file
        // would show uncommitted pages.
        if (mode == sqlite::AccessMode::ReadOnly && !fileWritable && !QFileInfo::exists(collectionFiles(m_path).at(1)))
            continue;
        if (mode == sqlite::AccessMode::Immutable) {
            const QStringList files = collectionFiles(m_path);
            if (QFileInfo::exists(files.at(1)))
                break;
            if (QFileInfo::exists(files.at(3)))
                return storageFailure(QStringLiteral("cannot read %1: a write to it was interrupted (%2 is there), and "
                                                     "only a program that can write the folder can roll it back; open it "
                                                     "once where it can be written")
                                          .arg(shownPath, QDir::toNativeSeparators(files.at(3))));
        }
        QSqlDatabase database = connection();
        database.close();
        database.setDatabaseName(sqlite::databaseName(m_path, mode));
        database.setConnectOptions(sqlite::connectOptions(busyTimeoutMs, mode));
        if (!database.open()) {
            lastError = sqlite::describeError(database.lastError(), m_path);
            continue;
        }
        QSqlQuery probe(database);
        if (probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
            m_mode = mode;
            m_registration = std::make_unique<OpenCollectionRegistration>(m_path);
            return std::nullopt;
        }
        const QSqlError error = probe.lastError();
        if (sqlite::isNotADatabase(error))
            return invalidInput(
                QStringLiteral("%1 is not an ENCODE Tracker collection: it is not an SQLite database").arg(shownPath));
        const sqlite::ErrorKind kind = sqlite::errorKind(error);
        lastError = sqlite::describeError(error, m_path);
        if (kind != sqlite::ErrorKind::ReadOnly && kind != sqlite::ErrorKind::CannotOpen)
            break;
    }
    if (!QFileInfo::exists(m_path))
        return storageFailure(QStringLiteral("cannot create the collection %1: %2").arg(shownPath, lastError));
    return storageFailure(QStringLiteral("cannot read %1: %2").arg(shownPath, lastError));
}

Status CollectionDatabase::prepare(const OpenOptions &options)
{
    QSqlDatabase database = connection();
    const QString shownPath = QDir::toNativeSeparators(m_path);

    // Only reads until the file is known to be ours: a wrong file must come out of this untouched.
    Result<bool> foreign = sqlite::holdsForeignTables(database);
    if (!foreign.ok())
        return foreign.failure();
    if (foreign.value())
        return invalidInput(QStringLiteral("%1 is an SQLite database of another program (it has no "
                                           "tracked_experiments table); choose a collection file or a new "
                                           "file name")
                                .arg(shownPath));
    const Result<QStringList> missing = sqlite::missingExperimentColumns(database);
    if (!missing.ok())
        return missing.failure();
    if (!missing.value().isEmpty())
        return invalidInput(QStringLiteral("%1 is an SQLite database of another program: its tracked_experiments "
                                           "table has no %2 column%3; choose a collection file or a new file name")
                                .arg(shownPath, missing.value().join(QLatin1String(", ")),
                                     missing.value().size() == 1 ? QString() : QStringLiteral("s")));
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
    m_readOnly = m_mode != sqlite::AccessMode::ReadWrite || !isWritablePlace(m_path);
    if (!m_readOnly) {
        const Result<sqlite::JournalOutcome> journal = sqlite::useWriteAheadLog(database, busyTimeoutMs);
        if (!journal.ok())
            return storageFailure(shownPath + QStringLiteral(": ") + journal.failure().message);
        m_readOnly = journal.value() == sqlite::JournalOutcome::ReadOnly;
    }
    if (version.value() < sqlite::latestSchemaVersion())
        return upgrade(version.value(), options);
    return std::nullopt;
}

Status CollectionDatabase::upgrade(int fromVersion, const OpenOptions &options)
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    const int latest = sqlite::latestSchemaVersion();
    if (m_readOnly)
        return storageFailure(QStringLiteral("%1 is read-only, and it needs an upgrade (schema version %2 to %3) "
                                             "before this version of ENCODE Tracker can use it: open it once where "
                                             "it can be written, or copy it to a folder you can write")
                                  .arg(shownPath)
                                  .arg(fromVersion)
                                  .arg(latest));
    QSqlDatabase database = connection();
    if (options.upgradeObserver)
        options.upgradeObserver({fromVersion, latest, QStringLiteral("keeping a copy of the collection as it was"), 0, 0, false});
    const Result<QString> copy = keepCopyBeforeUpgrade(database, m_path, fromVersion, latest);
    if (!copy.ok())
        return storageFailure(QStringLiteral("%1 was not upgraded: %2").arg(shownPath, copy.failure().message));
    if (Status failed = migrate(database, sqlite::migrationSteps(), options.upgradeObserver))
        return storageFailure(shownPath + QStringLiteral(": ") + failed->message);
    // A newer build may have climbed further while this one waited for the lock.
    const Result<int> upgraded = sqlite::readSchemaVersion(database);
    if (!upgraded.ok() || upgraded.value() != latest)
        return storageFailure(QStringLiteral("%1 is at schema version %2 after the upgrade, not %3: another, newer "
                                             "ENCODE Tracker upgraded it meanwhile; update this one to open it")
                                  .arg(shownPath)
                                  .arg(upgraded.ok() ? upgraded.value() : -1)
                                  .arg(latest));
    if (!copy.value().isEmpty())
        m_notices.append(QStringLiteral("upgraded %1 for this version of ENCODE Tracker (schema version %2 to %3; "
                                        "the ENCODE connector tool still reads and writes it); a copy of it as it "
                                        "was is kept in %4")
                             .arg(shownPath)
                             .arg(fromVersion)
                             .arg(latest)
                             .arg(QDir::toNativeSeparators(copy.value())));
    return std::nullopt;
}

Status CollectionDatabase::checkWritable() const
{
    if (!m_readOnly)
        return std::nullopt;
    return storageFailure(QStringLiteral("the collection %1 is read-only (this user cannot write the file or its "
                                         "folder); nothing was changed")
                              .arg(QDir::toNativeSeparators(m_path)));
}

Status CollectionDatabase::backUpTo(const QString &targetPath) const
{
    if (Status refused = checkOutputPath(targetPath, m_path))
        return refused;
    QSqlDatabase database = connection();
    const Result<CopyOutcome> copy = copyDatabase(database, targetPath, ExistingTarget::Replace);
    if (!copy.ok())
        return copy.failure();
    return std::nullopt;
}

} // namespace encode::models
