#pragma once

#include "models/collection/CollectionRecords.h"
#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace encode::app {

// One column of a table sheet; widths are in Excel's character units.
struct XlsxColumn {
    QString header;
    double minWidth = 0;
    double maxWidth = 50;
};

// The columns of the "Experiments" sheet: the export columns (ExportColumns.h) with width limits.
[[nodiscard]] QList<XlsxColumn> experimentSheetColumns();

// Streams table sheets into an .xlsx file with libxlsxwriter's constant-memory mode: each row goes to
// a temporary file as soon as the next one starts, so a sheet of 100,000 rows never sits in memory.
// Sheets come one after another and rows in order. Every sheet gets the same finish: a bold, frozen
// header row with an autofilter, widths from the content, text as text cells (gene names never
// turn into dates, nothing ever becomes a formula), numbers as numbers and dates as real dates.
// Values are typed as exportValues() makes them; a QDateTime is shown as UTC.
class XlsxTableWorkbook final {
public:
    // Nothing is written to `fileName` before finish().
    explicit XlsxTableWorkbook(const QString &fileName);
    ~XlsxTableWorkbook(); // without a successful finish(), whatever was written is removed
    XlsxTableWorkbook(const XlsxTableWorkbook &) = delete;
    XlsxTableWorkbook &operator=(const XlsxTableWorkbook &) = delete;

    // Each returns libxlsxwriter's reason (naming the sheet, and the row and column of a refused
    // cell), or nothing.
    [[nodiscard]] std::optional<QString> addSheet(const QString &name, const QList<XlsxColumn> &columns);
    [[nodiscard]] std::optional<QString> addRow(const QVariantList &values);
    // Finishes the last sheet and writes the file; a failed file is removed.
    [[nodiscard]] std::optional<QString> finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Writes `rows` to `path` as an .xlsx workbook with one sheet, "Experiments", holding the export
// columns. The workbook is assembled next to `path` and renamed into place, so `path` is either
// the complete new file or untouched. A Failure names the path and libxlsxwriter's reason.
[[nodiscard]] models::Status writeExperimentsXlsx(const QString &path,
                                                  const QList<models::ExperimentListRow> &rows);

// The Failure for a workbook that could not be written to `path`.
[[nodiscard]] models::Failure xlsxWriteFailure(const QString &path, const QString &reason);

} // namespace encode::app
