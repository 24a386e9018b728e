#include "models/experiment/ExperimentMapper.h"

#include "models/experiment/PortalJson.h"
#include "models/experiment/RawMetadata.h"

namespace encode::models {

using namespace portaljson;

namespace {

// Distinct values of replicates[].library.biosample.<read>, in first-seen order.
template <typename Read>
QString fromBiosamples(const QJsonObject &experiment, Read read)
{
    QStringList values;
    const QJsonArray replicates = experiment.value(QLatin1String("replicates")).toArray();
    for (const QJsonValue &replicate : replicates) {
        const QJsonObject biosample = replicate.toObject()
                                          .value(QLatin1String("library")).toObject()
                                          .value(QLatin1String("biosample")).toObject();
        appendDistinct(values, read(biosample));
    }
    return joinedOrNull(values);
}

// An array of strings joined; a lone string (never assume the shape) counts as a one-item list.
QString joinedStrings(const QJsonValue &listOrString)
{
    if (listOrString.isString())
        return listOrString.toString().isEmpty() ? QString() : listOrString.toString();
    QStringList values;
    for (const QJsonValue &value : listOrString.toArray())
        appendDistinct(values, value.toString());
    return joinedOrNull(values);
}

// The target is an object in page/embedded frames and an "@id" string in the object frame.
QString targetName(const QJsonValue &target)
{
    if (target.isObject()) {
        const QString name = target.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            return name;
    }
    const QString id = idOf(target);
    return id.isEmpty() ? QString() : lastSegment(id);
}

QString idOrNull(const QJsonValue &value)
{
    const QString id = idOf(value);
    return id.isEmpty() ? QString() : id;
}

QStringList linksIn(const QJsonArray &values)
{
    QStringList links;
    for (const QJsonValue &value : values) {
        if (value.isString())
            appendDistinct(links, value.toString());
    }
    return links;
}

QStringList qualityMetricLinks(const QJsonObject &experiment)
{
    QStringList links;
    const QJsonArray files = experiment.value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files) {
        for (const QString &link : linksIn(file.toObject().value(QLatin1String("quality_metrics")).toArray()))
            appendDistinct(links, link);
    }
    return links;
}

} // namespace

ExperimentMapper::ExperimentMapper(QString portalBaseUrl)
    : m_portalBaseUrl(std::move(portalBaseUrl))
{
    while (m_portalBaseUrl.endsWith(QLatin1Char('/')))
        m_portalBaseUrl.chop(1);
}

TrackedExperiment ExperimentMapper::mapExperimentRow(const QJsonObject &experiment) const
{
    const QJsonObject ontology = experiment.value(QLatin1String("biosample_ontology")).toObject();
    TrackedExperiment row;
    row.accession = text(experiment, QStringLiteral("accession"));
    row.assayTitle = text(experiment, QStringLiteral("assay_title"));
    row.target = targetName(experiment.value(QLatin1String("target")));
    row.biosampleSummary = text(experiment, QStringLiteral("biosample_summary"));
    row.organism = fromBiosamples(experiment, [](const QJsonObject &biosample) {
        return biosample.value(QLatin1String("organism")).toObject().value(QLatin1String("scientific_name")).toString();
    });
    row.organ = joinedStrings(ontology.value(QLatin1String("organ_slims")));
    row.biosampleType = text(ontology, QStringLiteral("classification"));
    row.status = text(experiment, QStringLiteral("status"));
    row.dateReleased = text(experiment, QStringLiteral("date_released"));
    row.description = text(experiment, QStringLiteral("description"));
    row.lab = idOrNull(experiment.value(QLatin1String("lab")));
    row.award = idOrNull(experiment.value(QLatin1String("award")));
    row.assembly = joinedStrings(experiment.value(QLatin1String("assembly")));
    row.replicationType = text(experiment, QStringLiteral("replication_type"));
    row.lifeStage = fromBiosamples(experiment, [](const QJsonObject &biosample) {
        return biosample.value(QLatin1String("life_stage")).toString();
    });
    const QString id = text(experiment, QStringLiteral("@id"));
    row.url = id.isEmpty() ? QString() : m_portalBaseUrl + id;
    row.rawMetadata = compactRawMetadata(experiment);
    return row;
}

QStringList ExperimentMapper::missingLinks(const QJsonObject &experiment, const LinkedObjects &linked,
                                           const MappingOptions &options) const
{
    QStringList wanted = qualityMetricLinks(experiment);
    if (options.publications) {
        for (const QString &link : linksIn(experiment.value(QLatin1String("references")).toArray()))
            appendDistinct(wanted, link);
    }
    if (options.pipelines) {
        for (const QString &link : analysisLinks(experiment))
            appendDistinct(wanted, link);
        for (const QString &link : pipelineLinks(experiment, linked))
            appendDistinct(wanted, link);
    }
    QStringList missing;
    for (const QString &link : std::as_const(wanted)) {
        if (!linked.contains(link))
            missing.append(link);
    }
    return missing;
}

ExperimentRecord ExperimentMapper::map(const QJsonObject &experiment, const LinkedObjects &linked,
                                       const MappingOptions &options) const
{
    ExperimentRecord record;
    record.experiment = mapExperimentRow(experiment);
    if (options.publications)
        record.publications = mapPublications(experiment, linked);
    if (options.pipelines)
        record.pipelines = mapPipelines(experiment, linked);
    record.qualityMetrics = mapQualityMetrics(experiment, linked);
    record.linkedReferences = automaticReferences(experiment, record.publications);
    return record;
}

} // namespace encode::models
