#pragma once

#include "app/citations/Citations.h"

#include <QJsonObject>

namespace encode::app {

// The "json" format: {"publications": [...], "count": n}, each the stored publication row (the
// columns of the publications table, absent values null, as `show --format json` prints them) plus
// "citation_key" and "experiments" (every tracked experiment citing it). With datasets asked for,
// "datasets" lists one object per experiment.
[[nodiscard]] QJsonObject citationJson(const CitationSet &set);
[[nodiscard]] QString jsonCitations(const CitationSet &set);

} // namespace encode::app
