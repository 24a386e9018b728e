#pragma once

#include "core/Result.h"

#include <QString>

namespace encode::models {

// What a source of a derived file names.
enum class SourceKind { Experiment, EncodeFile, Path };

struct ProvenanceSource {
    SourceKind kind = SourceKind::Path;
    QString value; // the accession, or the path (normalised when it came from the user)
};

// A source given by the user: an experiment or file accession (normalised: "encsr000edp " is
// ENCSR000EDP), or a path (made absolute and canonical). Text that looks like a mistyped accession
// ("ENCSR000EDPX", "ENCAN...") is refused with the expected form rather than taken for a file name.
[[nodiscard]] Result<ProvenanceSource> parseSource(const QString &text);

// A source as stored: exact accessions are accessions, anything else is a path kept as written
// (rows of the original tool may hold relative paths; they are looked up as they are).
[[nodiscard]] ProvenanceSource classifyStoredSource(const QString &text);

// The absolute, clean form under which a derived file is stored. Symbolic links are not resolved:
// the path a pipeline wrote is the one its user will look up, and a link to moved storage keeps
// working. Hashing follows the link, so the content check is unaffected.
[[nodiscard]] QString normalisedPath(const QString &path);

} // namespace encode::models
