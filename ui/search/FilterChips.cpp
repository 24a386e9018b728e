#include "ui/search/FilterChips.h"

#include "ui/search/SearchSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>

namespace encode::ui {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QHBoxLayout)
    , m_clearAll(new QPushButton(tr("Clear all"), this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setToolTip(tr("Remove every filter and the search text"));
    connect(m_clearAll, &QPushButton::clicked, this, &FilterChips::clearAllRequested);

    // Many chips scroll sideways rather than squeezing the results.
    auto *strip = new QWidget;
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(6);
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->addLayout(m_chips);
    stripLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedHeight(strip->sizeHint().height() + 34);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Filters:"), this));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_clearAll);
}

void FilterChips::showFilters(const SearchSession &session)
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<std::pair<QString, QString>> filters = session.activeFilters();
    for (const auto &[field, term] : filters) {
        auto *chip = new QToolButton;
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setText(QStringLiteral("%1: %2  ✕").arg(SearchSession::facetTitle(field), term));
        chip->setToolTip(tr("Remove this filter"));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 11px; "
                                           "padding: 2px 10px; background: palette(alternate-base); }"
                                           "QToolButton:hover { background: palette(midlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, field, term] { Q_EMIT removeRequested(field, term); });
        m_chips->addWidget(chip);
    }
    if (filters.isEmpty()) {
        auto *none = new QLabel(tr("none: every experiment on the Portal"));
        none->setEnabled(false);
        m_chips->addWidget(none);
    }
    m_clearAll->setEnabled(!filters.isEmpty() || !session.text().isEmpty());
}

} // namespace encode::ui
