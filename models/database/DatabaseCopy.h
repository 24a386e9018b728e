#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace encode::models {

// A consistent copy of an open database, made by SQLite itself (VACUUM INTO), so that nothing but
// SQLite reads the collection, and the copy is whole even while another program writes. SQLite
// writes it under "<target>.part-<process id>-<n>", then it takes the target's name in one step: the
// target is never half written. Parts left behind by a copy that was killed (their process is gone)
// are removed first. `accept` may look at the finished part before it is renamed; when it says no,
// the part is removed and nothing else happens.
enum class ExistingTarget { Keep, Replace };
struct CopyOutcome {
    bool made = false; // false: the target existed and was kept, or `accept` said no
};
[[nodiscard]] Result<CopyOutcome> copyDatabase(QSqlDatabase &database, const QString &target,
                                               ExistingTarget existing,
                                               const std::function<bool(const QString &part)> &accept = {});

} // namespace encode::models
