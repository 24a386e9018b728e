#pragma once

#include "models/collection/CollectionRecords.h"

#include <QList>
#include <QString>

class QMimeData;

namespace encode::ui {

// What dragging experiment rows out of a table, or copying them, offers (INTEROP.md 2.2, 2.3):
// - text/plain: TSV of the export columns with a header, exact values (R, pandas, text editors);
// - text/html: experimentsHtmlTable(), which spreadsheets paste as typed cells;
// - text/uri-list: a new .xlsx of the rows in `temporaryDirectory`, for dropping a workbook on a
//   file manager or Excel. Its name is readable and never replaces an existing file. The directory
//   should outlive the drag (the drop target may open the file after QDrag::exec() returns).
// When the workbook cannot be written the text flavours are still offered and a warning is logged.
// The caller owns the result (QDrag and QClipboard take ownership).
[[nodiscard]] QMimeData *createExperimentMimeData(const QList<models::ExperimentListRow> &rows,
                                                  const QString &temporaryDirectory);

} // namespace encode::ui
