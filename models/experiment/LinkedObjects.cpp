#include "models/experiment/LinkedObjects.h"

namespace encode::models {

QJsonObject LinkedObjects::resolve(const QJsonValue &value) const
{
    if (value.isString())
        return m_objects.value(value.toString());
    const QJsonObject embedded = value.toObject();
    const QString id = embedded.value(QLatin1String("@id")).toString();
    return id.isEmpty() ? embedded : m_objects.value(id, embedded);
}

} // namespace encode::models
