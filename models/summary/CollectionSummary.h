#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/collection/Grouping.h"
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
    Grouping grouping;
    QList<SummaryCount> counts; // most frequent first, ties by value
};

struct CollectionSummary {
    int totalExperiments = 0;
    int totalPublications = 0; // distinct papers: the same paper cited by two experiments counts once
    int totalDerivedFiles = 0;
    int totalExternalReferences = 0;
    QList<SummaryGrouping> groupings; // every grouping, in allGroupings()'s order

    [[nodiscard]] QList<SummaryCount> counts(Grouping grouping) const;
};

// The experiments `filter` selects (the same filter as listing). Empty cells count as the grouping's
// empty label; in a grouping whose cells list several terms, each term counts once for the experiment. Publications and external references are those of the
// selected experiments; derived files are all of them without a filter, otherwise those naming a
// selected experiment as a source.
[[nodiscard]] Result<CollectionSummary> summarizeCollection(const QSqlDatabase &database,
                                                            const CollectionFilter &filter);

} // namespace encode::models
