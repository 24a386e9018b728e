#pragma once

#include "core/Result.h"
#include "database/sqlite/SchemaWriter.h"

#include <QList>
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

} // namespace encode::models::sqlite
