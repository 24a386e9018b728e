#pragma once

#include "collection/CollectionRecords.h"
#include "export/DelimitedText.h"

#include <QTextStream>

// How the CLI shows experiments to a person (tables, details) and to R / pandas (CSV / TSV rows).
namespace encode::app::cli {

void printExperimentTable(QTextStream &out, const QList<models::ExperimentListRow> &rows);
// CSV / TSV in the export columns of the spec (section 8), the same columns the export command and
// the spreadsheet drag use.
void writeExperimentRows(DelimitedTextWriter &writer, const QList<models::ExperimentListRow> &rows);
void printExperimentDetails(QTextStream &out, const models::ExperimentDetails &details);

// Seconds since the epoch as ISO 8601 UTC, e.g. 2026-11-24T09:36:00Z.
[[nodiscard]] QString isoTime(double secondsSinceEpoch);

} // namespace encode::app::cli
