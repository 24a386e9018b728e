#pragma once

#include "models/collection/CollectionRecords.h"

#include <QList>
#include <QString>

namespace encode::app {

// The export columns (ExportColumns.h) as a small UTF-8 HTML document with one <table>: the
// clipboard and drag flavour Excel, LibreOffice and Sheets paste as cells (INTEROP.md 2.2).
//
// This is the spreadsheet-facing flavour, so it is steered for Excel: the table is x:str and every
// text cell carries mso-number-format '\@' (gene names and accessions stay text), counts carry x:num,
// dates and date-times are ISO 8601 text, line breaks stay inside their cell, and text that a
// spreadsheet would evaluate (leading =, +, -, @, tab or CR) gets a leading apostrophe
// (INTEROP.md 2.4). The exact values travel in the TSV and .xlsx flavours.
[[nodiscard]] QString experimentsHtmlTable(const QList<models::ExperimentListRow> &rows);

// `text` with the apostrophe escape of OWASP ASVS 1.2.10 when a spreadsheet would evaluate it.
[[nodiscard]] QString spreadsheetSafeText(const QString &text);

} // namespace encode::app
