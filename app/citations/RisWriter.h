#pragma once

#include "app/citations/Citations.h"

namespace encode::app {

// RIS as Zotero's RIS translator reads it: "TY  - JOUR" (datasets "TY  - DATA"), one
// "AU  - Surname, Initials" per person (without the comma Zotero makes a one-field name, which is
// what organisations want), the full journal in T2 (JO would be read as the abbreviation), the PMID
// as "M2  - PMID: n" (M2 goes to Extra, where Zotero reads PMIDs), CRLF line ends, "ER  - " closing
// each record. Values are single lines: RIS has no escaping, and a line break in a stored value
// would otherwise start a new tag.
[[nodiscard]] QString risCitations(const CitationSet &set);

} // namespace encode::app
