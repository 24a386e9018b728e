#pragma once

#include <QString>

namespace encode::models {

// The columns of the collection table: what each shows and how SQL sorts by it.
enum class CollectionColumn {
    Accession,
    Assay,
    Target,
    Biosample,
    Organism,
    Organ,
    BiosampleType,
    ExperimentStatus,
    Released,
    Lab,
    Assembly,
    ReplicationType,
    LifeStage,
    Publications,
    DerivedFiles,
    Audit,
    Notes,
    Description,
    Tracked,
    Updated,
    Count
};

struct CollectionColumnInfo {
    const char *title;
    const char *selectSql; // the value shown, over tracked_experiments AS e
    const char *sortSql;   // what ORDER BY uses
};

[[nodiscard]] const CollectionColumnInfo &columnInfo(CollectionColumn column);
[[nodiscard]] constexpr int collectionColumnCount() { return static_cast<int>(CollectionColumn::Count); }

} // namespace encode::models
