#include "ui/common/AuditBadgeDelegate.h"

#include "models/experiment/AuditLevel.h"

#include <QPainter>

namespace encode::ui {

QColor auditBadgeColour(int severity)
{
    if (severity >= models::auditSeverity(models::AuditLevel::Error))
        return {0xc6, 0x28, 0x28};
    if (severity >= models::auditSeverity(models::AuditLevel::NotCompliant))
        return {0xe6, 0x6a, 0x00};
    return {0xb0, 0x8a, 0x00};
}

AuditBadgeDelegate::AuditBadgeDelegate(int severityRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_severityRole(severityRole)
{
}

void AuditBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int severity = index.data(m_severityRole).toInt();
    const QString text = index.data().toString();
    if (severity == 0 || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    QStyledItemDelegate::paint(painter, plain, QModelIndex()); // background and selection only
    const QColor colour = auditBadgeColour(severity);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect badge = option.rect.adjusted(3, 3, -3, -3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    QFont font = option.font;
    font.setBold(severity >= models::auditSeverity(models::AuditLevel::NotCompliant)); // the serious levels
    painter->setFont(font);
    painter->drawText(badge.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, badge.width() - 10));
    painter->restore();
}

} // namespace encode::ui
