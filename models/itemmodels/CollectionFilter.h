#pragma once

#include <QString>

namespace encode::models {

// What the collection table shows. Empty members do not filter.
struct CollectionFilter {
    QString assay;    // exactly this assay title (a choice from the drop-down)
    QString organism; // organism column contains this (multi-organism rows read "A, B")
    QString organ;    // organ column contains this term
    QString text;     // every word appears in accession, assay, target, biosample, description or notes
    // A bar clicked in the Summary: a grouping key ("by_lab", "by_organ", ... see CollectionSummary) and
    // one of its values; "unknown" (and "none" for target) mean the field is empty.
    QString groupKey{};
    QString groupValue{};

    friend bool operator==(const CollectionFilter &, const CollectionFilter &) = default;
};

} // namespace encode::models
