#include "models/experiment/PortalJson.h"

#include <QJsonDocument>

namespace encode::models::portaljson {

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(static_cast<qint64>(number))
                                                                          : QString::number(number);
    }
    return {};
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("@id")).toString();
}

QString lastSegment(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.constLast();
}

void appendDistinct(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString joinedOrNull(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.join(QLatin1String(", "));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace encode::models::portaljson
