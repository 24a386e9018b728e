#include "app/export/OutputFile.h"

#include "models/database/CollectionFiles.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace encode::app {
namespace {

std::optional<struct stat> statusOf(const QString &path, bool followLinks)
{
    struct stat info {};
    const QByteArray name = QFile::encodeName(path);
    if ((followLinks ? ::stat(name.constData(), &info) : ::lstat(name.constData(), &info)) != 0)
        return std::nullopt;
    return info;
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Names that are not files to replace whatever they point at: /dev/stdout is a link to the process's
// standard output, which may be a file the shell opened for appending.
bool isSystemPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/"));
}

models::Failure refused(const QString &path, const QString &why)
{
    return models::invalidInput(QStringLiteral("refused %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace

models::Failure cannotWrite(const QString &path, const QString &reason)
{
    return models::storageFailure(QStringLiteral("cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(path),
                                           reason.isEmpty() ? QStringLiteral("the data could not be written") : reason));
}

bool OutputFile::isStreamTarget(const QString &path)
{
    if (isSystemPath(path))
        return true;
    const std::optional<struct stat> info = statusOf(path, true);
    return info && (S_ISFIFO(info->st_mode) || S_ISCHR(info->st_mode));
}

OutputFile::OutputFile(QString path, QString target, QString partPath)
    : m_path(std::move(path))
    , m_target(std::move(target))
    , m_partPath(std::move(partPath))
{
}

models::Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString &path, const QString &collectionPath)
{
    if (models::Status refusal = models::checkOutputPath(path, collectionPath))
        return *refusal;
    const std::optional<struct stat> followed = statusOf(path, true);
    if (followed && S_ISBLK(followed->st_mode))
        return refused(path, QStringLiteral("it is a disk device: expected a file name"));
    if (followed && S_ISSOCK(followed->st_mode))
        return refused(path, QStringLiteral("it is a socket: expected a file name"));
    if (isStreamTarget(path)) {
        std::unique_ptr<OutputFile> output(new OutputFile(path, path, {}));
        output->m_file.setFileName(path);
        if (!output->m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return cannotWrite(path, output->m_file.errorString());
        return output;
    }
    // A link is followed to the file it names: that file is replaced, and the link stays.
    QString target = path;
    const std::optional<struct stat> own = statusOf(path, false);
    if (own && S_ISLNK(own->st_mode)) {
        const QFileInfo link(path);
        target = link.canonicalFilePath().isEmpty() ? QFileInfo(link.symLinkTarget()).absoluteFilePath()
                                                    : link.canonicalFilePath();
    }
    return openPart(path, target, collectionPath);
}

models::Result<std::unique_ptr<OutputFile>> OutputFile::openPart(const QString &path, const QString &target,
                                                                const QString &collectionPath)
{
    const QString partPath = target + QStringLiteral(".part");
    if (models::Status refusal = models::checkOutputPath(partPath, collectionPath))
        return *refusal;
    // The part may be another program's write in progress: it is not truncated before the lock is
    // ours, and the lock must be on the file that still has the part's name (the other program may
    // have renamed it into place between our open and our lock). O_NONBLOCK: a FIFO planted under
    // the part's name must not make us wait for a reader (it is then refused as not a plain file).
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int descriptor =
            ::open(QFile::encodeName(partPath).constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0666);
        if (descriptor < 0 && errno == ELOOP)
            return refused(path, QStringLiteral("%1 is a symbolic link; remove it").arg(QDir::toNativeSeparators(partPath)));
        if (descriptor < 0)
            return cannotWrite(path, qt_error_string(errno));
        if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
            ::close(descriptor);
            return cannotWrite(path, QStringLiteral("another program is writing it right now (%1 is locked); wait for "
                                                    "it to finish, or choose another file name")
                                         .arg(QDir::toNativeSeparators(partPath)));
        }
        struct stat opened {};
        const std::optional<struct stat> named = statusOf(partPath, false);
        if (::fstat(descriptor, &opened) != 0 || !named || !sameFile(opened, *named)) {
            ::close(descriptor); // renamed away meanwhile: try again with the name's new file
            continue;
        }
        if (!S_ISREG(opened.st_mode) || opened.st_nlink != 1) {
            ::close(descriptor);
            return refused(path, QStringLiteral("%1 is not a plain file of its own (it has another name); remove it")
                                     .arg(QDir::toNativeSeparators(partPath)));
        }
        std::unique_ptr<OutputFile> output(new OutputFile(path, target, partPath));
        output->m_file.setFileName(path); // what a failure of the device names
        if (!output->m_file.open(descriptor, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(descriptor);
            return cannotWrite(path, output->m_file.errorString());
        }
        if (!output->m_file.resize(0)) // whatever a killed writer left
            return cannotWrite(path, output->m_file.errorString());
        return output;
    }
    return cannotWrite(path, QStringLiteral("%1 keeps changing under another program's hands")
                                 .arg(QDir::toNativeSeparators(partPath)));
}

bool OutputFile::partIsStillOurs() const
{
    struct stat opened {};
    const std::optional<struct stat> named = statusOf(m_partPath, false);
    return ::fstat(m_file.handle(), &opened) == 0 && named && sameFile(opened, *named);
}

OutputFile::~OutputFile()
{
    // Under our lock the part is ours, unless it was renamed away (then the name is not ours to remove).
    if (!m_committed && !m_partPath.isEmpty() && m_file.isOpen() && partIsStillOurs())
        QFile::remove(m_partPath);
    m_file.close();
}

models::Status OutputFile::commit()
{
    if (!m_file.flush())
        return cannotWrite(m_path, m_file.errorString());
    if (isStream()) {
        m_file.close();
        m_committed = true;
        return std::nullopt;
    }
    // On disk before it takes the name, so that a power cut leaves the old file or the whole new one;
    // and with the old file's permissions (an export kept private stays private).
    if (::fsync(m_file.handle()) != 0)
        return cannotWrite(m_path, qt_error_string(errno));
    if (const std::optional<struct stat> old = statusOf(m_target, true))
        (void)::fchmod(m_file.handle(), old->st_mode & 07777);
    // POSIX rename() replaces the target in one step; QFile::rename() would refuse to. The lock goes
    // with the file and is dropped when our descriptor closes.
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_target).constData()) != 0)
        return cannotWrite(m_path, qt_error_string(errno));
    m_committed = true;
    m_file.close();
    return std::nullopt;
}

models::Status writeOutputFile(const QString &path, const QByteArray &bytes, const QString &collectionPath)
{
    models::Result<std::unique_ptr<OutputFile>> output = OutputFile::open(path, collectionPath);
    if (!output.ok())
        return output.failure();
    QIODevice &device = output.value()->device();
    if (device.write(bytes) != bytes.size())
        return cannotWrite(path, device.errorString());
    return output.value()->commit();
}

} // namespace encode::app
