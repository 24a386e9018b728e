#include "SqlQuery.h"

#include <QMetaType>
#include <QSqlError>

namespace encode::models {

Status execute(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &purpose)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageFailure(purpose + QStringLiteral(": ") + query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageFailure(purpose + QStringLiteral(": ") + query.lastError().text());
    return std::nullopt;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace encode::models
