#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

#include <unistd.h>

namespace encode::testsupport {

// A command line that runs `program` as a user without privileges. File permissions do not hold for
// root, so tests of read-only places run the command through util-linux's setpriv as "nobody" when
// the tests themselves run as root (as in CI). The program and the files it reads must be reachable
// by that user.
struct CommandLine {
    QString program;
    QStringList arguments;
};

inline CommandLine unprivileged(const QString &program, const QStringList &arguments)
{
    if (::geteuid() != 0)
        return {program, arguments};
    return {QStringLiteral("setpriv"),
            QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                        QStringLiteral("--"), program} +
                arguments};
}

// `program` run as the user `uid` with primary group `gid` and supplementary `groups` (which need not
// exist in /etc/passwd). Only root can do it: empty when the tests do not run as root.
inline std::optional<CommandLine> asUser(int uid, int gid, const QString &groups, const QString &program,
                                         const QStringList &arguments)
{
    if (::geteuid() != 0)
        return std::nullopt;
    QStringList options{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(gid)};
    options.append(groups.isEmpty() ? QStringLiteral("--clear-groups") : QStringLiteral("--groups=") + groups);
    return CommandLine{QStringLiteral("setpriv"), options + QStringList{QStringLiteral("--"), program} + arguments};
}

// Makes `path` readable and searchable by everyone (QTemporaryDir makes its folders private).
inline bool openToEveryone(const QString &path)
{
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                           QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

// Takes write permission away from everyone but root: r-x for folders, r-- for files.
inline bool makeReadOnly(const QString &path, bool isFolder)
{
    QFile::Permissions permissions = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    if (isFolder)
        permissions |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    return QFile::setPermissions(path, permissions);
}

} // namespace encode::testsupport
