#pragma once

#include "models/compare/CompatibilityCheck.h"
#include "models/compare/CompatibleSubset.h"

#include <optional>

namespace encode::models {

// A whole selection compared at once: every pair, the N x N verdicts, and the largest group that is
// pairwise FULLY_COMPATIBLE (a suggestion of what can be combined without caveats).
struct CompatibilityMatrix {
    QList<ComparedExperiment> experiments;
    QList<Comparison> pairs; // (0,1), (0,2), ..., (1,2), ...: each unordered pair once, first < second
    CompatibleSubset fullyCompatible;

    // The verdict of experiments i and j in either order; none on the diagonal, since an experiment is
    // not compared with itself (its own caveats appear in every pair it is part of).
    [[nodiscard]] std::optional<Verdict> verdict(int i, int j) const;
    [[nodiscard]] const Comparison &pair(int i, int j) const; // i != j
};

[[nodiscard]] CompatibilityMatrix compareAll(const QList<ComparedExperiment> &experiments);

} // namespace encode::models
