#include "models/compare/CompatibleSubset.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace encode::models {
namespace {

using Bits = std::uint32_t;
static_assert(exactSearchLimit <= 32, "the exact search keeps a set of items in 32 bits");

Bits bit(int index)
{
    return Bits{1} << index;
}

int size(Bits set)
{
    return std::popcount(set);
}

// Of two sets of the same size, whether `a` lists the earlier items: the lowest item in only one of
// them decides.
bool listsEarlierItems(Bits a, Bits b)
{
    const Bits differing = a ^ b;
    return differing != 0 && (a & (differing & (~differing + 1))) != 0;
}

class MaximumCliqueSearch final {
public:
    explicit MaximumCliqueSearch(std::vector<Bits> neighbours)
        : m_neighbours(std::move(neighbours))
    {
    }

    Bits run()
    {
        expand(0, m_neighbours.empty() ? 0 : Bits(((std::uint64_t{1} << m_neighbours.size()) - 1)), 0);
        return m_best;
    }

private:
    void expand(Bits clique, Bits candidates, Bits excluded)
    {
        if (candidates == 0 && excluded == 0) {
            if (size(clique) > size(m_best) ||
                (size(clique) == size(m_best) && listsEarlierItems(clique, m_best)))
                m_best = clique;
            return;
        }
        // A branch that cannot reach the best size is cut; one that can only tie is kept, because a
        // tie may list earlier items.
        if (size(clique) + size(candidates) < size(m_best))
            return;
        const Bits toTry =
            candidates & ~m_neighbours.at(std::size_t(pivot(candidates | excluded, candidates)));
        for (int v = 0; v < int(m_neighbours.size()); ++v) {
            if (!(toTry & bit(v)))
                continue;
            expand(clique | bit(v), candidates & m_neighbours.at(std::size_t(v)),
                   excluded & m_neighbours.at(std::size_t(v)));
            candidates &= ~bit(v);
            excluded |= bit(v);
        }
    }

    // The vertex with the most neighbours among the candidates: its neighbours need no branch of their own.
    int pivot(Bits among, Bits candidates) const
    {
        int best = -1;
        int bestCount = -1;
        for (int u = 0; u < int(m_neighbours.size()); ++u) {
            if ((among & bit(u)) && size(candidates & m_neighbours.at(std::size_t(u))) > bestCount) {
                best = u;
                bestCount = size(candidates & m_neighbours.at(std::size_t(u)));
            }
        }
        return best;
    }

    std::vector<Bits> m_neighbours;
    Bits m_best = 0;
};

// Starts from the item with the most compatible partners and keeps adding the candidate compatible
// with all chosen so far that leaves the most candidates; earlier items win ties.
QList<int> greedySubset(const std::vector<std::vector<bool>> &adjacent)
{
    const int count = int(adjacent.size());
    std::vector<bool> candidate(std::size_t(count), true);
    QList<int> chosen;
    for (;;) {
        int best = -1;
        int bestDegree = -1;
        for (int v = 0; v < count; ++v) {
            if (!candidate[std::size_t(v)])
                continue;
            int degree = 0;
            for (int u = 0; u < count; ++u)
                degree += candidate[std::size_t(u)] && adjacent[std::size_t(v)][std::size_t(u)];
            if (degree > bestDegree) {
                best = v;
                bestDegree = degree;
            }
        }
        if (best < 0)
            break;
        chosen.append(best);
        for (int u = 0; u < count; ++u)
            candidate[std::size_t(u)] =
                candidate[std::size_t(u)] && adjacent[std::size_t(best)][std::size_t(u)];
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace

CompatibleSubset largestCompatibleSubset(int count, const std::function<bool(int, int)> &compatible)
{
    std::vector<std::vector<bool>> adjacent(std::size_t(count), std::vector<bool>(std::size_t(count), false));
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j)
            adjacent[std::size_t(i)][std::size_t(j)] = adjacent[std::size_t(j)][std::size_t(i)] =
                compatible(i, j);
    }

    CompatibleSubset subset;
    if (count <= exactSearchLimit) {
        std::vector<Bits> neighbours(std::size_t(count), 0);
        for (int i = 0; i < count; ++i) {
            for (int j = 0; j < count; ++j) {
                if (adjacent[std::size_t(i)][std::size_t(j)])
                    neighbours[std::size_t(i)] |= bit(j);
            }
        }
        const Bits best = MaximumCliqueSearch(std::move(neighbours)).run();
        for (int i = 0; i < count; ++i) {
            if (best & bit(i))
                subset.members.append(i);
        }
    } else {
        subset.exact = false;
        subset.members = greedySubset(adjacent);
    }
    // One item alone is no suggestion for combining data.
    if (subset.members.size() < 2)
        subset.members.clear();
    return subset;
}

} // namespace encode::models
