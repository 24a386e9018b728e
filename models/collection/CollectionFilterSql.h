#pragma once

#include "models/collection/CollectionFilter.h"

#include <QVariantList>

// The WHERE clause of a CollectionFilter, in SQLite's dialect; the only place a filter becomes SQL.
namespace encode::models::collectionsql {

// "" or " WHERE ..." over tracked_experiments AS e; the values it binds are appended to `values`.
[[nodiscard]] QString filterWhere(const CollectionFilter &filter, QVariantList &values);

} // namespace encode::models::collectionsql
