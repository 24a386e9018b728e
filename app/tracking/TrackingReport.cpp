#include "app/tracking/TrackingReport.h"

#include "models/collection/RecordJson.h"

#include <QJsonArray>

#include <algorithm>

namespace encode::app {

namespace json = models::json;

int TrackingReport::count(models::SaveAction action) const
{
    return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(), [action](const TrackOutcome &o) {
        return o.succeeded() && o.action == action;
    }));
}

int TrackingReport::failedCount() const
{
    return static_cast<int>(
        std::count_if(outcomes.cbegin(), outcomes.cend(), [](const TrackOutcome &o) { return !o.succeeded(); }));
}

QJsonObject outcomeToJson(const TrackOutcome &outcome)
{
    if (outcome.failure)
        return {{QStringLiteral("accession"), outcome.requested}, {QStringLiteral("error"), outcome.failure->message}};

    const models::ExperimentRecord &record = outcome.record;
    QJsonObject tracking{
        {QStringLiteral("accession"), record.experiment.accession},
        {QStringLiteral("action"), outcome.action == models::SaveAction::Tracked ? QStringLiteral("tracked")
                                                                                 : QStringLiteral("updated")},
    };
    if (!outcome.redirectedFrom.isEmpty())
        tracking.insert(QStringLiteral("redirected_from"), outcome.redirectedFrom);

    QJsonArray references;
    for (const models::ExternalReference &r : record.linkedReferences)
        references.append(QJsonObject{{QStringLiteral("reference_type"), r.type}, {QStringLiteral("reference_id"), r.id}});
    QJsonArray publications;
    for (const models::Publication &p : record.publications)
        publications.append(json::fromPublication(p));
    QJsonArray pipelines;
    for (const models::Pipeline &p : record.pipelines)
        pipelines.append(json::fromPipeline(p));

    QJsonObject object{
        {QStringLiteral("tracking"), tracking},
        {QStringLiteral("auto_linked_references"), references},
        {QStringLiteral("publications_found"), publications.size()},
        {QStringLiteral("publications"), publications},
        {QStringLiteral("pipelines_found"), pipelines.size()},
        {QStringLiteral("pipelines"), pipelines},
        {QStringLiteral("quality_metrics_found"), record.qualityMetrics.size()},
    };
    if (!outcome.warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings));
    return object;
}

QJsonObject TrackingReport::toJson() const
{
    QJsonArray results;
    for (const TrackOutcome &outcome : outcomes)
        results.append(outcomeToJson(outcome));
    return {
        {QStringLiteral("results"), results},
        {QStringLiteral("tracked"), count(models::SaveAction::Tracked)},
        {QStringLiteral("updated"), count(models::SaveAction::Updated)},
        {QStringLiteral("failed"), failedCount()},
    };
}

} // namespace encode::app
