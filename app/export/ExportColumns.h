#pragma once

#include "models/collection/CollectionRecords.h"

#include <QStringList>
#include <QVariantList>

namespace encode::app {

// The export columns of TRACKER-SPEC section 8, shared by every writer (CSV, TSV, JSON, XLSX,
// clipboard) so the formats cannot drift apart.

// The column names, in export order.
[[nodiscard]] QStringList exportHeaders();

// One value per header, typed so each writer can choose its own representation:
// QString for text (an absent Portal property stays a null QString), int for counts, QDate for a
// date_released that is a valid YYYY-MM-DD (otherwise the stored text), QDateTime in UTC for
// tracked_at/updated_at (an invalid QDateTime when the timestamp is 0, i.e. unknown).
[[nodiscard]] QVariantList exportValues(const models::ExperimentListRow &row);

// A stored timestamp (seconds since the epoch) as exported: a QDateTime in UTC, whole seconds, or an
// invalid QDateTime when it is 0 or not a number (unknown).
[[nodiscard]] QVariant exportTimestamp(double secondsSinceEpoch);

// The text form of one value for the text formats: ISO 8601 for dates ("2026-11-24") and date-times
// ("2026-11-24T09:36:00Z"), numbers as plain digits, null or invalid values as "".
[[nodiscard]] QString exportText(const QVariant &value);

// exportText() of every value of `row`, in header order.
[[nodiscard]] QStringList exportTexts(const models::ExperimentListRow &row);

} // namespace encode::app
