#pragma once

#include "models/collection/CollectionRecords.h"

#include <QTextStream>

// How the CLI shows experiments to a person (tables, details); CSV / TSV for R and pandas come from
// export/CollectionExport.h.
namespace encode::app::cli {

void printExperimentTable(QTextStream &out, const QList<models::ExperimentListRow> &rows);
void printExperimentDetails(QTextStream &out, const models::ExperimentDetails &details);

// Seconds since the epoch as ISO 8601 UTC, e.g. 2026-11-24T09:36:00Z.
[[nodiscard]] QString isoTime(double secondsSinceEpoch);

} // namespace encode::app::cli
