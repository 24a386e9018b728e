#pragma once

#include "models/experiment/ExperimentRecord.h"
#include "models/experiment/LinkedObjects.h"

#include <QJsonObject>
#include <QStringList>

namespace encode::models {

// Turns a Portal Experiment (page or embedded frame) into the rows tracking stores (spec section 2).
// Pure: no network, no database, so every rule is testable on JSON alone.
class ExperimentMapper final {
public:
    explicit ExperimentMapper(QString portalBaseUrl);

    // The "@id" links still to fetch before map() can fill everything: publications, quality metrics,
    // analyses, and pipelines (always fetched, since only their own page frame lists the software).
    // Call again after fetching: a fetched analysis names pipelines of its own.
    [[nodiscard]] QStringList missingLinks(const QJsonObject &experiment, const LinkedObjects &linked,
                                           const MappingOptions &options) const;

    [[nodiscard]] ExperimentRecord map(const QJsonObject &experiment, const LinkedObjects &linked,
                                       const MappingOptions &options) const;

    [[nodiscard]] TrackedExperiment mapExperimentRow(const QJsonObject &experiment) const;

private:
    QString m_portalBaseUrl;
};

// Parts of the mapping, in their own files.
[[nodiscard]] QList<Publication> mapPublications(const QJsonObject &experiment, const LinkedObjects &linked);
[[nodiscard]] Publication mapPublication(const QJsonObject &publication);
[[nodiscard]] QList<Pipeline> mapPipelines(const QJsonObject &experiment, const LinkedObjects &linked);
[[nodiscard]] QList<Software> softwareOfPipeline(const QJsonObject &pipelinePage);
[[nodiscard]] QList<QualityMetric> mapQualityMetrics(const QJsonObject &experiment, const LinkedObjects &linked);
[[nodiscard]] QList<ExternalReference> automaticReferences(const QJsonObject &experiment,
                                                           const QList<Publication> &publications);

// Analyses the experiment names only by "@id" link, and the pipelines its analyses (or, without
// analyses, its files) name.
[[nodiscard]] QStringList analysisLinks(const QJsonObject &experiment);
[[nodiscard]] QStringList pipelineLinks(const QJsonObject &experiment, const LinkedObjects &linked);

} // namespace encode::models
