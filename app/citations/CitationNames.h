#pragma once

#include "app/citations/Citations.h"

namespace encode::app {

// The Portal's author string ("ENCODE Project Consortium, Dunham I, Müller JÖ") as names: a last word
// of capital initials makes a person (family "Müller", given "J. Ö."); several words without initials
// make an organisation; a single word is a family name alone.
[[nodiscard]] QList<CitationName> parsePortalAuthors(const QString &authors);
[[nodiscard]] CitationName parsePortalAuthor(const QString &name);

// The lab as a dataset author. A Portal lab title is "<PI>, <institution>" ("Mei Ito, Harbor Genome
// Center"): the PI becomes a person. A title without a comma is an organisation. Without a title the
// lab's path ("/labs/mei-ito/") gives a readable organisation-style name ("Mei Ito").
[[nodiscard]] CitationName labAuthor(const QString &labTitle, const QString &labPath);

} // namespace encode::app
