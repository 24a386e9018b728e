#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace encode::app::cli {

// Writes `bytes` to `path` atomically: into "<path>.part" first, then renamed over `path`, so a
// reader (or a Snakemake rule waiting for the file) never sees half a file, and a failed write
// leaves an existing file as it was.
[[nodiscard]] models::Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace encode::app::cli
