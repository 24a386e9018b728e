#include "models/experiment/AuditCounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace encode::models {

AuditCounts AuditCounts::fromSummary(const QString &auditSummary)
{
    const QJsonObject counts = QJsonDocument::fromJson(auditSummary.toUtf8()).object();
    AuditCounts result;
    for (AuditLevel level : auditLevels())
        result.setCount(level, counts.value(auditLevelName(level)).toInt());
    return result;
}

AuditCounts AuditCounts::fromAudit(const QJsonObject &audit)
{
    AuditCounts result;
    for (AuditLevel level : auditLevels())
        result.setCount(level, static_cast<int>(audit.value(auditLevelName(level)).toArray().size()));
    return result;
}

int AuditCounts::severity() const
{
    for (AuditLevel level : auditLevels()) {
        if (count(level) > 0)
            return auditSeverity(level);
    }
    return 0;
}

QString AuditCounts::summaryText() const
{
    QStringList parts;
    for (AuditLevel level : auditLevels()) {
        if (count(level) > 0)
            parts.append(QStringLiteral("%1 %2").arg(auditLevelName(level)).arg(count(level)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace encode::models
