#include "models/database/DatabaseCopy.h"

#include "models/database/sqlite/SqliteDialect.h"
#include "models/database/sqlite/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace encode::models {
namespace {

const QString partMarker = QStringLiteral(".part-");

// Parts of earlier copies to `target` whose process no longer runs.
void removeAbandonedParts(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = info.fileName() + partMarker;
    for (const QFileInfo &part : QDir(info.absolutePath()).entryInfoList({prefix + QLatin1Char('*')}, QDir::Files)) {
        bool isNumber = false;
        const qint64 pid = part.fileName().mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (isNumber && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(part.absoluteFilePath());
    }
}

Failure copyFailed(const QString &target, const QString &reason)
{
    return storageFailure(QStringLiteral("cannot copy the collection to %1: %2").arg(QDir::toNativeSeparators(target), reason));
}

} // namespace

Result<CopyOutcome> copyDatabase(QSqlDatabase &database, const QString &target, ExistingTarget existing,
                                 const std::function<bool(const QString &part)> &accept)
{
    removeAbandonedParts(target);
    if (existing == ExistingTarget::Keep && QFileInfo::exists(target))
        return CopyOutcome{false};
    // The process id (so that a later copy can tell an abandoned part), and a number of this copy's
    // own (threads of one process may copy at once).
    const QString part = target + partMarker + QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid())
                                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));    QSqlQuery query(database);
    query.prepare(sqlite::backupStatement());
    query.addBindValue(part);
    if (!query.exec()) {
        const QString reason = sqlite::describeError(query.lastError(), target);
        QFile::remove(part);
        return copyFailed(target, reason);
    }
    if (accept && !accept(part)) {
        QFile::remove(part);
        return CopyOutcome{false};
    }
    // Keep: link(2) gives the copy the target's name only if no file has it (atomically: of two
    // programs copying at once, one wins), then the part's name goes. Replace: rename(2), in one step.
    const QByteArray from = QFile::encodeName(part);
    const QByteArray to = QFile::encodeName(target);
    const bool named = existing == ExistingTarget::Keep ? ::link(from.constData(), to.constData()) == 0
                                                        : std::rename(from.constData(), to.constData()) == 0;
    const int reason = errno;
    QFile::remove(part);
    if (named)
        return CopyOutcome{true};
    if (existing == ExistingTarget::Keep && reason == EEXIST)
        return CopyOutcome{false}; // another program's copy got there first
    return copyFailed(target, qt_error_string(reason));
}

} // namespace encode::models
