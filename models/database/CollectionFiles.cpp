#include "models/database/CollectionFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QUrl>

#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace encode::models {
namespace {

struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

// stat(2) follows links, so a link to the collection and a hard link of it are the collection.
std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{info.st_dev, info.st_ino};
}

// The database files this process has open, by identity (CollectionDatabase registers each).
struct OpenCollections {
    QMutex mutex;
    std::map<quint64, FileIdentity> byId;
    quint64 nextId = 1;
};

OpenCollections &openCollections()
{
    static OpenCollections registry;
    return registry;
}

bool isOpenCollection(const std::optional<FileIdentity> &identity)
{
    if (!identity)
        return false;
    OpenCollections &registry = openCollections();
    const QMutexLocker lock(&registry.mutex);
    for (const auto &entry : registry.byId) {
        if (entry.second == *identity)
            return true;
    }
    return false;
}

// The absolute path with its folder resolved (the file itself may not exist yet), for comparing
// places by name.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

// The database a -wal, -shm or -journal name belongs to; empty for other names.
QString databaseOfCompanion(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return path.chopped(static_cast<qsizetype>(qstrlen(suffix)));
    }
    return {};
}

// The first bytes of a file that is not a collection this process has open (the callers check that
// first): an SQLite database starts with "SQLite format 3\0", a WAL file with 0x377f0682 or 0x377f0683.
bool startsLikeSqlite(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    char header[16] = {};
    const ssize_t read = ::read(descriptor, header, sizeof header);
    ::close(descriptor);
    const QByteArray bytes(header, read > 0 ? read : 0);
    return bytes == QByteArray("SQLite format 3", 16) || bytes.startsWith(QByteArray("\x37\x7f\x06\x82", 4))
        || bytes.startsWith(QByteArray("\x37\x7f\x06\x83", 4));
}

Failure refused(const QString &path, const QString &why)
{
    return invalidInput(QStringLiteral("refused %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

QStringList collectionFiles(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

OpenCollectionRegistration::OpenCollectionRegistration(const QString &path)
{
    OpenCollections &registry = openCollections();
    const QMutexLocker lock(&registry.mutex);
    m_id = registry.nextId++;
    if (const std::optional<FileIdentity> identity = identityOf(path))
        registry.byId.emplace(m_id, *identity);
}

OpenCollectionRegistration::~OpenCollectionRegistration()
{
    OpenCollections &registry = openCollections();
    const QMutexLocker lock(&registry.mutex);
    registry.byId.erase(m_id);
}

bool isCollectionFile(const QString &path, const QString &databasePath)
{
    if (path.isEmpty())
        return false;
    const std::optional<FileIdentity> target = identityOf(path);
    if (isOpenCollection(target))
        return true;
    const QString companionOf = databaseOfCompanion(path);
    if (!companionOf.isEmpty() && isOpenCollection(identityOf(companionOf)))
        return true;
    if (databasePath.isEmpty())
        return false;
    const QString targetPlace = placeOf(path);
    for (const QString &file : collectionFiles(databasePath)) {
        if (target && target == identityOf(file))
            return true;
        if (placeOf(file) == targetPlace)
            return true;
    }
    return false;
}

QString collectionPathOf(const QSqlDatabase &database)
{
    const QString name = database.databaseName();
    return name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
}

Status checkOutputPath(const QString &path, const QString &databasePath)
{
    if (path.trimmed().isEmpty())
        return invalidInput(QStringLiteral("no file name given: expected the path of the file to write"));
    if (isCollectionFile(path, databasePath))
        return refused(path, QStringLiteral("it is the open collection %1 (or one of the files SQLite keeps "
                                            "beside it); writing there would destroy it: choose another file name")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    if (QFileInfo(path).isDir())
        return refused(path, QStringLiteral("it is a folder: expected a file name"));
    const QString companionOf = databaseOfCompanion(path);
    if (startsLikeSqlite(path) || (!companionOf.isEmpty() && startsLikeSqlite(companionOf)))
        return refused(path, QStringLiteral("it is an SQLite database (perhaps a collection) or one of the files "
                                            "SQLite keeps beside one, and an output never replaces those: choose a "
                                            "new file name"));
    return std::nullopt;
}

Status checkInputPath(const QString &path, const QString &databasePath)
{
    if (isCollectionFile(path, databasePath))
        return refused(path, QStringLiteral("it is the open collection %1 (or one of the files SQLite keeps beside "
                                            "it), which only SQLite may open while it is in use")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    return std::nullopt;
}

Status checkCollectionPath(const QString &path)
{
    const QString companionOf = databaseOfCompanion(path);
    if (companionOf.isEmpty() || !QFileInfo(companionOf).isFile())
        return std::nullopt;
    return refused(path, QStringLiteral("it is one of the files SQLite keeps beside the collection %1: open %1 "
                                        "instead")
                             .arg(QDir::toNativeSeparators(companionOf)));
}

} // namespace encode::models
