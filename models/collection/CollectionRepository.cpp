#include "models/collection/CollectionRepository.h"

#include "models/collection/SoftwareListJson.h"
#include "models/database/CollectionFiles.h"
#include "models/database/SqlQuery.h"
#include "models/database/Transaction.h"
#include "models/database/sqlite/SqliteDialect.h"

#include <QSqlError>

namespace encode::models {

CollectionRepository::CollectionRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QString CollectionRepository::collectionPath() const
{
    return collectionPathOf(m_database);
}

Result<SaveAction> CollectionRepository::save(const ExperimentRecord &record, const SaveOptions &options)
{
    const TrackedExperiment &e = record.experiment;
    if (e.accession.isEmpty())
        return invalidInput(QStringLiteral("the Portal's answer has no accession; nothing was stored"));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return storageFailure(QStringLiteral("cannot start writing to the collection: ") + transaction.error());

    Result<bool> existed = isTracked(e.accession);
    if (!existed.ok())
        return existed.failure();

    QSqlQuery query(m_database);
    const QString notes = options.notes.value_or(QString());
    if (Status failed = execute(query, sqlite::upsertExperimentStatement(),
                                {e.accession, textOrNull(e.assayTitle), textOrNull(e.target),
                                 textOrNull(e.biosampleSummary), textOrNull(e.organism), textOrNull(e.organ),
                                 textOrNull(e.biosampleType), textOrNull(e.status), textOrNull(e.dateReleased),
                                 textOrNull(e.description), textOrNull(e.lab), textOrNull(e.award),
                                 textOrNull(e.assembly), textOrNull(e.replicationType), textOrNull(e.lifeStage),
                                 textOrNull(e.url), textOrNull(e.rawMetadata), options.now, options.now,
                                 notes.isNull() ? QStringLiteral("") : notes, options.notes.has_value()},
                                QStringLiteral("storing %1").arg(e.accession)))
        return *failed;
    if (Status failed = writeChildren(record, options))
        return *failed;
    if (!transaction.commit())
        return storageFailure(QStringLiteral("cannot commit %1: %2").arg(e.accession, transaction.error()));
    return existed.value() ? SaveAction::Updated : SaveAction::Tracked;
}

namespace {

// Replaces an experiment's rows in one child table: the old rows go, the new ones come in.
Status replaceChildren(QSqlQuery &query, const QString &table, const QString &columns, const QString &accession,
                       const QList<QVariantList> &rows, const QString &purpose)
{
    if (Status s = execute(query, QStringLiteral("DELETE FROM %1 WHERE experiment_accession = ?").arg(table),
                           {accession}, purpose))
        return s;
    const QStringList placeholders(columns.split(QLatin1Char(',')).size() + 1, QStringLiteral("?"));
    const QString insert = QStringLiteral("INSERT INTO %1 (experiment_accession, %2) VALUES (%3)")
                               .arg(table, columns, placeholders.join(QLatin1String(", ")));
    for (QVariantList values : rows) {
        values.prepend(accession);
        if (Status s = execute(query, insert, values, purpose))
            return s;
    }
    return std::nullopt;
}

} // namespace

Status CollectionRepository::writeChildren(const ExperimentRecord &record, const SaveOptions &options)
{
    const QString accession = record.experiment.accession;
    const QString purpose = QStringLiteral("storing the details of ") + accession;
    QSqlQuery query(m_database);

    if (options.replacePublications) {
        QList<QVariantList> rows;
        for (const Publication &p : record.publications)
            rows.append({textOrNull(p.pmid.isEmpty() ? QString() : p.pmid), textOrNull(p.doi), textOrNull(p.title),
                         textOrNull(p.authors), textOrNull(p.journal), textOrNull(p.year), textOrNull(p.abstract)});
        if (Status s = replaceChildren(query, QStringLiteral("publications"),
                                       QStringLiteral("pmid, doi, title, authors, journal, year, abstract"), accession,
                                       rows, purpose))
            return s;
    }
    if (options.replacePipelines) {
        QList<QVariantList> rows;
        for (const Pipeline &p : record.pipelines)
            rows.append({textOrNull(p.title), textOrNull(p.version), softwareListToJson(p.software),
                         textOrNull(p.analysisStatus)});
        if (Status s = replaceChildren(query, QStringLiteral("pipeline_info"),
                                       QStringLiteral("pipeline_title, pipeline_version, software_list, analysis_status"),
                                       accession, rows, purpose))
            return s;
    }
    QList<QVariantList> metrics;
    for (const QualityMetric &m : record.qualityMetrics)
        metrics.append({textOrNull(m.fileAccession), textOrNull(m.metricType), m.metricData});
    if (Status s = replaceChildren(query, QStringLiteral("quality_metrics"),
                                   QStringLiteral("file_accession, metric_type, metric_data"), accession, metrics, purpose))
        return s;
    // Links are added, never replaced: the user's own references and descriptions stay.
    for (const ExternalReference &r : record.linkedReferences) {
        if (Status s = execute(query, sqlite::insertReferenceIfNewStatement(),
                               {accession, r.type, r.id, r.description, options.now}, purpose))
            return s;
    }
    return std::nullopt;
}

Result<bool> CollectionRepository::untrack(const QString &accession)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return storageFailure(QStringLiteral("cannot start writing to the collection: ") + transaction.error());
    Result<bool> tracked = isTracked(accession);
    if (!tracked.ok() || !tracked.value())
        return tracked;

    const QString purpose = QStringLiteral("untracking ") + accession;
    QSqlQuery query(m_database);
    for (const char *table : {"publications", "pipeline_info", "quality_metrics", "external_references"}) {
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE experiment_accession = ?").arg(QLatin1String(table));
        if (Status s = execute(query, sql, {accession}, purpose))
            return *s;
    }
    if (Status s = execute(query, QStringLiteral("DELETE FROM tracked_experiments WHERE accession = ?"),
                           {accession}, purpose))
        return *s;
    if (!transaction.commit())
        return storageFailure(QStringLiteral("cannot commit untracking %1: %2")
                                  .arg(accession, transaction.error()));
    return true;
}

Status CollectionRepository::setNotes(const QString &accession, const QString &notes)
{
    QSqlQuery query(m_database);
    if (Status s = execute(query, QStringLiteral("UPDATE tracked_experiments SET notes = ? WHERE accession = ?"),
                           {notes, accession}, QStringLiteral("saving the notes of ") + accession))
        return s;
    if (query.numRowsAffected() == 0)
        return Failure{Failure::Kind::NotFound, QStringLiteral("%1 is not in the collection").arg(accession)};
    return std::nullopt;
}

} // namespace encode::models
