#include "models/collection/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::models::json {
namespace {

// Absent values are JSON null, not "": scripts can tell "not on the Portal" from "empty".
QJsonValue text(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

template <typename T, typename Convert>
QJsonArray arrayOf(const QList<T> &items, Convert convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

} // namespace

QJsonObject fromExperiment(const TrackedExperiment &e, bool withRawMetadata)
{
    QJsonObject object{
        {QStringLiteral("accession"), e.accession},
        {QStringLiteral("assay_title"), text(e.assayTitle)},
        {QStringLiteral("target"), text(e.target)},
        {QStringLiteral("biosample_summary"), text(e.biosampleSummary)},
        {QStringLiteral("organism"), text(e.organism)},
        {QStringLiteral("organ"), text(e.organ)},
        {QStringLiteral("biosample_type"), text(e.biosampleType)},
        {QStringLiteral("status"), text(e.status)},
        {QStringLiteral("date_released"), text(e.dateReleased)},
        {QStringLiteral("description"), text(e.description)},
        {QStringLiteral("lab"), text(e.lab)},
        {QStringLiteral("award"), text(e.award)},
        {QStringLiteral("assembly"), text(e.assembly)},
        {QStringLiteral("replication_type"), text(e.replicationType)},
        {QStringLiteral("life_stage"), text(e.lifeStage)},
        {QStringLiteral("url"), text(e.url)},
        {QStringLiteral("tracked_at"), e.trackedAt},
        {QStringLiteral("updated_at"), e.updatedAt},
        {QStringLiteral("notes"), e.notes},
    };
    if (withRawMetadata)
        object.insert(QStringLiteral("raw_metadata"), QJsonDocument::fromJson(e.rawMetadata.toUtf8()).object());
    return object;
}

QJsonObject fromListRow(const ExperimentListRow &row)
{
    QJsonObject object = fromExperiment(row.experiment, false);
    object.insert(QStringLiteral("publication_count"), row.publicationCount);
    object.insert(QStringLiteral("derived_file_count"), row.derivedFileCount);
    return object;
}

QJsonObject fromPublication(const Publication &p)
{
    return {
        {QStringLiteral("pmid"), p.pmid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.pmid)},
        {QStringLiteral("doi"), text(p.doi)},
        {QStringLiteral("title"), text(p.title)},
        {QStringLiteral("authors"), text(p.authors)},
        {QStringLiteral("journal"), text(p.journal)},
        {QStringLiteral("year"), text(p.year)},
        {QStringLiteral("abstract"), text(p.abstract)},
    };
}

QJsonObject fromPipeline(const Pipeline &p)
{
    return {
        {QStringLiteral("pipeline_title"), text(p.title)},
        {QStringLiteral("pipeline_version"), text(p.version)},
        {QStringLiteral("analysis_status"), text(p.analysisStatus)},
        {QStringLiteral("software_list"), arrayOf(p.software, [](const Software &s) {
             return QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("version"), s.version}};
         })},
    };
}

QJsonObject fromQualityMetric(const QualityMetric &m)
{
    return {
        {QStringLiteral("file_accession"), text(m.fileAccession)},
        {QStringLiteral("metric_type"), text(m.metricType)},
        {QStringLiteral("metric_data"), QJsonDocument::fromJson(m.metricData.toUtf8()).object()},
    };
}

QJsonObject fromExternalReference(const ExternalReference &r)
{
    return {
        {QStringLiteral("reference_type"), r.type},
        {QStringLiteral("reference_id"), r.id},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("linked_at"), r.linkedAt},
    };
}

QJsonObject fromDerivedFile(const DerivedFile &f)
{
    return {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("file_path"), f.filePath},
        {QStringLiteral("source_accessions"), QJsonArray::fromStringList(f.sourceAccessions)},
        {QStringLiteral("description"), text(f.description)},
        {QStringLiteral("created_at"), f.createdAt},
        {QStringLiteral("file_type"), text(f.fileType)},
        {QStringLiteral("tool_used"), text(f.toolUsed)},
        {QStringLiteral("parameters"), text(f.parameters)},
        {QStringLiteral("notes"), f.notes},
    };
}

QJsonObject fromDetails(const ExperimentDetails &d)
{
    QJsonObject object = fromExperiment(d.experiment, true);
    object.insert(QStringLiteral("publications"), arrayOf(d.publications, fromPublication));
    object.insert(QStringLiteral("pipelines"), arrayOf(d.pipelines, fromPipeline));
    object.insert(QStringLiteral("quality_metrics"), arrayOf(d.qualityMetrics, fromQualityMetric));
    object.insert(QStringLiteral("external_references"), arrayOf(d.externalReferences, fromExternalReference));
    object.insert(QStringLiteral("derived_files"), arrayOf(d.derivedFiles, fromDerivedFile));
    return object;
}

} // namespace encode::models::json
