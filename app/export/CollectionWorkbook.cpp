#include "app/export/CollectionWorkbook.h"

#include "app/export/ExportColumns.h"
#include "app/export/XlsxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>

namespace encode::app {
namespace {

QList<XlsxColumn> publicationColumns()
{
    return {{QStringLiteral("experiment_accession"), 14}, {QStringLiteral("pmid")},
            {QStringLiteral("doi")},
            {QStringLiteral("title"), 0, 60},
            {QStringLiteral("authors"), 0, 60},
            {QStringLiteral("journal"), 0, 40},
            {QStringLiteral("year")}};
}

// A year is a number in a spreadsheet (it sorts and filters as one); anything else stays its text.
QVariant yearValue(const QString &year)
{
    bool isNumber = false;
    const int number = year.toInt(&isNumber);
    return isNumber && year.size() <= 4 && number > 0 ? QVariant(number) : QVariant(year);
}

QVariantList publicationValues(const models::ExperimentPublication &row)
{
    const models::Publication &p = row.publication;
    return {row.experimentAccession, p.pmid, p.doi, p.title, p.authors, p.journal, yearValue(p.year)};
}

// derived_files columns in the order a reader wants them; any other column (one a later schema adds)
// follows in table order. The row id is internal and left out.
QStringList provenanceColumnNames(const QStringList &tableColumns)
{
    QStringList names;
    for (const char *preferred : {"file_path", "source_accessions", "tool_used", "parameters", "description",
                                  "file_type", "created_at", "file_size", "sha256"}) {
        if (tableColumns.contains(QLatin1String(preferred)))
            names.append(QLatin1String(preferred));
    }
    for (const QString &column : tableColumns) {
        if (!names.contains(column) && column != u"id")
            names.append(column);
    }
    return names;
}

QList<XlsxColumn> provenanceColumns(const QStringList &names)
{
    QList<XlsxColumn> columns;
    for (const QString &name : names)
        columns.append({name, 0, name == u"file_path" ? 80.0 : 60.0});
    return columns;
}

// The stored sources are a JSON array; shown joined with ";" like pmids, or as stored when not an array.
QVariant sourcesValue(const QVariant &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    if (!document.isArray())
        return stored;
    QStringList sources;
    for (const QJsonValue &source : document.array())
        sources.append(source.toString());
    return sources.join(QLatin1Char(';'));
}

// The collection stores times as REAL seconds since the epoch in columns named "..._at" (created_at,
// and file_modified_at since schema version 3); they become date cells.
bool isTimestampColumn(const QString &name, const QVariant &value)
{
    const int type = value.metaType().id();
    return name.endsWith(u"_at") && (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int);
}

QVariantList provenanceValues(const QSqlRecord &record, const QStringList &names)
{
    QVariantList values;
    for (const QString &name : names) {
        const QVariant value = record.value(name);
        if (value.isNull())
            values.append(QVariant()); // SQL NULL: an empty cell, never 0
        else if (isTimestampColumn(name, value))
            values.append(exportTimestamp(value.toDouble()));
        else if (name == u"source_accessions")
            values.append(sourcesValue(value));
        else
            values.append(value);
    }
    return values;
}

// Streams the three sheets; the first failure (a refused cell, or a stop) in `failure`, or the
// database's failure as the result.
class WorkbookExport final {
public:
    WorkbookExport(const models::CollectionRepository &repository, const models::CollectionFilter &filter,
                   XlsxTableWorkbook &workbook, ExportRun &run)
        : m_repository(repository)
        , m_filter(filter)
        , m_workbook(workbook)
        , m_run(run)
    {
    }

    [[nodiscard]] models::Status write()
    {
        m_failure = m_workbook.addSheet(QStringLiteral("Experiments"), experimentSheetColumns());
        if (m_failure || !m_run.start())
            return std::nullopt;
        if (models::Status read = m_repository.forEachListRow(m_filter, [this](const models::ExperimentListRow &row) {
                return add(exportValues(row)) && m_run.rowWritten();
            }))
            return read;
        if (m_failure || !m_run.finish())
            return std::nullopt;

        m_failure = m_workbook.addSheet(QStringLiteral("Publications"), publicationColumns());
        if (m_failure)
            return std::nullopt;
        if (models::Status read = m_repository.forEachPublication(m_filter, [this](const models::ExperimentPublication &row) {
                return add(publicationValues(row));
            }))
            return read;

        const QStringList names = provenanceColumnNames(m_repository.derivedFileColumns());
        if (!m_failure)
            m_failure = m_workbook.addSheet(QStringLiteral("Provenance"), provenanceColumns(names));
        if (m_failure)
            return std::nullopt;
        return m_repository.forEachDerivedFileRecord(m_filter, [this, &names](const QSqlRecord &record) {
            return add(provenanceValues(record, names));
        });
    }

    [[nodiscard]] const std::optional<QString> &failure() const { return m_failure; }

private:
    bool add(const QVariantList &values)
    {
        m_failure = m_workbook.addRow(values);
        return !m_failure;
    }

    const models::CollectionRepository &m_repository;
    const models::CollectionFilter &m_filter;
    XlsxTableWorkbook &m_workbook;
    ExportRun &m_run;
    std::optional<QString> m_failure;
};

} // namespace

models::Status writeCollectionWorkbook(const models::CollectionRepository &repository, const models::CollectionFilter &filter,
                                       const QString &fileName, const QString &targetPath, ExportRun &run)
{
    XlsxTableWorkbook workbook(fileName); // removes the file unless finish() succeeds
    WorkbookExport sheets(repository, filter, workbook, run);
    if (models::Status read = sheets.write())
        return read;
    if (run.cancelled())
        return ExportRun::cancelledFailure();
    std::optional<QString> failure = sheets.failure();
    if (!failure)
        failure = workbook.finish();
    if (failure)
        return xlsxWriteFailure(targetPath, *failure);
    return std::nullopt;
}

} // namespace encode::app
