#pragma once

#include "app/citations/Citations.h"

#include <optional>

namespace encode::app {

enum class CitationFormat { Json, Bibtex, Ris, CslJson };

// "json", "bibtex", "ris", "csl-json": the names the CLI takes, in the order menus list them.
[[nodiscard]] QStringList citationFormatNames();
[[nodiscard]] std::optional<CitationFormat> citationFormatNamed(const QString &name);

// The whole text of `set` in `format`, as a file, the clipboard or Zotero's importer takes it.
[[nodiscard]] QString formatCitations(const CitationSet &set, CitationFormat format);

} // namespace encode::app
