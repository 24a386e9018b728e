#pragma once

#include "models/collection/CollectionRecords.h"
#include "models/core/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace encode::app {

// What happened to one requested accession.
struct TrackOutcome {
    QString requested;                  // as the user gave it
    std::optional<models::Failure> failure;
    models::SaveAction action = models::SaveAction::Tracked;
    models::ExperimentRecord record;    // what was stored (when it succeeded)
    QString redirectedFrom;             // set when the Portal answered with a newer accession
    QStringList warnings;               // parts that could not be read (e.g. a withdrawn publication)

    [[nodiscard]] bool succeeded() const { return !failure.has_value(); }
};

struct TrackingReport {
    QList<TrackOutcome> outcomes;

    [[nodiscard]] int count(models::SaveAction action) const;
    [[nodiscard]] int failedCount() const;

    // {"results": [...], "tracked": n, "updated": n, "failed": n}, each result in the original tool's
    // shape: {tracking{accession, action}, auto_linked_references, publications_found, publications,
    // pipelines_found, pipelines}, or {accession, error}.
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] QJsonObject outcomeToJson(const TrackOutcome &outcome);

} // namespace encode::app
