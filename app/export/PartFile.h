#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace encode::app {

// Files written "atomically": the content goes to "<path>.part" and is renamed over <path> only when
// complete, so a reader (a spreadsheet, a Snakemake rule waiting for the file) never sees half a
// file, and a failed or cancelled write leaves an existing <path> as it was.
[[nodiscard]] QString partPathFor(const QString &path);

// Renames `partPath` over `path` in one step. On failure the part file is removed and the system's
// reason returned.
[[nodiscard]] std::optional<QString> replaceWithPartFile(const QString &partPath, const QString &path);

// The whole of `bytes` written that way (citations, small outputs); a Storage failure names the file.
[[nodiscard]] models::Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace encode::app
