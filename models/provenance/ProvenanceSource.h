#pragma once

#include "models/core/Result.h"

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

// The real file's canonical absolute path, under which a derived file is stored and looked up:
// relative parts, "..", "." and symbolic links are resolved, so every spelling of one file (a link, a
// relative path from anywhere) is the same record. A file that does not exist (yet, or any more) is
// resolved as far as its folders exist, and the rest cleaned ("/.." at the top stays "/").
[[nodiscard]] QString normalisedPath(const QString &path);

// Empty when `path` can be stored as it is. A name whose bytes are not valid UTF-8 reaches us with
// U+FFFD in place of each bad byte; storing that would silently change the name, so it is refused
// (unless a file of exactly that name exists).
[[nodiscard]] Status checkPathText(const QString &path);

} // namespace encode::models
