#pragma once

#include <QIODevice>
#include <QStringList>
#include <QVariantList>

namespace encode::app {

// Streams a JSON array of row objects to a device, one object per line, keys in the given order
// (QJsonObject would sort them, and a QJsonDocument of every row would hold the whole export in
// memory). Values typed as exportValues() makes them: integers and finite doubles are numbers, a null
// QString, an invalid date or nothing is null, dates and times are ISO 8601 strings.
class JsonRowWriter final {
public:
    JsonRowWriter(QIODevice &out, const QStringList &keys);

    // Each returns false when the device refused the bytes.
    [[nodiscard]] bool writeRow(const QVariantList &values);
    [[nodiscard]] bool finish(); // closes the array (an empty one when no row was written)

    // One value as JSON text (exposed for tests).
    [[nodiscard]] static QByteArray jsonValue(const QVariant &value);

private:
    [[nodiscard]] bool write(const QByteArray &bytes);

    QIODevice &m_out;
    QList<QByteArray> m_keys; // already quoted, with the colon
    bool m_first = true;
};

} // namespace encode::app
