#pragma once

#include "app/citations/Citations.h"

#include <QJsonArray>

namespace encode::app {

// CSL-JSON (the citation-style-language csl-data schema, which allows no other variables; its 1.0.1
// form has no "citation-key", so the key is the "id"): an array of items with "id" and "type"
// ("article-journal", or "dataset", which Zotero imports as a Dataset item). Names are
// {family, given} or {literal} for organisations; dates are {"date-parts": [[y, m, d]]}. The PMID is
// both the "PMID" variable and a "PMID: n" line in "note", because Zotero before schema 33 drops the
// variable and keeps the note (as Extra).
[[nodiscard]] QJsonArray cslJsonItems(const CitationSet &set);
[[nodiscard]] QString cslJsonCitations(const CitationSet &set);

} // namespace encode::app
