#pragma once

#include "models/summary/CollectionSummary.h"

#include <QByteArray>

namespace encode::models::json {

// The summary as indented JSON text: the totals, then each grouping as an object of value -> count.
// Written by hand because QJsonObject sorts its keys, and the groupings must keep their order (most
// frequent first), as the original tool's dictionaries do.
[[nodiscard]] QByteArray summaryJsonText(const CollectionSummary &summary);

} // namespace encode::models::json
