#pragma once

#include "models/compare/CompatibilityMatrix.h"

#include <QString>

// A comparison as Markdown, for notes and issues: what the Compare dialog's "Copy as Markdown" takes.
namespace encode::app {

// How a person reads an outcome: "same", "warning", "issue", "not compared" (the dialog's rows too).
[[nodiscard]] QString outcomeLabel(models::CheckOutcome outcome);

// The pair shown (verdict, recommendation, a table of its aspects), then, for three or more
// experiments, the verdict of every pair as a table.
[[nodiscard]] QString comparisonMarkdown(const models::CompatibilityMatrix &matrix, const models::Comparison &shown);

} // namespace encode::app
