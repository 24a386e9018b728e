#include "ui/collection/FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace encode::ui {
namespace {

QComboBox *makeChoiceBox(const QString &objectName, const QString &allText, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(12);
    box->addItem(allText);
    return box;
}

// Keeps the current choice when the list is refilled (after tracking or untracking).
void refill(QComboBox *box, const QList<models::FilterChoice> &choices)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const models::FilterChoice &choice : choices)
        box->addItem(QStringLiteral("%1 (%2)").arg(choice.value).arg(choice.count), choice.value);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_assay(makeChoiceBox(QStringLiteral("assayFilter"), tr("All assays"), this))
    , m_organism(makeChoiceBox(QStringLiteral("organismFilter"), tr("All organisms"), this))
    , m_organ(makeChoiceBox(QStringLiteral("organFilter"), tr("All organs"), this))
    , m_text(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_group(new QToolButton(this))
{
    // A Summary bar's filter shows as a chip until removed.
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setToolTip(tr("The bar clicked in the Summary: click to remove"));
    m_group->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; "
                                          "padding: 2px 10px; background: palette(alternate-base); }"));
    m_group->hide();
    connect(m_group, &QToolButton::clicked, this, [this] { setGroupFilter(std::nullopt); });
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by accession, target, biosample, description or notes  (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_assay);
    layout->addWidget(m_organism);
    layout->addWidget(m_organ);
    layout->addWidget(m_group);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(200);
    connect(&m_typingPause, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    for (QComboBox *box : {m_assay, m_organism, m_organ})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT filterChanged(filter()); });
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitSoon);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setChoices(const QList<models::FilterChoice> &assays, const QList<models::FilterChoice> &organisms,
                           const QList<models::FilterChoice> &organs)
{
    refill(m_assay, assays);
    refill(m_organism, organisms);
    refill(m_organ, organs);
}

models::CollectionFilter FilterBar::filter() const
{
    models::CollectionFilter filter;
    filter.match = models::CollectionFilter::Match::Exact; // the drop-downs offer values found in the data
    filter.assay = m_assay->currentData().toString();
    filter.organism = m_organism->currentData().toString();
    filter.organ = m_organ->currentData().toString();
    filter.text = m_text->text().trimmed();
    filter.group = m_groupValue;
    return filter;
}

void FilterBar::setGroupFilter(const std::optional<models::GroupValue> &group)
{
    m_groupValue = group;
    if (group)
        m_group->setText(QStringLiteral("%1: %2  ✕").arg(models::groupingTitle(group->grouping), group->value));
    m_group->setVisible(group.has_value());
    Q_EMIT filterChanged(filter());
}

void FilterBar::clear()
{
    {
        const QSignalBlocker a(m_assay), b(m_organism), c(m_organ), d(m_text);
        m_assay->setCurrentIndex(0);
        m_organism->setCurrentIndex(0);
        m_organ->setCurrentIndex(0);
        m_text->clear();
    }
    m_groupValue.reset();
    m_group->hide();
    m_typingPause.stop();
    Q_EMIT filterChanged(filter());
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::emitSoon()
{
    m_typingPause.start();
}

} // namespace encode::ui
