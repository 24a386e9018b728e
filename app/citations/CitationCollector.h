#pragma once

#include "app/citations/Citations.h"
#include "models/collection/CollectionRepository.h"
#include "models/core/Result.h"

namespace encode::app {

struct CitationRequest {
    QStringList accessions; // empty: every tracked experiment
    bool datasets = false;  // also cite each experiment as a dataset
};

// Reads the citations of the requested experiments from the collection: each paper once (the
// publications table holds one row per citing experiment), with every citing experiment listed,
// then one dataset entry per experiment when asked. An accession that is not tracked is a NotFound
// failure naming it, so a typo never yields a silently shorter bibliography.
[[nodiscard]] models::Result<CitationSet> collectCitations(const models::CollectionRepository &repository,
                                                           const CitationRequest &request);

} // namespace encode::app
