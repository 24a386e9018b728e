#pragma once

#include "models/compare/CompatibilityMatrix.h"

#include <QJsonObject>

// The JSON the CLI prints (and an MCP server would return) for comparisons: the original tool's keys
// and vocabulary for a pair, and the N-way shape for a selection.
namespace encode::models::json {

// {"accession", "assay", "biosample"}: absent values are null.
[[nodiscard]] QJsonObject fromComparedExperiment(const ComparedExperiment &experiment);

// {"experiment_1", "experiment_2", "verdict", "recommendation", "compatible_aspects", "issues", "warnings"}
[[nodiscard]] QJsonObject fromComparison(const Comparison &comparison);

// {"experiments": [...], "matrix": [[null, "FULLY_COMPATIBLE", ...], ...] (null on the diagonal),
//  "pairs": [comparison...], "largest_compatible_subset": [accession...], "subset_search": "exact"|"greedy"}
[[nodiscard]] QJsonObject fromMatrix(const CompatibilityMatrix &matrix);

} // namespace encode::models::json
