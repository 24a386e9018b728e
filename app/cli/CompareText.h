#pragma once

#include "models/compare/CompatibilityMatrix.h"

#include <QTextStream>

// How `compare` shows its answer to a person: a side-by-side table of the compared aspects for a
// pair, a verdict matrix for a selection.
namespace encode::app::cli {

void printComparison(QTextStream &out, const models::Comparison &comparison);
void printMatrix(QTextStream &out, const models::CompatibilityMatrix &matrix);

} // namespace encode::app::cli
