#include "models/collection/CollectionSql.h"

namespace encode::models::collectionsql {

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

} // namespace encode::models::collectionsql
