#pragma once

#include <QList>

#include <functional>

namespace encode::models {

// The largest group of items that are all pairwise compatible: a maximum clique of the graph whose
// edges are the compatible pairs.
struct CompatibleSubset {
    QList<int> members; // indexes, ascending; empty when no two items are compatible
    bool exact = true;  // false when found by the greedy search (more than exactSearchLimit items)
};

// Up to this many items the search is exact (Bron-Kerbosch with pivoting over bit sets, at most a few
// thousand maximal cliques); above it a greedy search suggests a good subset quickly.
inline constexpr int exactSearchLimit = 20;

// Among several largest subsets the exact search picks the one listing the earliest items, so the
// answer does not depend on the search order. `compatible(i, j)` is asked for i < j only.
[[nodiscard]] CompatibleSubset largestCompatibleSubset(int count,
                                                       const std::function<bool(int, int)> &compatible);

} // namespace encode::models
