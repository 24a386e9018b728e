#pragma once

#include "models/core/Result.h"
#include "app/portal/CancelToken.h"
#include "app/search/SearchQuery.h"
#include "models/experiment/AuditCounts.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

#include <functional>

namespace encode::app {

class PortalClient;

// One row of search results: the columns a scientist needs to choose experiments.
struct SearchHit {
    QString accession;
    QString assayTitle;
    QString target;           // target.label
    QString biosampleSummary;
    QStringList organisms;    // replicates.library.biosample.organism.scientific_name, first-seen order
    QStringList organs;       // biosample_ontology.organ_slims
    QString biosampleType;    // biosample_ontology.classification
    QString biosampleTermName;
    QString lab;              // lab.title
    QString status;
    QString dateReleased;
    QStringList auditErrors;       // audit ERROR categories
    QStringList auditNotCompliant; // audit NOT_COMPLIANT categories
    QStringList auditWarnings;     // audit WARNING categories
    bool tracked = false;

    // The categories flagged at `level`; the search asks for ERROR, NOT_COMPLIANT and WARNING only.
    [[nodiscard]] QStringList auditCategories(models::AuditLevel level) const;
    [[nodiscard]] models::AuditCounts auditCounts() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SearchHit fromPortalItem(const QJsonObject &item);
};

// One page of results.
struct SearchPage {
    QList<SearchHit> experiments;
    int total = 0;
    int offset = 0;
    [[nodiscard]] bool hasMore() const { return offset + experiments.size() < total; }
    // {"experiments": [...], "total": N, "count": n, "offset": k, "has_more": bool}
    [[nodiscard]] QJsonObject toJson() const;
};

struct FacetTerm {
    QString term; // numeric and boolean keys as text
    int count = 0;
};

struct FacetCounts {
    int total = 0;
    QList<std::pair<QString, QList<FacetTerm>>> facets; // friendly field name -> terms, in the order asked
    // {"total": N, "facets": {"assay_title": [{"term": "...", "count": n}, ...], ...}}
    [[nodiscard]] QJsonObject toJson() const;
};

// The accessions of every hit of a search, up to a cap.
struct SearchAccessions {
    QStringList accessions;
    int total = 0;
    [[nodiscard]] bool capped() const { return accessions.size() < total; }
};

// Searches the ENCODE Portal for Experiments (ENCODE-PORTAL.md section 3): projected fields only, paging
// through /report/ (the only endpoint that honours `from`), zero hits (HTTP 404 with a body) as an empty
// answer, facet counts, and the experiments of a cart.
class PortalSearch final {
public:
    using IsTracked = std::function<bool(const QString &accession)>;

    // Every request belongs to `run`: cancelling it stops this search's requests and nothing else.
    explicit PortalSearch(PortalClient &client, IsTracked isTracked = {}, CancelToken run = {});

    // The `field=` projections a results page asks for.
    [[nodiscard]] static QStringList projectedFields();

    // One page: `query.limit` results from `query.offset`, in `query.sort` order. Offset 0 uses /search/,
    // later pages /report/.
    [[nodiscard]] QCoro::Task<models::Result<SearchPage>> search(SearchQuery query);
    // Term counts of the friendly `fields` (every known facet in the answer when empty) under the filters.
    [[nodiscard]] QCoro::Task<models::Result<FacetCounts>> facets(QStringList fields, SearchQuery query);
    // Every accession the search matches, at most `cap`, fetched in pages through /report/.
    [[nodiscard]] QCoro::Task<models::Result<SearchAccessions>> allAccessions(SearchQuery query, int cap = 1000,
                                                                              int pageSize = 200);
    // The experiment accessions of a cart: a cart URL (https://www.encodeproject.org/carts/<id>/), its path,
    // or its id. Elements that are not experiments are left out.
    [[nodiscard]] QCoro::Task<models::Result<QStringList>> cartAccessions(QString urlOrId);

    // The path of a cart, or an InvalidInput failure saying what is accepted.
    [[nodiscard]] static models::Result<QString> cartPath(const QString &urlOrId);

private:
    PortalClient &m_client;
    IsTracked m_isTracked;
    CancelToken m_run;
};

} // namespace encode::app
