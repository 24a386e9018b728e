#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace encode::models {

// Before a file that holds data is upgraded, a copy of it as it was is kept beside it:
// "<file>.before-v<toVersion>". SQLite writes it (VACUUM INTO), so nothing but SQLite opens the
// collection, and the copy is consistent even while another program writes. Returns the copy's path,
// or an empty string when none was needed (an empty file) or another program made it first.
// Two programs upgrading at once keep one copy, and it is always of the version the upgrade started
// from: a copy made after another program began upgrading is thrown away.
[[nodiscard]] Result<QString> keepCopyBeforeUpgrade(QSqlDatabase &database, const QString &path, int fromVersion,
                                                    int toVersion);

} // namespace encode::models
