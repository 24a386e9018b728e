#pragma once

#include "models/collection/CollectionRecords.h"

#include <QJsonObject>

// The JSON shapes the CLI prints and the MCP server returns, keyed by the database's column names so
// that scripts written against the original tool keep working.
namespace encode::models::json {

[[nodiscard]] QJsonObject fromExperiment(const TrackedExperiment &experiment, bool withRawMetadata);
[[nodiscard]] QJsonObject fromListRow(const ExperimentListRow &row);
[[nodiscard]] QJsonObject fromPublication(const Publication &publication);
[[nodiscard]] QJsonObject fromPipeline(const Pipeline &pipeline);
[[nodiscard]] QJsonObject fromQualityMetric(const QualityMetric &metric);
[[nodiscard]] QJsonObject fromExternalReference(const ExternalReference &reference);
[[nodiscard]] QJsonObject fromDerivedFile(const DerivedFile &file);
[[nodiscard]] QJsonObject fromDetails(const ExperimentDetails &details);

} // namespace encode::models::json
