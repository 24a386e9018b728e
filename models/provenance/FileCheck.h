#pragma once

#include "models/core/Result.h"
#include "models/provenance/ProvenanceGraph.h"

namespace encode::models {

// How hard to look at a file whose fingerprint was recorded.
enum class Verification {
    // Size and modification time first; the file is re-hashed only when the time moved (a copy or a
    // `touch` keeps the content), so checking many multi-GB files costs nothing when none changed.
    Quick,
    // Re-hash every file: catches an edit that kept the size and restored the time.
    Rehash,
};

// Size, SHA-256 and modification time of a regular file, read in chunks (any size fits in memory).
// nullopt when there is no regular file at `path` (nothing, or a directory). The files of the open
// collection at `collectionPath` are refused unread (see database/CollectionFiles.h).
[[nodiscard]] Result<std::optional<FileFingerprint>> fingerprintOf(const QString &path, const QString &collectionPath);

struct FileVerdict {
    FileState state = FileState::Unverified;
    QString detail; // what differs, for Changed
};

// The file at `path` compared with what was recorded when it was logged. A file of the open
// collection is never read: it is Unverified.
[[nodiscard]] FileVerdict verifyFile(const QString &path, const std::optional<FileFingerprint> &recorded,
                                     Verification verification, const QString &collectionPath);

} // namespace encode::models
