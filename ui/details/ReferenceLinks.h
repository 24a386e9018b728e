#pragma once

#include <QString>

// How a person names an external reference type. The links themselves are the engine's
// (models/references/ReferenceUrls), so the CLI and the window point to the same sites.
namespace encode::ui {

// "PubMed", "GEO", ...; unknown types are shown as given.
[[nodiscard]] QString referenceTypeLabel(const QString &type);

} // namespace encode::ui
