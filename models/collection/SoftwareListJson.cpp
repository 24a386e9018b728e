#include "models/collection/SoftwareListJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace encode::models {

QString softwareListToJson(const QList<Software> &software)
{
    QJsonArray array;
    for (const Software &tool : software)
        array.append(QJsonObject{{QStringLiteral("name"), tool.name}, {QStringLiteral("version"), tool.version}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Software> softwareListFromJson(const QString &json)
{
    QList<Software> software;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject tool = value.toObject();
        software.append({tool.value(QLatin1String("name")).toString(), tool.value(QLatin1String("version")).toString()});
    }
    return software;
}

} // namespace encode::models
