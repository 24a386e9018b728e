#pragma once

#include "models/collection/Grouping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace encode::models {

// One value of a grouping, as a clicked Summary bar selects it. The grouping's empty label
// ("unknown", "none" for target) selects the experiments whose cell is empty.
struct GroupValue {
    Grouping grouping;
    QString value;
    friend bool operator==(const GroupValue &, const GroupValue &) = default;
};

// Which experiments to show, list, export or summarise: the one filter of the table model, `list`,
// `export` and `summary`. Empty members do not filter; the conditions that are set must all hold.
// The SQL is built in one place, CollectionFilterSql.h.
struct CollectionFilter {
    // How assay, organism and organ compare with their cells.
    enum class Match {
        Contains, // the cell contains the text, in any case (the CLI's --assay, --organism, --organ)
        Exact,    // a value picked from the data (the window's drop-downs): the assay equals it; for
                  // organism and organ, one of the cell's terms equals it (see CellTerms.h)
    };
    Match match = Match::Contains;
    QString assay{};
    QString organism{};
    QString organ{};
    QString text{}; // every word appears in accession, assay, target, biosample, description or notes
    std::optional<GroupValue> group{};
    QStringList accessions{}; // when not empty, only these experiments (exact match)

    [[nodiscard]] bool isEmpty() const
    {
        return assay.isEmpty() && organism.isEmpty() && organ.isEmpty() && text.trimmed().isEmpty() && !group
            && accessions.isEmpty();
    }
    friend bool operator==(const CollectionFilter &, const CollectionFilter &) = default;
};

} // namespace encode::models
