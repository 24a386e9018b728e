#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Small readers for the Portal's JSON, where every property may be absent or change shape between
// frames (an embedded object in one, an "@id" string in another).
namespace encode::models::portaljson {

// A string, or a number written as text (pipeline_version is an integer); null when absent.
[[nodiscard]] QString text(const QJsonObject &object, const QString &key);

// The object's "@id", or the string itself when the Portal sent a link instead of an object.
[[nodiscard]] QString idOf(const QJsonValue &value);

// The last path segment of an "@id" such as /targets/CTCF-human/ -> CTCF-human.
[[nodiscard]] QString lastSegment(const QString &id);

// Appends `value` unless empty or already present: lists keep first-seen order without duplicates.
void appendDistinct(QStringList &list, const QString &value);

// Joined with ", ", or null when the list is empty (so the column stays NULL).
[[nodiscard]] QString joinedOrNull(const QStringList &list);

[[nodiscard]] QString compact(const QJsonObject &object);

} // namespace encode::models::portaljson
