#pragma once

#include "app/citations/Citations.h"

namespace encode::app {

// Gives every entry a citation key, unique across the set ignoring case (biber and Zotero treat keys
// that differ only in case as clashes). A paper's key is its first author's surname, the year and the
// first significant title word, folded to ASCII [a-z0-9] ("dunham2012integrated"), as Zotero and
// Better BibTeX build theirs; clashes get "b", "c", ... in the order entries are listed, so a paper
// keeps its key when papers stored later join the set. A dataset's key is its accession.
void assignCitationKeys(CitationSet &set);

// "Müller" -> "muller": accents folded, everything outside [a-z0-9] dropped.
[[nodiscard]] QString asciiKeyPart(const QString &text);

} // namespace encode::app
