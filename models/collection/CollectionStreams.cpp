// The read side of CollectionRepository that walks many rows: list() and the streaming reads behind
// exports. Each runs one forward-only query (SqlQuery's execute()), so SQLite hands out rows as they
// are stepped and no result set is cached, whatever the size of the collection.
#include "models/collection/CollectionRepository.h"

#include "models/collection/CollectionFilterSql.h"
#include "models/collection/CollectionSql.h"
#include "models/database/SqlQuery.h"
#include "models/database/sqlite/SqliteDialect.h"
#include "models/itemmodels/CollectionColumns.h"

#include <QSqlError>

namespace encode::models {
namespace {

// Steps `query` to its end (or until `visit` says stop), then tells a broken step from the end.
template <typename Row, typename Read>
Status visitRows(QSqlQuery &query, Read read, const CollectionRepository::RowVisitor<Row> &visit,
                 const QString &purpose)
{
    while (query.next()) {
        if (!visit(read(query)))
            return std::nullopt;
    }
    if (query.lastError().isValid())
        return storageFailure(purpose + QStringLiteral(": ") + query.lastError().text());
    return std::nullopt;
}

ExperimentListRow readListRow(const QSqlQuery &query)
{
    const int counts = collectionsql::experimentColumnCount;
    return {collectionsql::readExperiment(query), query.value(counts).toInt(), query.value(counts + 1).toInt(),
            query.value(counts + 2).toInt(),
            query.value(counts + 3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)};
}

// The accessions a filter selects, as a sub-SELECT for "... IN (...)".
QString selectedAccessions(const CollectionFilter &filter, QVariantList &values)
{
    return QStringLiteral("SELECT e.accession FROM tracked_experiments AS e")
        + collectionsql::filterWhere(filter, values);
}

} // namespace

Status CollectionRepository::forEachListRow(const CollectionFilter &filter, const RowVisitor<ExperimentListRow> &visit) const
{
    QVariantList values;
    const QString where = collectionsql::filterWhere(filter, values);
    // Counts are correlated subqueries on indexed columns: cheap for a filtered few, and for all
    // 100,000 rows still cheaper than grouping every child table first. The order follows
    // idx_tracked_at, so SQLite sorts only ties, not the whole table.
    const QString sql = QStringLiteral("SELECT %1, %2, %3, "
                                       "(SELECT COUNT(*) FROM external_references AS r WHERE r.experiment_accession = e.accession), "
                                       "(SELECT group_concat(pmid, ';') FROM publications AS p WHERE p.experiment_accession = e.accession) "
                                       "FROM tracked_experiments AS e%4 ORDER BY e.tracked_at DESC, e.accession")
                            .arg(collectionsql::experimentColumns(),
                                 QLatin1String(columnInfo(CollectionColumn::Publications).selectSql),
                                 QLatin1String(columnInfo(CollectionColumn::DerivedFiles).selectSql), where);
    const QString purpose = QStringLiteral("listing the collection");
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, purpose))
        return failed;
    return visitRows(query, readListRow, visit, purpose);
}

Result<QList<ExperimentListRow>> CollectionRepository::list(const CollectionFilter &filter) const
{
    QList<ExperimentListRow> rows;
    if (Status failed = forEachListRow(filter, [&rows](const ExperimentListRow &row) {
            rows.append(row);
            return true;
        }))
        return *failed;
    return rows;
}

Result<int> CollectionRepository::count(const CollectionFilter &filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM tracked_experiments AS e")
                        + collectionsql::filterWhere(filter, values);
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, QStringLiteral("counting the collection")))
        return *failed;
    if (!query.next())
        return storageFailure(QStringLiteral("counting the collection: ") + query.lastError().text());
    return query.value(0).toInt();
}

Status CollectionRepository::forEachPublication(const CollectionFilter &filter,
                                                const RowVisitor<ExperimentPublication> &visit) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT p.experiment_accession, p.pmid, p.doi, p.title, p.authors, p.journal, "
                                       "p.year, p.abstract FROM publications AS p "
                                       "JOIN tracked_experiments AS e ON e.accession = p.experiment_accession%1 "
                                       "ORDER BY e.tracked_at DESC, e.accession, p.id")
                            .arg(collectionsql::filterWhere(filter, values));
    const QString purpose = QStringLiteral("reading publications");
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, purpose))
        return failed;
    const auto read = [](const QSqlQuery &q) {
        return ExperimentPublication{q.value(0).toString(),
                                     {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                      q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                      q.value(7).toString()}};
    };
    return visitRows(query, read, visit, purpose);
}

QStringList CollectionRepository::derivedFileColumns() const
{
    const QSqlRecord record = m_database.record(QStringLiteral("derived_files"));
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

Status CollectionRepository::forEachDerivedFileRecord(const CollectionFilter &filter, const RowVisitor<QSqlRecord> &visit) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT * FROM derived_files");
    if (!filter.isEmpty())
        sql += QStringLiteral(" WHERE ") + sqlite::derivedFilesNamingAnyOfCondition(selectedAccessions(filter, values));
    sql += QStringLiteral(" ORDER BY id");
    const QString purpose = QStringLiteral("reading derived files");
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, purpose))
        return failed;
    return visitRows(query, [](const QSqlQuery &q) { return q.record(); }, visit, purpose);
}

} // namespace encode::models
