#pragma once

#include "models/experiment/AuditLevel.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace encode::models {

// How many audit flags of each known level an experiment carries. Levels the Portal adds later are
// not counted: nothing here would know how to rank them.
class AuditCounts final {
public:
    // The audit_summary column: {"ERROR": 1, "WARNING": 2}; anything unreadable counts nothing.
    [[nodiscard]] static AuditCounts fromSummary(const QString &auditSummary);
    // raw_metadata's "audit" object: {"ERROR": [{...}, ...], ...}, one flag per array entry.
    [[nodiscard]] static AuditCounts fromAudit(const QJsonObject &audit);

    [[nodiscard]] int count(AuditLevel level) const { return m_counts.at(static_cast<std::size_t>(level)); }
    void setCount(AuditLevel level, int count) { m_counts.at(static_cast<std::size_t>(level)) = count; }

    // The severity (auditSeverity) of the worst level flagged; 0 when nothing worth a badge is.
    [[nodiscard]] int severity() const;
    // "ERROR 1 · WARNING 2": every flagged level, most severe first; empty when none is.
    [[nodiscard]] QString summaryText() const;

    friend bool operator==(const AuditCounts &, const AuditCounts &) = default;

private:
    std::array<int, 4> m_counts{};
};

} // namespace encode::models
