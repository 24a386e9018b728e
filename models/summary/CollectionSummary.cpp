#include "models/summary/CollectionSummary.h"

#include "models/collection/CollectionFilterSql.h"
#include "models/collection/CollectionSql.h"
#include "models/database/SqlQuery.h"
#include "models/summary/SummarySql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <utility>

namespace encode::models {
namespace {

// The conditions CollectionRepository::list() applies, so a summary describes exactly what `list`
// with the same options prints; a list of accessions is looked up in the scope table (fillScope()).
QString summaryWhere(CollectionFilter filter, QVariantList &values)
{
    const bool scoped = !filter.accessions.isEmpty();
    filter.accessions.clear();
    const QString where = collectionsql::filterWhere(filter, values);
    if (!scoped)
        return where;
    const QString inScope = summarysql::inScopeCondition(QStringLiteral("e.accession"));
    return (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) + inScope;
}

Result<QList<SummaryCount>> countsOf(const QSqlDatabase &database, const GroupingInfo &grouping,
                                     const QString &where, const QVariantList &values)
{
    const QString column = QLatin1String(grouping.column);
    const QString label = QLatin1String(grouping.emptyLabel);
    const QString sql = grouping.multiValued ? summarysql::multiValueCountsStatement(column, where, label)
                                             : summarysql::singleValueCountsStatement(column, where, label);
    QSqlQuery query(database);
    const QString purpose = QStringLiteral("counting experiments by %1").arg(column);
    if (Status failed = execute(query, sql, values, purpose))
        return *failed;
    QList<SummaryCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    if (query.lastError().isValid())
        return storageFailure(purpose + QStringLiteral(": ") + query.lastError().text());
    return counts;
}

// Puts the filter's accessions into the scope table that filterWhere() refers to.
Status fillScope(const QSqlDatabase &database, const QStringList &accessions)
{
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(accessions)).toJson(QJsonDocument::Compact));
    const QStringList statements = summarysql::fillScopeStatements();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery query(database);
        const QVariantList values = i + 1 == statements.size() ? QVariantList{list} : QVariantList{};
        if (Status failed = execute(query, statements.at(i), values, QStringLiteral("listing the experiments to summarise")))
            return failed;
    }
    return std::nullopt;
}

} // namespace

QList<SummaryCount> CollectionSummary::counts(Grouping grouping) const
{
    for (const SummaryGrouping &g : groupings) {
        if (g.grouping == grouping)
            return g.counts;
    }
    return {};
}

Result<CollectionSummary> summarizeCollection(const QSqlDatabase &database, const CollectionFilter &filter)
{
    if (!filter.accessions.isEmpty()) {
        if (Status failed = fillScope(database, filter.accessions))
            return *failed;
    }
    QVariantList values;
    const QString where = summaryWhere(filter, values);
    CollectionSummary summary;
    {
        QSqlQuery query(database);
        const QString purpose = QStringLiteral("counting the collection");
        if (Status failed =
                execute(query, summarysql::totalsStatement(where, !where.isEmpty()), values, purpose))
            return *failed;
        if (!query.next())
            return storageFailure(purpose + QStringLiteral(": ") + query.lastError().text());
        summary.totalExperiments = query.value(0).toInt();
        summary.totalPublications = query.value(1).toInt();
        summary.totalDerivedFiles = query.value(2).toInt();
        summary.totalExternalReferences = query.value(3).toInt();
    }
    for (const GroupingInfo &grouping : allGroupings()) {
        Result<QList<SummaryCount>> counts = countsOf(database, grouping, where, values);
        if (!counts.ok())
            return counts.failure();
        summary.groupings.append({grouping.grouping, std::move(counts).value()});
    }
    return summary;
}

} // namespace encode::models
