#include "models/provenance/FileCheck.h"

#include "models/database/CollectionFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace encode::models {
namespace {

double modificationTime(const QFileInfo &info)
{
    return static_cast<double>(info.lastModified().toMSecsSinceEpoch()) / 1000.0;
}

// Times round-trip through a REAL column; a millisecond is well below any file system's granularity.
bool sameTime(double a, double b)
{
    return qAbs(a - b) < 0.001;
}

} // namespace

Result<std::optional<FileFingerprint>> fingerprintOf(const QString &path, const QString &collectionPath)
{
    if (Status refused = checkInputPath(path, collectionPath))
        return *refused;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return std::optional<FileFingerprint>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{
            Failure::Kind::InvalidInput,
            QStringLiteral("cannot read %1 to record its SHA-256: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // addData(QIODevice *) reads in fixed-size blocks, so a 100 GB BAM needs no more memory than a BED.
    if (!hash.addData(&file))
        return Failure{Failure::Kind::InvalidInput,
                       QStringLiteral("reading %1 failed: %2").arg(path, file.errorString())};
    return std::optional<FileFingerprint>(
        FileFingerprint{info.size(), QString::fromLatin1(hash.result().toHex()), modificationTime(info)});
}

FileVerdict verifyFile(const QString &path, const std::optional<FileFingerprint> &recorded,
                       Verification verification, const QString &collectionPath)
{
    if (isCollectionFile(path, collectionPath))
        return {FileState::Unverified, QStringLiteral("one of the open collection's files, which only SQLite reads")};
    const QFileInfo info(path);
    if (!info.exists())
        return {FileState::Missing, QStringLiteral("no file at %1").arg(path)};
    if (!recorded)
        return {FileState::Unverified, QStringLiteral("logged without size and SHA-256")};
    if (!info.isFile())
        return {FileState::Changed, QStringLiteral("no longer a regular file")};
    if (info.size() != recorded->size)
        return {FileState::Changed,
                QStringLiteral("size was %1 bytes, now %2").arg(recorded->size).arg(info.size())};
    if (verification == Verification::Quick && sameTime(modificationTime(info), recorded->modifiedAt))
        return {FileState::Unchanged, {}};
    const Result<std::optional<FileFingerprint>> now = fingerprintOf(path, collectionPath);
    if (!now.ok() || !now.value())
        return {FileState::Changed, now.ok() ? QStringLiteral("cannot be read") : now.failure().message};
    if (now.value()->sha256 != recorded->sha256)
        return {FileState::Changed, QStringLiteral("contents differ: SHA-256 was %1, now %2")
                                        .arg(recorded->sha256.left(12), now.value()->sha256.left(12))};
    return {FileState::Unchanged, {}};
}

} // namespace encode::models
