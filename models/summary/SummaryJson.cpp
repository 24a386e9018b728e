#include "models/summary/SummaryJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::models::json {
namespace {

// A JSON string literal with the escaping QJsonDocument applies.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray member(const QString &key, const QByteArray &value, int indent)
{
    return QByteArray(indent, ' ') + quoted(key) + ": " + value;
}

QByteArray groupingText(const SummaryGrouping &grouping)
{
    if (grouping.counts.isEmpty())
        return "{}";
    QList<QByteArray> entries;
    for (const SummaryCount &count : grouping.counts)
        entries.append(member(count.value, QByteArray::number(count.count), 8));
    return "{\n" + entries.join(",\n") + "\n    }";
}

} // namespace

QByteArray summaryJsonText(const CollectionSummary &summary)
{
    QList<QByteArray> members{
        member(QStringLiteral("total_experiments"), QByteArray::number(summary.totalExperiments), 4),
        member(QStringLiteral("total_publications"), QByteArray::number(summary.totalPublications), 4),
        member(QStringLiteral("total_derived_files"), QByteArray::number(summary.totalDerivedFiles), 4),
        member(QStringLiteral("total_external_references"),
               QByteArray::number(summary.totalExternalReferences), 4),
    };
    for (const SummaryGrouping &grouping : summary.groupings)
        members.append(member(groupingKey(grouping.grouping), groupingText(grouping), 4));
    return "{\n" + members.join(",\n") + "\n}\n";
}

} // namespace encode::models::json
