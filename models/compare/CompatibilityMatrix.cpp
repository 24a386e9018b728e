#include "models/compare/CompatibilityMatrix.h"

#include <utility>

namespace encode::models {
namespace {

// Position of the unordered pair (i, j), i < j, in the row-by-row list of pairs.
qsizetype pairIndex(qsizetype count, qsizetype i, qsizetype j)
{
    return i * count - i * (i + 1) / 2 + (j - i - 1);
}

} // namespace

std::optional<Verdict> CompatibilityMatrix::verdict(int i, int j) const
{
    if (i == j)
        return std::nullopt;
    return pair(i, j).verdict;
}

const Comparison &CompatibilityMatrix::pair(int i, int j) const
{
    if (i > j)
        std::swap(i, j);
    return pairs.at(pairIndex(experiments.size(), i, j));
}

CompatibilityMatrix compareAll(const QList<ComparedExperiment> &experiments)
{
    CompatibilityMatrix matrix;
    matrix.experiments = experiments;
    for (qsizetype i = 0; i < experiments.size(); ++i) {
        for (qsizetype j = i + 1; j < experiments.size(); ++j)
            matrix.pairs.append(compareExperiments(experiments.at(i), experiments.at(j)));
    }
    matrix.fullyCompatible = largestCompatibleSubset(int(experiments.size()), [&matrix](int i, int j) {
        return matrix.pair(i, j).verdict == Verdict::FullyCompatible;
    });
    return matrix;
}

} // namespace encode::models
