#include "models/database/SqlQuery.h"

#include "models/database/sqlite/SqliteErrors.h"

#include <QMetaType>
#include <QSqlError>

namespace encode::models {

Status execute(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &purpose)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageFailure(purpose + QStringLiteral(": ") + sqlite::describeError(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageFailure(purpose + QStringLiteral(": ") + sqlite::describeError(query.lastError()));
    return std::nullopt;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace encode::models
