#pragma once

#include "models/compare/CompatibilityMatrix.h"

#include <QTextStream>

// How a comparison reads as plain text, wherever a person gets it: `compare` prints it, the Compare
// dialog copies it. A side-by-side table of the compared aspects for a pair, a verdict matrix for a
// selection.
namespace encode::app {

void printComparison(QTextStream &out, const models::Comparison &comparison);
void printMatrix(QTextStream &out, const models::CompatibilityMatrix &matrix);

// What the Compare dialog's "Copy as Text" takes: the pair shown, then, for three or more
// experiments, the matrix of every pair.
[[nodiscard]] QString comparisonText(const models::CompatibilityMatrix &matrix, const models::Comparison &shown);

} // namespace encode::app
