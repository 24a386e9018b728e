#include "models/experiment/ExperimentMapper.h"
#include "models/experiment/PortalJson.h"

namespace encode::models {

using namespace portaljson;

QList<QualityMetric> mapQualityMetrics(const QJsonObject &experiment, const LinkedObjects &linked)
{
    QList<QualityMetric> rows;
    const QJsonArray files = experiment.value(QLatin1String("files")).toArray();
    for (const QJsonValue &fileValue : files) {
        const QJsonObject file = fileValue.toObject();
        const QString fileAccession = text(file, QStringLiteral("accession"));
        const QJsonArray metrics = file.value(QLatin1String("quality_metrics")).toArray();
        for (const QJsonValue &metricValue : metrics) {
            const QJsonObject metric = linked.resolve(metricValue);
            if (metric.isEmpty())
                continue;
            const QString type = metric.value(QLatin1String("@type")).toArray().at(0).toString();
            rows.append({fileAccession, type.isEmpty() ? QString() : type, compact(metric)});
        }
    }
    return rows;
}

QList<ExternalReference> automaticReferences(const QJsonObject &experiment, const QList<Publication> &publications)
{
    const QString fromEncode = QStringLiteral("Linked automatically from ENCODE metadata");
    QList<ExternalReference> references;
    const auto add = [&](const QString &type, const QString &id) {
        const bool known = std::any_of(references.cbegin(), references.cend(), [&](const ExternalReference &r) {
            return r.type == type && r.id == id;
        });
        if (!id.isEmpty() && !known)
            references.append({type, id, fromEncode, 0});
    };
    const QJsonArray dbxrefs = experiment.value(QLatin1String("dbxrefs")).toArray();
    for (const QJsonValue &dbxref : dbxrefs) {
        const QString value = dbxref.toString();
        if (value.startsWith(QLatin1String("GEO:")))
            add(QStringLiteral("geo_accession"), value.mid(4).trimmed());
    }
    for (const Publication &publication : publications) {
        add(QStringLiteral("pmid"), publication.pmid);
        add(QStringLiteral("doi"), publication.doi);
    }
    return references;
}

} // namespace encode::models
