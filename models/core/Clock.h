#pragma once

// The one clock every stored time is read from: tracked_at, updated_at, created_at and linked_at are
// epoch seconds stored as REAL, as the original tool's schema has them, so sub-second order survives.
namespace encode::models {

[[nodiscard]] double nowInEpochSeconds();

} // namespace encode::models
