#pragma once

#include "app/search/PortalSearch.h"

#include <QWidget>

class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace encode::ui {

class SearchSession;

// The facets of the Search view: each facet a branch of terms with their counts; ticking a term
// filters (OR within a facet, AND across facets). A thin busy bar shows while counts load.
class FacetSidebar final : public QWidget {
    Q_OBJECT
public:
    explicit FacetSidebar(QWidget *parent = nullptr);

    // Shows the counts; ticked terms stay listed (count 0) even when the answer leaves them out.
    void showCounts(const app::FacetCounts &counts, const SearchSession &session);
    // Re-ticks the terms after a change made elsewhere (a chip removed, clear all).
    void showTicked(const SearchSession &session);
    void setBusy(bool busy);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // The item of a term, or nullptr (for tests and keyboard users).
    [[nodiscard]] QTreeWidgetItem *termItem(const QString &field, const QString &term) const;

Q_SIGNALS:
    void termToggled(const QString &field, const QString &term, bool ticked);

private:
    [[nodiscard]] QTreeWidgetItem *facetItem(const QString &field) const;
    void updateFacetTitle(QTreeWidgetItem *facet);

    QProgressBar *m_busy;
    QTreeWidget *m_tree;
};

} // namespace encode::ui
