#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace encode::ui {

// The colour of a badge for a models::auditSeverity above 0, in the table cells and the search hit's
// audit list: darker than the details pane's badges, since the text on these is always white.
[[nodiscard]] QColor auditBadgeColour(int severity);

// Draws an audit cell as a badge whose colour says the worst level, read from `severityRole` as a
// models::auditSeverity (ERROR red, NOT_COMPLIANT orange, WARNING amber; 0 is drawn as usual).
class AuditBadgeDelegate final : public QStyledItemDelegate {
public:
    AuditBadgeDelegate(int severityRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_severityRole;
};

} // namespace encode::ui
