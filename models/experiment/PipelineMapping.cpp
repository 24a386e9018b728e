#include "models/experiment/ExperimentMapper.h"
#include "models/experiment/PortalJson.h"

namespace encode::models {

using namespace portaljson;

namespace {

void appendDistinctSoftware(QList<Software> &list, const QList<Software> &more)
{
    for (const Software &software : more) {
        if (!list.contains(software))
            list.append(software);
    }
}

// files[].analysis_step_version.analysis_step.pipelines[], distinct by "@id", in first-seen order.
QJsonArray pipelinesOfFiles(const QJsonObject &experiment)
{
    QJsonArray pipelines;
    QStringList seen;
    const QJsonArray files = experiment.value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files) {
        const QJsonArray ofFile = file.toObject()
                                      .value(QLatin1String("analysis_step_version")).toObject()
                                      .value(QLatin1String("analysis_step")).toObject()
                                      .value(QLatin1String("pipelines")).toArray();
        for (const QJsonValue &pipeline : ofFile) {
            const QString id = idOf(pipeline);
            if (id.isEmpty() || seen.contains(id))
                continue;
            seen.append(id);
            pipelines.append(pipeline);
        }
    }
    return pipelines;
}

QJsonArray analysesOf(const QJsonObject &experiment)
{
    return experiment.value(QLatin1String("analyses")).toArray();
}

Pipeline pipelineRow(const QJsonObject &pipeline)
{
    Pipeline row;
    row.title = text(pipeline, QStringLiteral("title"));
    row.version = text(pipeline, QStringLiteral("pipeline_version"));
    row.analysisStatus = text(pipeline, QStringLiteral("status"));
    row.software = softwareOfPipeline(pipeline);
    return row;
}

// One analysis: the titles and software of its pipelines, its own version and status.
Pipeline analysisRow(const QJsonObject &analysis, const LinkedObjects &linked)
{
    Pipeline row;
    QStringList titles;
    const QJsonArray pipelines = analysis.value(QLatin1String("pipelines")).toArray();
    for (const QJsonValue &link : pipelines) {
        const QJsonObject pipeline = linked.resolve(link);
        appendDistinct(titles, text(pipeline, QStringLiteral("title")));
        appendDistinctSoftware(row.software, softwareOfPipeline(pipeline));
    }
    row.title = titles.isEmpty() ? text(analysis, QStringLiteral("title")) : titles.join(QLatin1String(", "));
    row.version = text(analysis, QStringLiteral("pipeline_version"));
    row.analysisStatus = text(analysis, QStringLiteral("status"));
    return row;
}

} // namespace

QList<Software> softwareOfPipeline(const QJsonObject &pipelinePage)
{
    QList<Software> software;
    const QJsonArray steps = pipelinePage.value(QLatin1String("analysis_steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QJsonArray versions = step.toObject()
                                        .value(QLatin1String("current_version")).toObject()
                                        .value(QLatin1String("software_versions")).toArray();
        for (const QJsonValue &version : versions) {
            const QJsonObject versionObject = version.toObject();
            const QJsonObject tool = versionObject.value(QLatin1String("software")).toObject();
            QString name = text(tool, QStringLiteral("title"));
            if (name.isEmpty())
                name = text(tool, QStringLiteral("name"));
            if (name.isEmpty())
                continue; // a bare link: the page frame was not expanded
            appendDistinctSoftware(software, {{name, text(versionObject, QStringLiteral("version"))}});
        }
    }
    return software;
}

QStringList analysisLinks(const QJsonObject &experiment)
{
    QStringList links;
    for (const QJsonValue &analysis : analysesOf(experiment)) {
        if (analysis.isString())
            appendDistinct(links, analysis.toString());
    }
    return links;
}

QStringList pipelineLinks(const QJsonObject &experiment, const LinkedObjects &linked)
{
    QStringList links;
    const QJsonArray analyses = analysesOf(experiment);
    if (analyses.isEmpty()) {
        for (const QJsonValue &pipeline : pipelinesOfFiles(experiment))
            appendDistinct(links, idOf(pipeline));
        return links;
    }
    for (const QJsonValue &analysisLink : analyses) {
        const QJsonObject analysis = linked.resolve(analysisLink);
        for (const QJsonValue &pipeline : analysis.value(QLatin1String("pipelines")).toArray())
            appendDistinct(links, idOf(pipeline));
    }
    return links;
}

QList<Pipeline> mapPipelines(const QJsonObject &experiment, const LinkedObjects &linked)
{
    QList<Pipeline> rows;
    const QJsonArray analyses = analysesOf(experiment);
    if (!analyses.isEmpty()) {
        for (const QJsonValue &analysis : analyses) {
            const QJsonObject resolved = linked.resolve(analysis);
            if (!resolved.isEmpty())
                rows.append(analysisRow(resolved, linked));
        }
        return rows;
    }
    for (const QJsonValue &pipeline : pipelinesOfFiles(experiment)) {
        const QJsonObject resolved = linked.resolve(pipeline);
        if (!resolved.isEmpty())
            rows.append(pipelineRow(resolved));
    }
    return rows;
}

} // namespace encode::models
