#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/core/Result.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace encode::app {

// Exports the collection (TRACKER-SPEC section 8) for R, pandas and Excel. The command line and the
// window both call these; rows are read from the database and written one at a time, so 100,000
// experiments never sit in memory together.
enum class ExportFormat { Csv, Tsv, Json, Xlsx };

// "csv", "tsv", "json", "xlsx" (exactly; nothing for anything else) and back.
[[nodiscard]] std::optional<ExportFormat> exportFormatNamed(const QString &name);
[[nodiscard]] QString exportFormatName(ExportFormat format);

struct ExportRequest {
    ExportFormat format = ExportFormat::Csv;
    models::CollectionFilter filter; // which experiments (empty: all)
    bool excelBom = false;       // csv/tsv: start with a UTF-8 BOM so Excel reads UTF-8
};

// Called every few hundred rows with (written, total); return false to stop (the export then fails as
// Cancelled and a file target is left untouched).
using ExportProgress = std::function<bool(int written, int total)>;

// Text formats to a device (stdout, a buffer). Xlsx is refused here (InvalidInput: it needs a file).
//  - csv/tsv: the export columns with RFC 4180 quoting (a field holding the separator, a quote, CR or
//    LF is quoted), UTF-8, values exactly as stored, times in ISO 8601.
//  - json: an array of row objects, one per line, keys in column order; counts are numbers and
//    absent values null.
[[nodiscard]] models::Status exportCollection(QSqlDatabase database, const ExportRequest &request, QIODevice &out,
                                              const ExportProgress &progress = {});

// Any format to a file, atomically: written to PATH.part and renamed over PATH only when complete.
// Xlsx holds three sheets: "Experiments" (the export columns), "Publications" (one row per
// publication and citing experiment) and "Provenance" (the derived files naming those experiments;
// every derived file when the filter is empty).
[[nodiscard]] models::Status exportCollectionToFile(QSqlDatabase database, const ExportRequest &request,
                                                    const QString &path, const ExportProgress &progress = {});

} // namespace encode::app
