#pragma once

#include "core/Result.h"

#include <QStringList>

namespace encode::models {

// ENCSR000EDP on the production Portal, TSTSR123ABC / TSTSR123456 on test servers. Case matters:
// lower-case text is not an accession, and we never guess.
[[nodiscard]] bool isExperimentAccession(const QString &text);

// Empty when `text` is an experiment accession; otherwise a message naming it and the expected form.
[[nodiscard]] Status checkExperimentAccession(const QString &text);

// Every accession of a list checked at once: the failure names each bad one (the first ten, then how
// many more), so a user fixes a file of accessions in one go.
[[nodiscard]] Status checkExperimentAccessions(const QStringList &texts);

} // namespace encode::models
