#include "CollectionFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace encode::models {
namespace {

struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
};

// stat(2) follows links, so a link to the collection and a hard link of it are the collection.
std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{info.st_dev, info.st_ino};
}

// The absolute path with its folder resolved (the file itself may not exist yet), for comparing
// places by name.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

// The SQLite header, "SQLite format 3\0", read from a file that is not the open collection.
bool startsLikeSqlite(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    char header[16] = {};
    const ssize_t read = ::read(descriptor, header, sizeof header);
    ::close(descriptor);
    return read == static_cast<ssize_t>(sizeof header) && QByteArray(header, sizeof header) == QByteArray("SQLite format 3", 16);
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

bool isCollectionFile(const QString &path, const QString &databasePath)
{
    if (path.isEmpty() || databasePath.isEmpty())
        return false;
    const std::optional<FileIdentity> target = identityOf(path);
    const QString targetPlace = placeOf(path);
    for (const QString &file : collectionFiles(databasePath)) {
        const std::optional<FileIdentity> identity = identityOf(file);
        if (target && identity && target->device == identity->device && target->inode == identity->inode)
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
    const QFileInfo info(path);
    if (info.isDir())
        return refused(path, QStringLiteral("it is a folder: expected a file name"));
    if (info.isFile() && startsLikeSqlite(path))
        return refused(path, QStringLiteral("it is an SQLite database (perhaps a collection), and an output never "
                                            "replaces one: choose a new file name"));
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

} // namespace encode::models
