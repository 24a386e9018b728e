#pragma once

#include "collection/CollectionRecords.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace encode::models {

// Reads and writes the collection. Every write that touches several rows runs in one transaction:
// an experiment and its child rows are stored together or not at all.
class CollectionRepository final {
public:
    explicit CollectionRepository(QSqlDatabase database);

    [[nodiscard]] Result<SaveAction> save(const ExperimentRecord &record, const SaveOptions &options);

    // Removes the experiment and its publications, pipelines, metrics and references. Derived-file
    // records are provenance and are never deleted. False when the accession was not tracked.
    [[nodiscard]] Result<bool> untrack(const QString &accession);

    [[nodiscard]] Result<QList<ExperimentListRow>> list(const ListFilter &filter) const;
    [[nodiscard]] Result<std::optional<ExperimentDetails>> details(const QString &accession) const;
    [[nodiscard]] Result<bool> isTracked(const QString &accession) const;

    // The experiments with these accessions (every tracked one when empty), by accession, with
    // raw_metadata only when asked for (it can be large). Accessions not tracked are simply absent.
    [[nodiscard]] Result<QList<TrackedExperiment>> experiments(const QStringList &accessions,
                                                               bool withRawMetadata = false) const;
    // The publication rows of these experiments (all when empty), in the order they were stored.
    [[nodiscard]] Result<QList<ExperimentPublication>> publications(const QStringList &accessions) const;

    [[nodiscard]] Result<QString> notes(const QString &accession) const;
    [[nodiscard]] Status setNotes(const QString &accession, const QString &notes);

private:
    [[nodiscard]] Status writeChildren(const ExperimentRecord &record, const SaveOptions &options);

    QSqlDatabase m_database;
};

} // namespace encode::models
