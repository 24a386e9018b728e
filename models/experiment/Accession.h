#pragma once

#include "models/core/Result.h"

#include <QStringList>

namespace encode::models {

// ENCSR000EDP on the production Portal, TSTSR123ABC / TSTSR123456 on test servers. These test the text
// exactly as it is: nothing before or after (not even a newline), capital letters only.
[[nodiscard]] bool isExperimentAccession(const QString &text);
// ENCFF000AAA on the production Portal, TSTFF123ABC / TSTFF123456 on test servers; exact as above.
[[nodiscard]] bool isFileAccession(const QString &text);

// What a person typed or pasted, as the accession they meant: surrounding white space is dropped and
// letters are upper-cased ("  encsr000edp\n" is ENCSR000EDP). Anything else (inner spaces, a missing
// digit, a control character) is refused with a message that names the text and the expected form.
// Every front end reads accessions through these; the engine below them only takes exact ones.
[[nodiscard]] Result<QString> parseExperimentAccession(const QString &text);
// Every entry checked at once, so a user fixes a whole list in one go: the failure names each bad
// entry (the first ten, then how many more). The accessions come back normalised, in order.
[[nodiscard]] Result<QStringList> parseExperimentAccessions(const QStringList &texts);
// An experiment or a file accession, normalised the same way.
[[nodiscard]] Result<QString> parseEncodeAccession(const QString &text);

// Empty when `text` is exactly an experiment accession; otherwise a message naming it and the
// expected form. For values that must already be exact (what the engine is handed).
[[nodiscard]] Status checkExperimentAccession(const QString &text);
[[nodiscard]] Status checkExperimentAccessions(const QStringList &texts);
// The same for an experiment or a file accession.
[[nodiscard]] Status checkEncodeAccession(const QString &text);

// `text` as written in a message: quoted, with control characters (a newline, a tab) made visible,
// so that "ENCSR000EDP\n" is not shown as if it were the valid accession.
[[nodiscard]] QString quotedInput(const QString &text);

} // namespace encode::models
