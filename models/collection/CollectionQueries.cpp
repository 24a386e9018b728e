// The read side of CollectionRepository: listing, details and notes.
#include "CollectionRepository.h"

#include "collection/SoftwareListJson.h"
#include "database/SqlQuery.h"
#include "database/sqlite/SqliteDialect.h"
#include "itemmodels/CollectionColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace encode::models {
namespace {

// The columns of tracked_experiments in the order readExperiment() expects them.
const QString experimentColumns = QStringLiteral(
    "e.accession, e.assay_title, e.target, e.biosample_summary, e.organism, e.organ, e.biosample_type, e.status, "
    "e.date_released, e.description, e.lab, e.award, e.assembly, e.replication_type, e.life_stage, e.url, "
    "e.tracked_at, e.updated_at, e.notes");

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

// Appends "column LIKE ?" conditions for the filters that are set.
void addFilter(QStringList &conditions, QVariantList &values, const QString &column, const QString &text)
{
    if (text.isEmpty())
        return;
    conditions.append(sqlite::likeClause(column));
    values.append(sqlite::containsPattern(text));
}

} // namespace

Result<QList<ExperimentListRow>> CollectionRepository::list(const ListFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    addFilter(conditions, values, QStringLiteral("e.assay_title"), filter.assay);
    addFilter(conditions, values, QStringLiteral("e.organism"), filter.organism);
    addFilter(conditions, values, QStringLiteral("e.organ"), filter.organ);
    if (!filter.accessions.isEmpty()) {
        conditions.append(sqlite::inJsonArrayClause(QStringLiteral("e.accession")));
        values.append(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(filter.accessions)).toJson(QJsonDocument::Compact)));
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));

    // Counts are correlated subqueries on indexed columns: cheap for a filtered few, and for all
    // 100,000 rows still cheaper than grouping every child table first.
    const QString sql = QStringLiteral("SELECT %1, %2, %3, "
                                       "(SELECT COUNT(*) FROM external_references AS r WHERE r.experiment_accession = e.accession), "
                                       "(SELECT group_concat(pmid, ';') FROM publications AS p WHERE p.experiment_accession = e.accession) "
                                       "FROM tracked_experiments AS e%4 ORDER BY e.tracked_at DESC, e.accession")
                            .arg(experimentColumns, QLatin1String(columnInfo(CollectionColumn::Publications).selectSql),
                                 QLatin1String(columnInfo(CollectionColumn::DerivedFiles).selectSql), where);
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, QStringLiteral("listing the collection")))
        return *failed;
    QList<ExperimentListRow> rows;
    const int countColumn = 19;
    while (query.next()) {
        ExperimentListRow row{readExperiment(query), query.value(countColumn).toInt(),
                              query.value(countColumn + 1).toInt(), query.value(countColumn + 2).toInt(),
                              query.value(countColumn + 3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)};
        rows.append(std::move(row));
    }
    return rows;
}

Result<bool> CollectionRepository::isTracked(const QString &accession) const
{
    QSqlQuery query(m_database);
    if (Status failed = execute(query, QStringLiteral("SELECT 1 FROM tracked_experiments WHERE accession = ?"),
                            {accession}, QStringLiteral("looking up ") + accession))
        return *failed;
    return query.next();
}

Result<QString> CollectionRepository::notes(const QString &accession) const
{
    QSqlQuery query(m_database);
    if (Status failed = execute(query, QStringLiteral("SELECT notes FROM tracked_experiments WHERE accession = ?"),
                            {accession}, QStringLiteral("reading the notes of ") + accession))
        return *failed;
    if (!query.next())
        return Failure{Failure::Kind::NotFound, QStringLiteral("%1 is not in the collection").arg(accession)};
    return query.value(0).toString();
}

Result<std::optional<ExperimentDetails>> CollectionRepository::details(const QString &accession) const
{
    const QString purpose = QStringLiteral("reading ") + accession;
    QSqlQuery query(m_database);
    if (Status failed = execute(query,
                            QStringLiteral("SELECT %1, e.raw_metadata FROM tracked_experiments AS e WHERE e.accession = ?")
                                .arg(experimentColumns),
                            {accession}, purpose))
        return *failed;
    if (!query.next())
        return std::optional<ExperimentDetails>();
    ExperimentDetails details;
    details.experiment = readExperiment(query);
    details.experiment.rawMetadata = query.value(19).toString();

    if (Status failed = execute(query, QStringLiteral("SELECT pmid, doi, title, authors, journal, year, abstract FROM "
                                                  "publications WHERE experiment_accession = ? ORDER BY id"),
                            {accession}, purpose))
        return *failed;
    while (query.next()) {
        details.publications.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                     query.value(6).toString()});
    }
    if (Status failed = execute(query, QStringLiteral("SELECT pipeline_title, pipeline_version, analysis_status, "
                                                  "software_list FROM pipeline_info WHERE experiment_accession = ? "
                                                  "ORDER BY id"),
                            {accession}, purpose))
        return *failed;
    while (query.next()) {
        details.pipelines.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  softwareListFromJson(query.value(3).toString())});
    }
    if (Status failed = execute(query, QStringLiteral("SELECT file_accession, metric_type, metric_data FROM "
                                                  "quality_metrics WHERE experiment_accession = ? ORDER BY id"),
                            {accession}, purpose))
        return *failed;
    while (query.next())
        details.qualityMetrics.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});

    if (Status failed = execute(query, QStringLiteral("SELECT reference_type, reference_id, description, linked_at FROM "
                                                  "external_references WHERE experiment_accession = ? ORDER BY id"),
                            {accession}, purpose))
        return *failed;
    while (query.next()) {
        details.externalReferences.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toDouble()});
    }
    if (Status failed = execute(query,
                            QStringLiteral("SELECT id, file_path, source_accessions, description, created_at, file_type, "
                                           "tool_used, parameters, notes FROM derived_files WHERE %1 ORDER BY id")
                                .arg(sqlite::derivedFilesNamingSourceCondition()),
                            {accession}, purpose))
        return *failed;
    while (query.next()) {
        QStringList sources;
        for (const QJsonValue &source : QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
            sources.append(source.toString());
        details.derivedFiles.append({query.value(0).toLongLong(), query.value(1).toString(), sources,
                                     query.value(3).toString(), query.value(4).toDouble(), query.value(5).toString(),
                                     query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return std::optional<ExperimentDetails>(std::move(details));
}

namespace {

// " WHERE <column> IN (...)" for a non-empty accession list, bound as one JSON array.
QString accessionCondition(const QString &column, const QStringList &accessions, QVariantList &values)
{
    if (accessions.isEmpty())
        return {};
    values.append(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(accessions)).toJson(QJsonDocument::Compact)));
    return QStringLiteral(" WHERE ") + sqlite::inJsonArrayClause(column);
}

} // namespace

Result<QList<TrackedExperiment>> CollectionRepository::experiments(const QStringList &accessions,
                                                                   bool withRawMetadata) const
{
    QVariantList values;
    const QString where = accessionCondition(QStringLiteral("e.accession"), accessions, values);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM tracked_experiments AS e%3 ORDER BY e.accession")
                            .arg(experimentColumns, withRawMetadata ? QStringLiteral("e.raw_metadata") : QStringLiteral("NULL"),
                                 where);
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, QStringLiteral("reading experiments")))
        return *failed;
    QList<TrackedExperiment> experiments;
    while (query.next()) {
        TrackedExperiment experiment = readExperiment(query);
        experiment.rawMetadata = query.value(19).toString();
        experiments.append(std::move(experiment));
    }
    return experiments;
}

Result<QList<ExperimentPublication>> CollectionRepository::publications(const QStringList &accessions) const
{
    QVariantList values;
    const QString where = accessionCondition(QStringLiteral("experiment_accession"), accessions, values);
    QSqlQuery query(m_database);
    if (Status failed = execute(query,
                            QStringLiteral("SELECT experiment_accession, pmid, doi, title, authors, journal, year, abstract "
                                           "FROM publications%1 ORDER BY id")
                                .arg(where),
                            values, QStringLiteral("reading publications")))
        return *failed;
    QList<ExperimentPublication> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(),
                     {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                      query.value(7).toString()}});
    }
    return rows;
}

} // namespace encode::models
