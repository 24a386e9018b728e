#include "app/export/XlsxWriter.h"

#include "app/export/ExportColumns.h"
#include "app/export/OutputFile.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>
#include <xlsxwriter.h>

namespace encode::app {

namespace {

struct CellFormats {
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
};

QString reasonFor(lxw_error code)
{
    return QString::fromUtf8(lxw_strerror(code));
}

// Roughly how many character cells `text` needs: its longest line, East Asian ideographs counting
// double, so the column fits without measuring fonts.
qsizetype displayWidth(const QString &text)
{
    qsizetype longest = 0;
    qsizetype current = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            longest = std::max(longest, current);
            current = 0;
        } else if (!c.isLowSurrogate()) {
            current += c.unicode() >= 0x2E80 ? 2 : 1;
        }
    }
    return std::max(longest, current);
}

// Excel reads "_xHHHH_" in cell text as an escaped character (ECMA-376 ST_Xstring), and
// libxlsxwriter 1.1.4 escapes control characters that way but passes such text through as is, so
// "_x0041_" would open as "A". An underscore that starts such a sequence is written as "_x005F_",
// the escaped underscore; the look-ahead also catches chains like "_x0041_x0042_".
QString keepLiteralEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escapeStart(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    QString literal = text;
    return literal.replace(escapeStart, QStringLiteral("_x005F_"));
}

// Excel's date serials start in 1900 and end in 9999; other dates can only be shown as text.
bool excelCanHold(QDate date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

// Writes one table to a worksheet, row by row, with the finish every sheet shares: a header row,
// widths from the content, the header frozen and an autofilter over the table. Rows go out in order,
// as libxlsxwriter's constant-memory mode requires.
class TableSheetWriter final {
public:
    TableSheetWriter(lxw_worksheet *sheet, const CellFormats &formats, const QList<XlsxColumn> &columns)
        : m_sheet(sheet)
        , m_formats(formats)
        , m_columns(columns)
    {
        // Room for the header and the autofilter's drop-down button.
        for (const XlsxColumn &column : m_columns)
            m_widths.append(double(displayWidth(column.header)) + 3);
    }

    [[nodiscard]] std::optional<QString> writeHeader()
    {
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (const lxw_error e = writeText(0, column(c), m_columns.at(c).header, m_formats.header))
                return reasonFor(e);
        }
        return std::nullopt;
    }

    // An error message naming the refused cell, or nothing.
    [[nodiscard]] std::optional<QString> writeRow(const QVariantList &values)
    {
        ++m_lastRow;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (const lxw_error e = writeCell(m_lastRow, column(c), values.value(c))) {
                return QStringLiteral("%1 (row %2, column %3)")
                    .arg(reasonFor(e), QString::number(qulonglong(m_lastRow) + 1), m_columns.at(c).header);
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] std::optional<QString> finish()
    {
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const XlsxColumn &spec = m_columns.at(c);
            const double width = std::clamp(m_widths.at(c), spec.minWidth, spec.maxWidth);
            if (const lxw_error e = worksheet_set_column(m_sheet, column(c), column(c), width, nullptr))
                return reasonFor(e);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (m_columns.isEmpty())
            return std::nullopt;
        if (const lxw_error e = worksheet_autofilter(m_sheet, 0, 0, m_lastRow, column(m_columns.size() - 1)))
            return reasonFor(e);
        return std::nullopt;
    }

private:
    static lxw_col_t column(qsizetype index) { return lxw_col_t(index); }

    lxw_error writeCell(lxw_row_t row, lxw_col_t col, const QVariant &value)
    {
        switch (value.metaType().id()) {
        case QMetaType::UnknownType:
            return LXW_NO_ERROR;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            fitWidth(col, exportText(value).size());
            return worksheet_write_number(m_sheet, row, col, value.toDouble(), nullptr);
        case QMetaType::QDate:
            return writeDateTime(row, col, value, value.toDate().startOfDay(Qt::UTC), m_formats.date, 10);
        case QMetaType::QDateTime:
            return writeDateTime(row, col, value, value.toDateTime().toUTC(), m_formats.dateTime, 23);
        default:
            return writeText(row, col, value.toString(), m_formats.text);
        }
    }

    // Always a string cell: worksheet_write_string never parses its argument, so "SEPT2" stays
    // text and "=cmd|..." never becomes a formula. The "@" format keeps it text if a user edits it.
    lxw_error writeText(lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            return LXW_NO_ERROR;
        fitWidth(col, displayWidth(text));
        const QByteArray utf8 = keepLiteralEscapes(text).toUtf8();
        return worksheet_write_string(m_sheet, row, col, utf8.constData(), format);
    }

    // `value` is the exported value, written as its text when Excel cannot hold the date.
    lxw_error writeDateTime(lxw_row_t row, lxw_col_t col, const QVariant &value, const QDateTime &utc,
                            lxw_format *format, qsizetype width)
    {
        if (!utc.isValid())
            return LXW_NO_ERROR;
        if (!excelCanHold(utc.date()))
            return writeText(row, col, exportText(value), m_formats.text);
        const QDate date = utc.date();
        const QTime time = utc.time();
        lxw_datetime cell{date.year(), date.month(),  date.day(),
                          time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
        fitWidth(col, width);
        return worksheet_write_datetime(m_sheet, row, col, &cell, format);
    }

    void fitWidth(lxw_col_t col, qsizetype characters)
    {
        m_widths[col] = std::max(m_widths.at(col), double(characters) + 1);
    }

    lxw_worksheet *m_sheet;
    CellFormats m_formats;
    QList<XlsxColumn> m_columns;
    QList<double> m_widths;
    lxw_row_t m_lastRow = 0; // the header's row until the first data row
};

// Owns an lxw_workbook. libxlsxwriter touches the disk only in workbook_close(), which also frees the
// workbook, so every path ends in close() and the caller decides whether the output is kept.
class WorkbookFile final {
public:
    explicit WorkbookFile(const QString &fileName)
        : m_workbook(openConstantMemory(fileName))
    {
    }
    ~WorkbookFile()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    WorkbookFile(const WorkbookFile &) = delete;
    WorkbookFile &operator=(const WorkbookFile &) = delete;

    [[nodiscard]] bool isOpen() const { return m_workbook != nullptr; }

    [[nodiscard]] CellFormats addFormats()
    {
        CellFormats formats;
        formats.header = workbook_add_format(m_workbook);
        format_set_bold(formats.header);
        format_set_pattern(formats.header, LXW_PATTERN_SOLID);
        format_set_bg_color(formats.header, 0xD9E1F2);
        format_set_bottom(formats.header, LXW_BORDER_THIN);
        formats.text = workbook_add_format(m_workbook);
        format_set_num_format(formats.text, "@");
        formats.date = workbook_add_format(m_workbook);
        format_set_num_format(formats.date, "yyyy-mm-dd");
        // Excel has no time zones; the stored instants are UTC and the cells say so.
        formats.dateTime = workbook_add_format(m_workbook);
        format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm:ss \"UTC\"");
        return formats;
    }

    [[nodiscard]] lxw_worksheet *addWorksheet(const QString &name)
    {
        return workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    }

    // Empty on success; otherwise libxlsxwriter's reason and, when the file could not be created,
    // the system's.
    [[nodiscard]] QString close()
    {
        if (!m_workbook)
            return {};
        errno = 0;
        const lxw_error error = workbook_close(m_workbook);
        const int systemError = errno; // set by the fopen() inside workbook_close()
        m_workbook = nullptr;
        if (error == LXW_NO_ERROR)
            return {};
        if (error == LXW_ERROR_CREATING_XLSX_FILE && systemError != 0)
            return QStringLiteral("%1 (%2)").arg(reasonFor(error), qt_error_string(systemError));
        return reasonFor(error);
    }

private:
    // Constant memory: a worksheet keeps only its current row; the rows before it are already in a
    // temporary file (in the system's temporary directory) that workbook_close() copies into the zip.
    static lxw_workbook *openConstantMemory(const QString &fileName)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        return workbook_new_opt(QFile::encodeName(fileName).constData(), &options); // it keeps a copy
    }

    lxw_workbook *m_workbook;
};

} // namespace

struct XlsxTableWorkbook::State {
    explicit State(const QString &name)
        : fileName(name)
        , workbook(name)
    {
        if (workbook.isOpen())
            formats = workbook.addFormats();
    }

    // Finishes the current sheet, if any.
    std::optional<QString> finishSheet()
    {
        if (!sheet)
            return std::nullopt;
        std::optional<QString> failure = sheet->finish();
        sheet.reset();
        if (failure)
            return QStringLiteral("sheet %1: %2").arg(sheetName, *failure);
        return std::nullopt;
    }

    QString fileName;
    WorkbookFile workbook;
    CellFormats formats;
    std::optional<TableSheetWriter> sheet;
    QString sheetName;
    bool finished = false;
};

XlsxTableWorkbook::XlsxTableWorkbook(const QString &fileName)
    : m_state(std::make_unique<State>(fileName))
{
}

XlsxTableWorkbook::~XlsxTableWorkbook()
{
    if (m_state->finished)
        return;
    // libxlsxwriter has no way to abandon a workbook: close it (which writes the file) and remove it.
    (void)m_state->workbook.close();
    QFile::remove(m_state->fileName);
}

std::optional<QString> XlsxTableWorkbook::addSheet(const QString &name, const QList<XlsxColumn> &columns)
{
    if (!m_state->workbook.isOpen())
        return reasonFor(LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (std::optional<QString> failure = m_state->finishSheet())
        return failure;
    lxw_worksheet *worksheet = m_state->workbook.addWorksheet(name);
    if (!worksheet)
        return QStringLiteral("cannot add the sheet %1").arg(name);
    m_state->sheetName = name;
    m_state->sheet.emplace(worksheet, m_state->formats, columns);
    if (std::optional<QString> failure = m_state->sheet->writeHeader())
        return QStringLiteral("sheet %1: %2").arg(name, *failure);
    return std::nullopt;
}

std::optional<QString> XlsxTableWorkbook::addRow(const QVariantList &values)
{
    if (!m_state->sheet)
        return QStringLiteral("a row before any sheet");
    if (std::optional<QString> failure = m_state->sheet->writeRow(values))
        return QStringLiteral("sheet %1: %2").arg(m_state->sheetName, *failure);
    return std::nullopt;
}

std::optional<QString> XlsxTableWorkbook::finish()
{
    if (!m_state->workbook.isOpen())
        return reasonFor(LXW_ERROR_MEMORY_MALLOC_FAILED);
    std::optional<QString> failure = m_state->finishSheet();
    const QString closeError = m_state->workbook.close();
    if (!failure && !closeError.isEmpty())
        failure = closeError;
    if (failure)
        QFile::remove(m_state->fileName);
    m_state->finished = true;
    return failure;
}

QList<XlsxColumn> experimentSheetColumns()
{
    QList<XlsxColumn> columns;
    for (const QString &header : exportHeaders()) {
        XlsxColumn column{header};
        if (header == u"accession") {
            column.minWidth = 14;
        } else if (header == u"url") {
            column.maxWidth = 80;
        } else if (header == u"description" || header == u"notes" || header == u"biosample_summary") {
            column.maxWidth = 60;
        }
        columns.append(column);
    }
    return columns;
}

models::Failure xlsxWriteFailure(const QString &path, const QString &reason)
{
    return models::storageFailure(QStringLiteral("Could not write the workbook \"%1\": %2")
                                      .arg(QDir::toNativeSeparators(path), reason));
}

models::Status writeExperimentsXlsx(const QString &path, const QList<models::ExperimentListRow> &rows)
{
    models::Result<std::unique_ptr<OutputFile>> output = OutputFile::open(path, QString());
    if (!output.ok())
        return output.failure();
    {
        XlsxTableWorkbook workbook(output.value()->partPath());
        std::optional<QString> failure = workbook.addSheet(QStringLiteral("Experiments"), experimentSheetColumns());
        for (qsizetype r = 0; !failure && r < rows.size(); ++r)
            failure = workbook.addRow(exportValues(rows.at(r)));
        if (!failure)
            failure = workbook.finish();
        if (failure)
            return xlsxWriteFailure(path, *failure);
    }
    return output.value()->commit();
}

} // namespace encode::app
