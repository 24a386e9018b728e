#include "models/experiment/RawMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace encode::models {
namespace {

const QString truncatedKey = QStringLiteral("_truncated");

qsizetype compactSize(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).size();
    // Scalars: wrap to measure their encoded form, minus the two brackets.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).size() - 2;
}

QByteArray serialise(QJsonObject kept, const QStringList &dropped)
{
    if (!dropped.isEmpty()) {
        QStringList sorted = dropped;
        sorted.sort();
        kept.insert(truncatedKey, QJsonArray::fromStringList(sorted));
    }
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

struct Candidate {
    QString key;
    qsizetype size = 0;
};

// Properties in the order they are given up: containers before scalars, larger before smaller.
// Identity keys go last so the stored row still says what it is.
QList<Candidate> dropOrder(const QJsonObject &object)
{
    QList<Candidate> candidates;
    for (auto it = object.begin(); it != object.end(); ++it)
        candidates.append({it.key(), compactSize(it.value())});
    const auto rank = [&](const Candidate &c) {
        const QJsonValue value = object.value(c.key);
        if (c.key == QLatin1String("accession") || c.key == QLatin1String("@id"))
            return 0;
        return value.isArray() || value.isObject() ? 2 : 1;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        if (rank(a) != rank(b))
            return rank(a) > rank(b);
        return a.size > b.size;
    });
    return candidates;
}

} // namespace

QString compactRawMetadata(const QJsonObject &object, qsizetype limitBytes)
{
    const QByteArray whole = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (whole.size() <= limitBytes)
        return QString::fromUtf8(whole);

    // Start from the scalars alone, then put containers back smallest first while they fit.
    const QList<Candidate> order = dropOrder(object);
    QJsonObject kept;
    QStringList dropped;
    for (const Candidate &candidate : order) {
        const QJsonValue value = object.value(candidate.key);
        if (value.isArray() || value.isObject())
            dropped.append(candidate.key);
        else
            kept.insert(candidate.key, value);
    }
    // Pathological case: the scalars alone are too large. Give up the largest ones first.
    for (const Candidate &candidate : order) {
        if (serialise(kept, dropped).size() <= limitBytes)
            break;
        if (kept.contains(candidate.key)) {
            kept.remove(candidate.key);
            dropped.append(candidate.key);
        }
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (!dropped.contains(it->key) || kept.contains(it->key))
            continue;
        QJsonObject attempt = kept;
        attempt.insert(it->key, object.value(it->key));
        QStringList remaining = dropped;
        remaining.removeOne(it->key);
        if (serialise(attempt, remaining).size() <= limitBytes) {
            kept = attempt;
            dropped = remaining;
        }
    }
    return QString::fromUtf8(serialise(kept, dropped));
}

} // namespace encode::models
