#pragma once

#include "app/citations/Citations.h"

namespace encode::app {

// BibTeX for Zotero, biber and classic bibtex: @article for papers, @misc for datasets (Zotero's
// importer discards @dataset). UTF-8 is kept; every character TeX or the .bib syntax would read
// specially is escaped, so no stored value can end a field, start a comment or run a macro.
[[nodiscard]] QString bibtexCitations(const CitationSet &set);

// One field value: special characters escaped, line breaks folded to spaces; with `protectCapitals`
// words with inner capitals ("ChIP-seq", "DNA") are braced so styles do not lowercase them.
[[nodiscard]] QString bibtexEscaped(const QString &text, bool protectCapitals = false);

} // namespace encode::app
