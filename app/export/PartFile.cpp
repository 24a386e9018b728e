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

} // namespace encode::app
