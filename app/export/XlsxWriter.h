#pragma once

#include "collection/CollectionRecords.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace encode::app {

// Writes `rows` to `path` as an .xlsx workbook with one sheet, "Experiments", holding the export
// columns (ExportColumns.h): a bold, frozen header row with an autofilter, text as text cells (so
// gene names never turn into dates and nothing ever becomes a formula), counts as numbers and dates
// as real dates. The workbook is assembled next to `path` and renamed into place, so `path` is either
// the complete new file or untouched. A Failure names the path and libxlsxwriter's reason.
[[nodiscard]] models::Status writeExperimentsXlsx(const QString &path,
                                                  const QList<models::ExperimentListRow> &rows);

} // namespace encode::app
