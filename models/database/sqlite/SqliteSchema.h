#pragma once

#include <QStringList>
#include <QList>

namespace encode::models::sqlite {

// One rung of the migration ladder: the statements that take a collection from version - 1 to version.
struct MigrationStep {
    int version = 0;
    QStringList statements;
};

// Every step this build knows, in order. Files written by the original Python tool are version 0.
[[nodiscard]] const QList<MigrationStep> &migrationSteps();

// The schema version this build writes; a file with a higher version is refused.
[[nodiscard]] int latestSchemaVersion();

} // namespace encode::models::sqlite
