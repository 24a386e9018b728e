#pragma once

#include "models/core/Result.h"
#include "models/database/sqlite/SqliteSchema.h"

#include <QSqlDatabase>

#include <chrono>
#include <functional>

namespace encode::models {

// Where an upgrade is, for a progress bar: the step being applied (of the last one), and for a step
// that rewrites a table, how far it is (`total` 0 when there is nothing to count).
struct UpgradeProgress {
    int version = 0;
    int lastVersion = 0;
    QString summary;
    qint64 done = 0;
    qint64 total = 0;
    bool waiting = false; // for another program that holds the write lock (perhaps upgrading too)
};
using UpgradeObserver = std::function<void(const UpgradeProgress &)>;

// Climbs the ladder to its last step. Every step takes the write lock first and reads the version
// again inside its transaction, so that two programs opening an old file at once upgrade it once:
// the second finds the work done and moves on. Each step sets user_version inside its transaction,
// so an interrupted upgrade resumes where it stopped. While another program holds the lock, it waits
// up to `lockWait` (an upgrade of a large file takes longer than the ordinary busy timeout).
[[nodiscard]] Status migrate(QSqlDatabase &database, const QList<sqlite::MigrationStep> &steps = sqlite::migrationSteps(),
                             const UpgradeObserver &observer = {},
                             std::chrono::milliseconds lockWait = std::chrono::minutes(2));

} // namespace encode::models
