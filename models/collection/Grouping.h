#pragma once

#include <QString>

#include <array>
#include <optional>

// The ways the collection is grouped (spec section 7): by assay, target, organism, ... One table says,
// for each, its name in JSON and on the command line, the column it reads, what an empty cell counts
// as and whether a cell may list several terms. The summary's counts, the filter a clicked bar sets
// and the Summary view's titles all read it.
namespace encode::models {

enum class Grouping { Assay, Target, Organism, Organ, BiosampleType, Lab, ExperimentStatus, Assembly };

struct GroupingInfo {
    Grouping grouping;
    const char *key;        // "by_assay": the summary's JSON member and the CLI's name
    const char *column;     // of tracked_experiments
    const char *emptyLabel; // what an empty cell counts as: "unknown", or "none" for target
    bool multiValued;       // a cell may list several terms (", " list or JSON array; see CellTerms.h)
    const char *title;      // people's name, untranslated: "Biosample type"
};

// Every grouping, in the spec's order.
[[nodiscard]] const std::array<GroupingInfo, 8> &allGroupings();
[[nodiscard]] const GroupingInfo &groupingInfo(Grouping grouping);
[[nodiscard]] std::optional<Grouping> groupingFromKey(const QString &key);
[[nodiscard]] QString groupingKey(Grouping grouping);
// The title in the user's language.
[[nodiscard]] QString groupingTitle(Grouping grouping);

} // namespace encode::models
