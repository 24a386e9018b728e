#pragma once

#include "core/Result.h"
#include "database/sqlite/SqliteSchema.h"

#include <QSqlDatabase>

namespace encode::models {

// Climbs the ladder from the file's version to the last step, one transaction per step, each step
// setting user_version inside its transaction: an interrupted upgrade resumes where it stopped.
[[nodiscard]] Status migrate(QSqlDatabase &database, int fromVersion,
                             const QList<sqlite::MigrationStep> &steps = sqlite::migrationSteps());

} // namespace encode::models
