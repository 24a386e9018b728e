#pragma once

#include "models/core/Result.h"
#include "app/portal/CancelToken.h"
#include "app/search/PortalSearch.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace encode::app {
class PortalClient;
}

namespace encode::ui {

// The state of the Search view without its widgets: the search text, the ticked facet terms, the sort
// and the page; and the Portal requests they cause. Each change runs the search and the facet counts
// again; the answers of a superseded run are cancelled and never shown.
class SearchSession final : public QObject {
    Q_OBJECT
public:
    static constexpr int pageSize = 50;

    explicit SearchSession(app::PortalClient &client, QObject *parent = nullptr);

    // The facets the sidebar shows, in order (friendly field names, see app::searchFields()).
    [[nodiscard]] static const QStringList &facetFields();
    // How a facet is titled for people ("Assay", "Organism", ...).
    [[nodiscard]] static QString facetTitle(const QString &field);

    // Whether an accession is in the open collection; results carry it.
    void setTrackedCheck(app::PortalSearch::IsTracked isTracked);

    void setText(const QString &text);
    void setTerm(const QString &field, const QString &term, bool ticked);
    void clearField(const QString &field);
    void clearAll();
    // `portalField` is a Portal sort key such as "date_released"; empty for the Portal's own order.
    void setSort(const QString &portalField, Qt::SortOrder order);
    void showPage(int offset);
    // Runs the current search again (after an error, or when asked).
    void refresh();

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QStringList ticked(const QString &field) const { return m_ticked.value(field); }
    // Ticked terms as (field, term), facets in sidebar order.
    [[nodiscard]] QList<std::pair<QString, QString>> activeFilters() const;
    [[nodiscard]] app::SearchQuery query() const;
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // The filters changed (before the answers arrive): chips and ticks follow this.
    void filtersChanged();
    void busyChanged(bool busy);
    void resultsReady(const encode::app::SearchPage &page);
    void facetsReady(const encode::app::FacetCounts &counts);
    // The Portal could not be asked (offline, down, refused): a run's first failure.
    void failed(const encode::models::Failure &failure);

private:
    void run(bool withFacets);
    void finishOne();
    [[nodiscard]] QCoro::Task<> runSearch(app::SearchQuery query, app::CancelToken run);
    [[nodiscard]] QCoro::Task<> runFacets(app::SearchQuery query, app::CancelToken run);
    void report(const models::Failure &failure, const app::CancelToken &run);

    app::PortalClient &m_client;
    app::PortalSearch::IsTracked m_isTracked;
    QString m_text;
    QHash<QString, QStringList> m_ticked;
    QString m_sortField;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_offset = 0;
    app::CancelToken m_run;
    bool m_runFailed = false;
    int m_pending = 0;
};

} // namespace encode::ui
