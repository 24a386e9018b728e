#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Turning stored JSON into text a person reads.
namespace encode::ui {

// The top-level keys of the JSON object in `jsonText`, in the order they are written. QJsonObject
// sorts its keys, so this is the only way to keep the order the text was stored in.
[[nodiscard]] QStringList keysInTextOrder(const QString &jsonText);

// A number in the user's locale: whole numbers without decimals, others with a few significant digits.
[[nodiscard]] QString readableNumber(double value);

// A scalar (or a list of scalars) as text; objects and lists of objects give a null string.
[[nodiscard]] QString readableValue(const QJsonValue &value);

// A scalar as JSON writes it (strings unquoted), for the raw view: no rounding, no grouping.
[[nodiscard]] QString rawScalarText(const QJsonValue &value);

} // namespace encode::ui
