#pragma once

#include "core/Result.h"

#include <QString>

namespace encode::models {

// ENCSR000EDP on the production Portal, TSTSR123ABC / TSTSR123456 on test servers. Case matters:
// lower-case text is not an accession, and we never guess.
[[nodiscard]] bool isExperimentAccession(const QString &text);

// Empty when `text` is an experiment accession; otherwise a message naming it and the expected form.
[[nodiscard]] Status checkExperimentAccession(const QString &text);

} // namespace encode::models
