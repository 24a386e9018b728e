#include "models/references/ReferenceUrls.h"

#include <QUrlQuery>

#include <algorithm>

namespace encode::models {
namespace {

// Ids pasted from papers or the Portal often keep their prefix ("PMID:123", "doi:10.1/x",
// "https://doi.org/10.1/x"); the sites want the bare id.
QString withoutPrefix(QString id, std::initializer_list<QLatin1String> prefixes)
{
    id = id.trimmed();
    for (const QLatin1String prefix : prefixes) {
        if (id.startsWith(prefix, Qt::CaseInsensitive))
            return id.mid(prefix.size()).trimmed();
    }
    return id;
}

QUrl httpsUrl(const QString &host, const QString &path, const QUrlQuery &query = {})
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    // Decoded mode so characters that are legal in a DOI but special in a URL ('#', '?') are escaped.
    url.setPath(path, QUrl::DecodedMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl withQueryItem(const QString &host, const QString &path, const QString &key, const QString &value)
{
    QUrlQuery query;
    query.addQueryItem(key, value);
    return httpsUrl(host, path, query);
}

} // namespace

QUrl pubmedUrl(const QString &pmid)
{
    // A PMID is a number: anything else stored there (a PMCID, a typo) would link to a search page.
    const QString id = withoutPrefix(pmid, {QLatin1String("PMID:")});
    if (id.isEmpty() || !std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return httpsUrl(QStringLiteral("pubmed.ncbi.nlm.nih.gov"), QLatin1Char('/') + id + QLatin1Char('/'));
}

QUrl doiUrl(const QString &doi)
{
    const QString id = withoutPrefix(
        doi, {QLatin1String("https://doi.org/"), QLatin1String("http://doi.org/"), QLatin1String("doi:")});
    if (id.isEmpty())
        return {};
    return httpsUrl(QStringLiteral("doi.org"), QLatin1Char('/') + id);
}

QUrl geoUrl(const QString &accession)
{
    const QString id = withoutPrefix(accession, {QLatin1String("GEO:")});
    if (id.isEmpty())
        return {};
    return withQueryItem(QStringLiteral("www.ncbi.nlm.nih.gov"), QStringLiteral("/geo/query/acc.cgi"),
                         QStringLiteral("acc"), id);
}

QUrl clinicalTrialsUrl(const QString &nctId)
{
    const QString id = nctId.trimmed();
    if (id.isEmpty())
        return {};
    return httpsUrl(QStringLiteral("clinicaltrials.gov"), QStringLiteral("/study/") + id);
}

QUrl dbgapUrl(const QString &studyId)
{
    const QString id = studyId.trimmed();
    if (id.isEmpty())
        return {};
    return withQueryItem(QStringLiteral("www.ncbi.nlm.nih.gov"),
                         QStringLiteral("/projects/gap/cgi-bin/study.cgi"), QStringLiteral("study_id"), id);
}

QUrl referenceUrl(const QString &type, const QString &id)
{
    if (type == QLatin1String("pmid"))
        return pubmedUrl(id);
    if (type == QLatin1String("doi") || type == QLatin1String("biorxiv_doi") ||
        type == QLatin1String("preprint_doi"))
        return doiUrl(id);
    if (type == QLatin1String("geo_accession"))
        return geoUrl(id);
    if (type == QLatin1String("nct_id"))
        return clinicalTrialsUrl(id);
    if (type == QLatin1String("dbgap"))
        return dbgapUrl(id);
    QUrl url(id.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        !url.host().isEmpty())
        return url;
    return {};
}

} // namespace encode::models
