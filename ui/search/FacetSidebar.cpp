#include "ui/search/FacetSidebar.h"

#include "ui/search/SearchSession.h"

#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

constexpr int FieldRole = Qt::UserRole + 1;
constexpr int TermRole = Qt::UserRole + 2;

// Facets open at first: the ones scientists narrow by most.
bool openAtFirst(const QString &field)
{
    static const QStringList open{QStringLiteral("status"), QStringLiteral("assay_title"), QStringLiteral("organism"),
                                  QStringLiteral("biosample_type"), QStringLiteral("organ")};
    return open.contains(field);
}

} // namespace

FacetSidebar::FacetSidebar(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("facetSidebar"));
    m_busy->setObjectName(QStringLiteral("facetBusy"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_tree->setObjectName(QStringLiteral("facetTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QString &field : SearchSession::facetFields()) {
        auto *facet = new QTreeWidgetItem(m_tree);
        facet->setData(0, FieldRole, field);
        facet->setFlags(Qt::ItemIsEnabled);
        QFont bold = facet->font(0);
        bold.setBold(true);
        facet->setFont(0, bold);
        facet->setExpanded(openAtFirst(field));
        updateFacetTitle(facet);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_busy);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0 || !item->parent())
            return;
        updateFacetTitle(item->parent());
        Q_EMIT termToggled(item->data(0, FieldRole).toString(), item->data(0, TermRole).toString(),
                           item->checkState(0) == Qt::Checked);
    });
}

QTreeWidgetItem *FacetSidebar::facetItem(const QString &field) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, FieldRole).toString() == field)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *FacetSidebar::termItem(const QString &field, const QString &term) const
{
    const QTreeWidgetItem *facet = facetItem(field);
    for (int i = 0; facet && i < facet->childCount(); ++i) {
        if (facet->child(i)->data(0, TermRole).toString() == term)
            return facet->child(i);
    }
    return nullptr;
}

void FacetSidebar::updateFacetTitle(QTreeWidgetItem *facet)
{
    const QString field = facet->data(0, FieldRole).toString();
    int ticked = 0;
    for (int i = 0; i < facet->childCount(); ++i)
        ticked += facet->child(i)->checkState(0) == Qt::Checked ? 1 : 0;
    const QSignalBlocker quiet(m_tree);
    facet->setText(0, SearchSession::facetTitle(field));
    facet->setText(1, ticked > 0 ? tr("%1 ticked").arg(ticked) : QString());
}

void FacetSidebar::showCounts(const app::FacetCounts &counts, const SearchSession &session)
{
    const QSignalBlocker quiet(m_tree);
    const QLocale locale;
    for (const auto &[field, terms] : counts.facets) {
        QTreeWidgetItem *facet = facetItem(field);
        if (!facet)
            continue;
        qDeleteAll(facet->takeChildren());
        QStringList ticked = session.ticked(field);
        QList<app::FacetTerm> shown = terms;
        for (const QString &term : std::as_const(ticked)) {
            const bool listed = std::any_of(shown.cbegin(), shown.cend(), [&term](const app::FacetTerm &t) { return t.term == term; });
            if (!listed)
                shown.append({term, 0});
        }
        for (const app::FacetTerm &term : std::as_const(shown)) {
            auto *item = new QTreeWidgetItem(facet);
            item->setData(0, FieldRole, field);
            item->setData(0, TermRole, term.term);
            item->setText(0, term.term.isEmpty() ? tr("(none)") : term.term);
            item->setToolTip(0, term.term);
            item->setText(1, locale.toString(term.count));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, ticked.contains(term.term) ? Qt::Checked : Qt::Unchecked);
        }
        facet->setHidden(shown.isEmpty());
        updateFacetTitle(facet);
    }
}

void FacetSidebar::showTicked(const SearchSession &session)
{
    const QSignalBlocker quiet(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *facet = m_tree->topLevelItem(i);
        const QStringList ticked = session.ticked(facet->data(0, FieldRole).toString());
        for (int j = 0; j < facet->childCount(); ++j) {
            QTreeWidgetItem *term = facet->child(j);
            term->setCheckState(0, ticked.contains(term->data(0, TermRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
        updateFacetTitle(facet);
    }
}

void FacetSidebar::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace encode::ui
