#pragma once

#include "models/collection/CollectionRecords.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// SQL pieces shared by the repository's read files (CollectionQueries.cpp, CollectionStreams.cpp) and
// the summary; internal to models, not part of the repository's interface.
namespace encode::models::collectionsql {

// The columns of tracked_experiments (as "e") in the order readExperiment() expects them; 19 columns.
[[nodiscard]] const QString &experimentColumns();
constexpr int experimentColumnCount = 19;

// The experiment in the current row of a query that starts with experimentColumns().
[[nodiscard]] TrackedExperiment readExperiment(const QSqlQuery &query);

} // namespace encode::models::collectionsql
