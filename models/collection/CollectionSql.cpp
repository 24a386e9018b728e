#include "models/collection/CollectionSql.h"

#include "models/database/sqlite/SqliteDialect.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::models::collectionsql {
namespace {

// Appends "column LIKE ?" conditions for the filters that are set.
void addFilter(QStringList &conditions, QVariantList &values, const QString &column, const QString &text)
{
    if (text.isEmpty())
        return;
    conditions.append(sqlite::likeClause(column));
    values.append(sqlite::containsPattern(text));
}

} // namespace

const QString &experimentColumns()
{
    static const QString columns = QStringLiteral(
        "e.accession, e.assay_title, e.target, e.biosample_summary, e.organism, e.organ, e.biosample_type, e.status, "
        "e.date_released, e.description, e.lab, e.award, e.assembly, e.replication_type, e.life_stage, e.url, "
        "e.tracked_at, e.updated_at, e.notes");
    return columns;
}

TrackedExperiment readExperiment(const QSqlQuery &query)
{
    int column = 0;
    const auto next = [&] { return query.value(column++).toString(); };
    TrackedExperiment e;
    e.accession = next();
    e.assayTitle = next();
    e.target = next();
    e.biosampleSummary = next();
    e.organism = next();
    e.organ = next();
    e.biosampleType = next();
    e.status = next();
    e.dateReleased = next();
    e.description = next();
    e.lab = next();
    e.award = next();
    e.assembly = next();
    e.replicationType = next();
    e.lifeStage = next();
    e.url = next();
    e.trackedAt = query.value(column++).toDouble();
    e.updatedAt = query.value(column++).toDouble();
    e.notes = next();
    if (e.notes.isNull())
        e.notes = QStringLiteral("");
    return e;
}

QString listFilterWhere(const ListFilter &filter, QVariantList &values)
{
    QStringList conditions;
    addFilter(conditions, values, QStringLiteral("e.assay_title"), filter.assay);
    addFilter(conditions, values, QStringLiteral("e.organism"), filter.organism);
    addFilter(conditions, values, QStringLiteral("e.organ"), filter.organ);
    if (!filter.accessions.isEmpty()) {
        conditions.append(sqlite::inJsonArrayClause(QStringLiteral("e.accession")));
        values.append(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(filter.accessions)).toJson(QJsonDocument::Compact)));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

bool isEmpty(const ListFilter &filter)
{
    return filter.assay.isEmpty() && filter.organism.isEmpty() && filter.organ.isEmpty() && filter.accessions.isEmpty();
}

} // namespace encode::models::collectionsql
