#pragma once

#include <QStyledItemDelegate>

namespace encode::ui {

// Draws an audit cell as a badge whose colour says the worst level, read from `severityRole`
// (3 ERROR red, 2 NOT_COMPLIANT orange, 1 WARNING amber, 0 none: drawn as usual).
class AuditBadgeDelegate final : public QStyledItemDelegate {
public:
    AuditBadgeDelegate(int severityRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_severityRole;
};

} // namespace encode::ui
