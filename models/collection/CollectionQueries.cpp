// The read side of CollectionRepository: details, notes and lookups (listing is in CollectionStreams.cpp).
#include "models/collection/CollectionRepository.h"

#include "models/collection/CollectionSql.h"
#include "models/collection/SoftwareListJson.h"
#include "models/database/SqlQuery.h"
#include "models/database/sqlite/SqliteDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace encode::models {

using collectionsql::experimentColumns;
using collectionsql::readExperiment;

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
                                .arg(experimentColumns()),
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
                            .arg(experimentColumns(), withRawMetadata ? QStringLiteral("e.raw_metadata") : QStringLiteral("NULL"),
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
