#pragma once

#include "models/core/Result.h"
#include "models/database/sqlite/SchemaWriter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace encode::models::sqlite {

// One rung of the migration ladder: what takes a collection from version - 1 to `version`. `apply`
// must be safe to run again on a file where it ran (or half ran) before; SchemaWriter's actions are.
struct MigrationStep {
    int version = 0;
    QString summary; // what the step adds, for progress messages
    std::function<Status(SchemaWriter &)> apply;
};

// Every step this build knows, in order. Files written by the original Python tool are version 0.
[[nodiscard]] const QList<MigrationStep> &migrationSteps();

// The schema version this build writes; a file with a higher version is refused.
[[nodiscard]] int latestSchemaVersion();

// The columns of the original tool's tracked_experiments that the file's table lacks (empty for a
// collection, or a file without that table): a table of that name with other columns is some other
// program's, and must come out of an open untouched.
[[nodiscard]] Result<QStringList> missingExperimentColumns(QSqlDatabase &database);

} // namespace encode::models::sqlite
