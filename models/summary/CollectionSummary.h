#pragma once

#include "models/collection/CollectionRecords.h"
#include "models/core/Result.h"

#include <QSqlDatabase>

// What the collection holds, counted in SQL (spec section 7): never loads the rows themselves, so it
// stays fast on 100,000 experiments.
namespace encode::models {

struct SummaryCount {
    QString value;
    int count = 0;
    friend bool operator==(const SummaryCount &, const SummaryCount &) = default;
};

struct SummaryGrouping {
    QString key;                // "by_assay", "by_target", ...
    QList<SummaryCount> counts; // most frequent first, ties by value
};

struct CollectionSummary {
    int totalExperiments = 0;
    int totalPublications = 0; // distinct papers: the same paper cited by two experiments counts once
    int totalDerivedFiles = 0;
    int totalExternalReferences = 0;
    QList<SummaryGrouping> groupings; // by_assay, by_target, by_organism, by_organ, by_biosample_type,
                                      // by_lab, by_status, by_assembly

    [[nodiscard]] QList<SummaryCount> grouping(const QString &key) const; // empty for an unknown key
};

// The experiments `filter` selects (the same filters as listing). Empty values count as "unknown"
// ("none" for target). Organism, organ and assembly cells may list several terms ("liver, epithelium"):
// each term counts once for the experiment. Publications and external references are those of the
// selected experiments; derived files are all of them without a filter, otherwise those naming a
// selected experiment as a source.
[[nodiscard]] Result<CollectionSummary> summarizeCollection(const QSqlDatabase &database,
                                                            const ListFilter &filter);

} // namespace encode::models
