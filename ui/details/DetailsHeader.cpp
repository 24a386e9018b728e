#include "ui/details/DetailsHeader.h"

#include "ui/details/AuditEntries.h"
#include "models/experiment/AuditLevel.h"
#include "models/experiment/ExperimentRecord.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace encode::ui {
namespace {

QToolButton *createBadge(const QString &levelName, const QList<AuditEntry> &entries, QWidget *parent)
{
    QStringList categories;
    for (const AuditEntry &entry : entries)
        categories.append(QStringLiteral("• ") + entry.category);
    auto *badge = new QToolButton(parent);
    badge->setObjectName(QStringLiteral("auditBadge_") + levelName);
    badge->setText(QStringLiteral("%1 %2")
                       .arg(QString(levelName).replace(QLatin1Char('_'), QLatin1Char(' ')))
                       .arg(entries.size()));
    badge->setToolTip(DetailsHeader::tr("%1 audits, click to see them:\n%2")
                          .arg(models::auditLevelLabel(levelName), categories.join(QLatin1Char('\n'))));
    badge->setCursor(Qt::PointingHandCursor);
    badge->setAutoRaise(false);
    // The one hard-coded colour of the pane: the Portal's audit colours are what users recognise.
    badge->setStyleSheet(
        QStringLiteral("QToolButton { background-color: %1; color: %2; border: none; "
                       "border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
            .arg(auditLevelColour(levelName).name(), auditLevelTextColour(levelName).name()));
    return badge;
}

} // namespace

DetailsHeader::DetailsHeader(QWidget *parent)
    : QWidget(parent)
    , m_accession(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_badges(new QHBoxLayout)
{
    setObjectName(QStringLiteral("detailsHeader"));
    m_accession->setObjectName(QStringLiteral("detailsAccession"));
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    QFont big = m_accession->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_accession->setFont(big);
    m_accession->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Biosample summaries run long ("Mus musculus strain C57BL/6 liver tissue male adult (8 weeks)"):
    // they get a line of their own and wrap rather than being cut off next to the badges.
    m_summary->setWordWrap(true);
    m_badges->setSpacing(6);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_accession, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->addLayout(m_badges, 0, 2);
    layout->addWidget(m_summary, 1, 0, 1, 3);
    // The first row keeps its height whether or not there are badges, so the tabs do not jump.
    layout->setRowMinimumHeight(0, QFontMetrics(big).height() + 10);
}

void DetailsHeader::showExperiment(const models::TrackedExperiment &experiment,
                                   const QJsonObject &rawMetadata)
{
    m_accession->setText(experiment.accession);
    QStringList parts;
    for (const QString &part : {experiment.assayTitle, experiment.target, experiment.biosampleSummary}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString summary = parts.join(QStringLiteral(" · "));
    m_summary->setText(summary);
    m_summary->setToolTip(summary);

    clearBadges();
    const QList<AuditEntry> entries = auditEntries(rawMetadata);
    for (const models::AuditLevel known : models::auditLevels()) {
        const QString level = models::auditLevelName(known);
        QList<AuditEntry> atLevel;
        std::copy_if(entries.begin(), entries.end(), std::back_inserter(atLevel),
                     [&](const AuditEntry &entry) { return entry.levelName == level; });
        if (atLevel.isEmpty())
            continue;
        QToolButton *badge = createBadge(level, atLevel, this);
        connect(badge, &QToolButton::clicked, this, &DetailsHeader::auditsRequested);
        m_badges->addWidget(badge);
    }
}

void DetailsHeader::clear()
{
    m_accession->clear();
    m_summary->clear();
    m_summary->setToolTip(QString());
    clearBadges();
}

void DetailsHeader::clearBadges()
{
    while (QLayoutItem *item = m_badges->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace encode::ui
