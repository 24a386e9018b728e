#include "models/database/sqlite/SqliteErrors.h"

#include <QDir>

namespace encode::models::sqlite {
namespace {

// SQLite's primary result codes (sqlite3.h), of the extended code Qt reports.
enum PrimaryCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    InputOutput = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};
constexpr int foreignKeyConstraint = Constraint | (3 << 8); // SQLITE_CONSTRAINT_FOREIGNKEY

QString sqliteText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("SQLite gave no reason") : text;
}

} // namespace

ErrorKind errorKind(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (!isNumber)
        return ErrorKind::Other;
    if (code == foreignKeyConstraint)
        return ErrorKind::ForeignKey;
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return ErrorKind::Busy;
    case ReadOnly:
        return ErrorKind::ReadOnly;
    case CantOpen:
        return ErrorKind::CannotOpen;
    case Full:
        return ErrorKind::DiskFull;
    case Corrupt:
    case NotADatabase:
        return ErrorKind::Damaged;
    case InputOutput:
        return ErrorKind::InputOutput;
    default:
        return ErrorKind::Other;
    }
}

QString describeError(const QSqlError &error, const QString &path)
{
    const QString details = sqliteText(error);
    const QString file = path.isEmpty() ? QString() : QDir::toNativeSeparators(path) + QLatin1Char(' ');
    switch (errorKind(error)) {
    case ErrorKind::Busy:
        return QStringLiteral("the collection %1is busy: another program has kept it locked for longer than the "
                              "wait allowed; nothing was changed, try again (%2)")
            .arg(file, details);
    case ErrorKind::ReadOnly:
        return QStringLiteral("the collection %1is read-only (this user cannot write the file or its folder); "
                              "nothing was changed (%2)")
            .arg(file, details);
    case ErrorKind::CannotOpen:
        return QStringLiteral("SQLite cannot create the files it keeps beside the collection %1(is its folder "
                              "read-only or gone?); nothing was changed (%2)")
            .arg(file, details);
    case ErrorKind::DiskFull:
        return QStringLiteral("the disk holding the collection %1is full; nothing was changed: free some space "
                              "and try again (%2)")
            .arg(file, details);
    case ErrorKind::Damaged:
        return QStringLiteral("the collection %1is damaged or not a database (%2)").arg(file, details);
    case ErrorKind::InputOutput:
        return QStringLiteral("the disk holding the collection %1reported an input/output error (%2)")
            .arg(file, details);
    case ErrorKind::ForeignKey:
        return QStringLiteral("the experiment is no longer in the collection %1(it was untracked meanwhile); "
                              "nothing was changed")
            .arg(file);
    case ErrorKind::Other:
        break;
    }
    return details;
}

} // namespace encode::models::sqlite
