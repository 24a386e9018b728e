#pragma once

#include "models/collection/CollectionRepository.h"

// A collection built to break citation writers: quotes, commas, line breaks, braces, TeX specials,
// spreadsheet formulas, non-ASCII names, empty fields, a consortium author, a paper cited by two
// experiments and two papers whose keys clash. The golden files in tests/data/citations are its
// output; tst_citations and tst_cli_citations both read it.
namespace encode::testsupport {

// ENCSR100AAA and ENCSR200BBB cite papers; ENCSR300CCC cites none.
[[nodiscard]] QStringList hostileCitationAccessions();

// Stores the three experiments; false (with a warning) if the repository refused one.
[[nodiscard]] bool seedHostileCitations(models::CollectionRepository &repository);

} // namespace encode::testsupport
