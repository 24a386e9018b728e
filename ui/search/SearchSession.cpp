#include "ui/search/SearchSession.h"

#include "app/portal/PortalClient.h"

#include <qcoro/qcorotask.h>

namespace encode::ui {
namespace {

struct FacetInfo {
    QString field;
    const char *title;
};

// The facets a scientist narrows a search with, in the order the Portal's Experiment search shows them.
const QList<FacetInfo> &facetInfos()
{
    static const QList<FacetInfo> facets{
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SearchSession", "Status")},
        {QStringLiteral("assay_title"), QT_TRANSLATE_NOOP("SearchSession", "Assay")},
        {QStringLiteral("organism"), QT_TRANSLATE_NOOP("SearchSession", "Organism")},
        {QStringLiteral("biosample_type"), QT_TRANSLATE_NOOP("SearchSession", "Biosample type")},
        {QStringLiteral("organ"), QT_TRANSLATE_NOOP("SearchSession", "Organ")},
        {QStringLiteral("biosample_term_name"), QT_TRANSLATE_NOOP("SearchSession", "Biosample")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("SearchSession", "Target")},
        {QStringLiteral("life_stage"), QT_TRANSLATE_NOOP("SearchSession", "Life stage")},
        {QStringLiteral("assembly"), QT_TRANSLATE_NOOP("SearchSession", "Genome assembly")},
        {QStringLiteral("award"), QT_TRANSLATE_NOOP("SearchSession", "Project")},
        {QStringLiteral("lab"), QT_TRANSLATE_NOOP("SearchSession", "Lab")},
        {QStringLiteral("audit_error"), QT_TRANSLATE_NOOP("SearchSession", "Audit: ERROR")},
        {QStringLiteral("audit_not_compliant"), QT_TRANSLATE_NOOP("SearchSession", "Audit: NOT COMPLIANT")},
    };
    return facets;
}

// Free coroutines: they hold what they use, so a session destroyed meanwhile is never touched.
QCoro::Task<models::Result<app::SearchPage>> searchPage(app::PortalClient &client, app::PortalSearch::IsTracked isTracked,
                                                        app::CancelToken run, app::SearchQuery query)
{
    app::PortalSearch search(client, std::move(isTracked), std::move(run));
    co_return co_await search.search(std::move(query));
}

QCoro::Task<models::Result<app::FacetCounts>> facetCounts(app::PortalClient &client, app::CancelToken run,
                                                          app::SearchQuery query)
{
    app::PortalSearch search(client, {}, std::move(run));
    co_return co_await search.facets(SearchSession::facetFields(), std::move(query));
}

} // namespace

SearchSession::SearchSession(app::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_ticked.insert(QStringLiteral("status"), {QStringLiteral("released")}); // the existing tool's default
}

const QStringList &SearchSession::facetFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (const FacetInfo &facet : facetInfos())
            names.append(facet.field);
        return names;
    }();
    return fields;
}

QString SearchSession::facetTitle(const QString &field)
{
    for (const FacetInfo &facet : facetInfos()) {
        if (facet.field == field)
            return tr(facet.title);
    }
    return field;
}

void SearchSession::setTrackedCheck(app::PortalSearch::IsTracked isTracked)
{
    m_isTracked = std::move(isTracked);
}

void SearchSession::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    m_offset = 0;
    Q_EMIT filtersChanged();
    run(true);
}

void SearchSession::setTerm(const QString &field, const QString &term, bool ticked)
{
    QStringList &terms = m_ticked[field];
    if (terms.contains(term) == ticked)
        return;
    if (ticked)
        terms.append(term);
    else
        terms.removeAll(term);
    if (terms.isEmpty())
        m_ticked.remove(field);
    m_offset = 0;
    Q_EMIT filtersChanged();
    run(true);
}

void SearchSession::clearField(const QString &field)
{
    if (m_ticked.remove(field) == 0)
        return;
    m_offset = 0;
    Q_EMIT filtersChanged();
    run(true);
}

void SearchSession::clearAll()
{
    if (m_ticked.isEmpty() && m_text.isEmpty())
        return;
    m_ticked.clear();
    m_text.clear();
    m_offset = 0;
    Q_EMIT filtersChanged();
    run(true);
}

void SearchSession::setSort(const QString &portalField, Qt::SortOrder order)
{
    m_sortField = portalField;
    m_sortOrder = order;
    m_offset = 0;
    run(false); // the order changes nothing in the counts
}

void SearchSession::showPage(int offset)
{
    m_offset = std::max(0, offset);
    run(false);
}

void SearchSession::refresh()
{
    run(true);
}

QList<std::pair<QString, QString>> SearchSession::activeFilters() const
{
    QList<std::pair<QString, QString>> filters;
    for (const QString &field : facetFields()) {
        for (const QString &term : m_ticked.value(field))
            filters.append({field, term});
    }
    return filters;
}

app::SearchQuery SearchSession::query() const
{
    app::SearchQuery query;
    query.status.clear(); // status is a facet like the others here, ticked "released" at first
    for (const auto &[field, term] : activeFilters())
        query.rawFilters.append({*app::portalFieldFor(field), term});
    query.searchTerm = m_text;
    query.limit = pageSize;
    query.offset = m_offset;
    if (!m_sortField.isEmpty())
        query.sort = {(m_sortOrder == Qt::DescendingOrder ? QStringLiteral("-") : QString()) + m_sortField};
    return query;
}

void SearchSession::run(bool withFacets)
{
    // Counted before the previous run is cancelled, so that busy does not blink off and on.
    const int starting = withFacets ? 2 : 1;
    m_pending += starting;
    if (m_pending == starting)
        Q_EMIT busyChanged(true);
    m_run.cancel(); // what was asked before no longer matters
    m_run = app::CancelToken();
    m_runFailed = false;
    const app::SearchQuery current = query();

    const app::CancelToken run = m_run;
    QCoro::connect(searchPage(m_client, m_isTracked, run, current), this,
                   [this, run](const models::Result<app::SearchPage> &page) {
                       if (!run.isCancelled()) {
                           if (page.ok())
                               Q_EMIT resultsReady(page.value());
                           else
                               report(page.failure(), run);
                       }
                       finishOne();
                   });
    if (!withFacets)
        return;
    QCoro::connect(facetCounts(m_client, run, current), this,
                   [this, run](const models::Result<app::FacetCounts> &counts) {
                       if (!run.isCancelled()) {
                           if (counts.ok())
                               Q_EMIT facetsReady(counts.value());
                           else
                               report(counts.failure(), run);
                       }
                       finishOne();
                   });
}

void SearchSession::report(const models::Failure &failure, const app::CancelToken &run)
{
    // The search and the facets of one run usually fail together: say it once.
    if (m_runFailed || failure.kind == models::Failure::Kind::Cancelled || run.isCancelled())
        return;
    m_runFailed = true;
    Q_EMIT failed(failure);
}

void SearchSession::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace encode::ui
