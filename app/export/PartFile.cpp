#include "PartFile.h"

#include <QFile>

#include <cerrno>
#include <cstdio>

namespace encode::app {

QString partPathFor(const QString &path)
{
    return path + QStringLiteral(".part");
}

std::optional<QString> replaceWithPartFile(const QString &partPath, const QString &path)
{
    // POSIX rename() replaces an existing `path` in one step; QFile::rename() would refuse to.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = qt_error_string(errno);
        QFile::remove(partPath);
        return reason;
    }
    return std::nullopt;
}

models::Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QString partPath = partPathFor(path);
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return models::Failure{models::Failure::Kind::Storage,
                               QStringLiteral("cannot write %1: %2").arg(partPath, part.errorString())};
    const bool written = part.write(bytes) == bytes.size() && part.flush();
    const QString writeError = part.errorString();
    part.close();
    if (!written) {
        QFile::remove(partPath);
        return models::Failure{models::Failure::Kind::Storage,
                               QStringLiteral("cannot write %1: %2").arg(partPath, writeError)};
    }
    if (const std::optional<QString> reason = replaceWithPartFile(partPath, path))
        return models::Failure{models::Failure::Kind::Storage,
                               QStringLiteral("cannot rename %1 to %2: %3").arg(partPath, path, *reason)};
    return std::nullopt;
}

} // namespace encode::app
