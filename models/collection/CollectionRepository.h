#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/collection/CollectionRecords.h"
#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QSqlRecord>

#include <functional>

namespace encode::models {

// Reads and writes the collection. Every write that touches several rows runs in one transaction:
// an experiment and its child rows are stored together or not at all.
class CollectionRepository final {
public:
    explicit CollectionRepository(QSqlDatabase database);

    // The collection file (outputs must never land on it: see database/CollectionFiles.h).
    [[nodiscard]] QString collectionPath() const;

    [[nodiscard]] Result<SaveAction> save(const ExperimentRecord &record, const SaveOptions &options);

    // Removes the experiment and its publications, pipelines, metrics and references. Derived-file
    // records are provenance and are never deleted. False when the accession was not tracked.
    [[nodiscard]] Result<bool> untrack(const QString &accession);

    [[nodiscard]] Result<QList<ExperimentListRow>> list(const CollectionFilter &filter) const;

    // The streaming side, for exports of any size: each row is read from a forward-only query and
    // handed to `visit` before the next is read, so nothing holds the whole collection. `visit`
    // returns false to stop early, which is not a failure.
    template <typename Row>
    using RowVisitor = std::function<bool(const Row &row)>;
    // The rows of list(filter), in the same order (newest first).
    [[nodiscard]] Status forEachListRow(const CollectionFilter &filter, const RowVisitor<ExperimentListRow> &visit) const;
    // How many experiments list(filter) would return.
    [[nodiscard]] Result<int> count(const CollectionFilter &filter) const;
    // The publication rows of the experiments the filter selects, in list order.
    [[nodiscard]] Status forEachPublication(const CollectionFilter &filter,
                                            const RowVisitor<ExperimentPublication> &visit) const;
    // Every column of derived_files (so columns a later schema adds are included as they are), by
    // id: all of them for an empty filter, otherwise those naming a selected experiment as a source.
    [[nodiscard]] QStringList derivedFileColumns() const; // every column, in table order
    [[nodiscard]] Status forEachDerivedFileRecord(const CollectionFilter &filter, const RowVisitor<QSqlRecord> &visit) const;
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
