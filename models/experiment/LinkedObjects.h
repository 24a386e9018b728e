#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace encode::models {

// Objects the Portal sent as "@id" links, fetched separately and keyed by their "@id".
class LinkedObjects final {
public:
    void insert(const QString &id, const QJsonObject &object) { m_objects.insert(id, object); }
    [[nodiscard]] bool contains(const QString &id) const { return m_objects.contains(id); }

    // The full object for an embedded object or a link: a fetched copy wins, since the embedded
    // copy may be a cut-down frame (embedded pipelines lack their analysis steps' software).
    [[nodiscard]] QJsonObject resolve(const QJsonValue &value) const;

private:
    QHash<QString, QJsonObject> m_objects;
};

// Which parts of an experiment to map; the CLI's --no-publications / --no-pipelines switch them off.
struct MappingOptions {
    bool publications = true;
    bool pipelines = true;
};

} // namespace encode::models
