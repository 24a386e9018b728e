#include "OutputFile.h"

#include "database/CollectionFiles.h"

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

models::Failure cannotWrite(const QString &path, const QString &reason)
{
    return models::storageFailure(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

bool OutputFile::isStreamTarget(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) || S_ISSOCK(info.st_mode);
}

OutputFile::OutputFile(QString path, QString partPath)
    : m_path(std::move(path))
    , m_partPath(std::move(partPath))
{
}

models::Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString &path, const QString &collectionPath)
{
    if (models::Status refused = models::checkOutputPath(path, collectionPath))
        return *refused;
    if (isStreamTarget(path)) {
        std::unique_ptr<OutputFile> output(new OutputFile(path, {}));
        output->m_file.setFileName(path);
        if (!output->m_file.open(QIODevice::WriteOnly))
            return cannotWrite(path, output->m_file.errorString());
        return output;
    }

    const QString partPath = path + QStringLiteral(".part");
    // Not truncated before the lock is ours: the part may be another program's export in progress.
    const int descriptor = ::open(QFile::encodeName(partPath).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (descriptor < 0)
        return cannotWrite(partPath, qt_error_string(errno));
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        ::close(descriptor);
        return cannotWrite(path, QStringLiteral("another program is writing it right now (%1 is locked); wait for it "
                                                "to finish, or choose another file name")
                                     .arg(QDir::toNativeSeparators(partPath)));
    }
    std::unique_ptr<OutputFile> output(new OutputFile(path, partPath));
    if (!output->m_file.open(descriptor, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return cannotWrite(partPath, output->m_file.errorString());
    }
    if (!output->m_file.resize(0)) // whatever a killed writer left
        return cannotWrite(partPath, output->m_file.errorString());
    return output;
}

OutputFile::~OutputFile()
{
    if (!m_committed && !m_partPath.isEmpty())
        QFile::remove(m_partPath); // still under our lock: nobody else is writing it
    m_file.close();
}

models::Status OutputFile::commit()
{
    if (!m_file.flush())
        return cannotWrite(isStream() ? m_path : m_partPath, m_file.errorString());
    if (isStream()) {
        m_file.close();
        m_committed = true;
        return std::nullopt;
    }
    // POSIX rename() replaces an existing target in one step; QFile::rename() would refuse to. The
    // lock goes with the file, and is dropped when our descriptor closes.
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return cannotWrite(m_path, QStringLiteral("cannot rename %1 over it: %2")
                                       .arg(QDir::toNativeSeparators(m_partPath), qt_error_string(errno)));
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
