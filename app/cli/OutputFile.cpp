#include "OutputFile.h"

#include <QFile>

#include <filesystem>
#include <system_error>

namespace encode::app::cli {

models::Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QString partPath = path + QStringLiteral(".part");
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
    // std::filesystem::rename replaces an existing target in one step (QFile::rename refuses to).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        QFile::remove(partPath);
        return models::Failure{models::Failure::Kind::Storage,
                               QStringLiteral("cannot rename %1 to %2: %3")
                                   .arg(partPath, path, QString::fromLocal8Bit(error.message().c_str()))};
    }
    return std::nullopt;
}

} // namespace encode::app::cli
