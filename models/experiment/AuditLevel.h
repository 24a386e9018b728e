#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The Portal's audit levels (spec section 2: raw_metadata.audit, audit_summary): their order of
// severity, their names and what each means for display. Every front end ranks, names and marks
// audits through these, so the table, the details pane, the search results and compare agree.
namespace encode::models {

enum class AuditLevel { Error, NotCompliant, Warning, InternalAction };

// Every known level, most severe first.
[[nodiscard]] const std::array<AuditLevel, 4> &auditLevels();

// As the Portal spells it: "ERROR", "NOT_COMPLIANT", "WARNING", "INTERNAL_ACTION" (the keys of
// raw_metadata.audit and audit_summary, and level_name).
[[nodiscard]] QString auditLevelName(AuditLevel level);
// The level the Portal spells `name` (exactly); none for a level the Portal adds later.
[[nodiscard]] std::optional<AuditLevel> auditLevelNamed(QStringView name);

// The name as the Portal's search page shows it, in capitals: "NOT COMPLIANT".
[[nodiscard]] QString auditLevelCaption(AuditLevel level);

// The Portal's own number for a level ("level": 60 ERROR, 50, 40, 30 INTERNAL_ACTION); higher is worse.
[[nodiscard]] int auditLevelNumber(AuditLevel level);

// The rank tables sort by and badges are coloured by: 3 ERROR, 2 NOT_COMPLIANT, 1 WARNING, 0 for
// INTERNAL_ACTION (the DCC's own to-do list, not a flag on the data), which is drawn as usual.
[[nodiscard]] int auditSeverity(AuditLevel level);

// ERROR and NOT_COMPLIANT mean the data should not be used as is: the experiment is marked, and a
// comparison warns about it.
[[nodiscard]] bool isSeriousAuditLevel(AuditLevel level);

// How a person reads a level: "Error", "Not compliant", ...; a name the Portal adds later is shown
// from its spelling ("NEW_LEVEL" -> "New level").
[[nodiscard]] QString auditLevelLabel(const QString &levelName);

} // namespace encode::models
