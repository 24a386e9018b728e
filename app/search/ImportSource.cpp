#include "app/search/ImportSource.h"

#include "models/experiment/Accession.h"
#include "app/search/PortalSearch.h"
#include "app/search/SearchQuery.h"

#include <QUrl>

namespace encode::app {



models::Result<ImportSource> ImportSource::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    ImportSource source;
    const bool isUrl = trimmed.startsWith(QLatin1String("https://")) || trimmed.startsWith(QLatin1String("http://"));
    const QString path = isUrl ? QUrl(trimmed).path() : trimmed;
    if (path.startsWith(QLatin1String("/carts/"))) {
        if (const models::Result<QString> cart = PortalSearch::cartPath(trimmed); !cart.ok())
            return cart.failure();
        source.kind = Kind::Cart;
        source.reference = trimmed;
        return source;
    }
    if (isUrl) {
        if (const models::Result<SearchQuery> query = SearchQuery::fromPortalUrl(QUrl(trimmed)); !query.ok())
            return query.failure();
        source.kind = Kind::SearchUrl;
        source.reference = trimmed;
        return source;
    }
    const QStringList listed = models::splitAccessionList(trimmed);
    if (listed.isEmpty())
        return models::invalidInput(QStringLiteral("nothing to track: expected experiment accessions such as ENCSR000EDP "
                                                   "(separated by spaces, commas or lines), a Portal search URL, or a "
                                                   "cart URL"));
    const models::Result<QStringList> accessions = models::parseExperimentAccessions(listed);
    if (!accessions.ok())
        return accessions.failure();
    source.accessions = accessions.value();
    source.accessions.removeDuplicates();
    return source;
}

QCoro::Task<models::Result<ImportedAccessions>> resolveImport(PortalSearch &portal, ImportSource source, int cap)
{
    switch (source.kind) {
    case ImportSource::Kind::Accessions:
        co_return ImportedAccessions{source.accessions, static_cast<int>(source.accessions.size())};
    case ImportSource::Kind::Cart: {
        const models::Result<QStringList> inCart = co_await portal.cartAccessions(source.reference);
        if (!inCart.ok())
            co_return inCart.failure();
        co_return ImportedAccessions{inCart.value(), static_cast<int>(inCart.value().size())};
    }
    case ImportSource::Kind::SearchUrl: {
        const models::Result<SearchQuery> query = SearchQuery::fromPortalUrl(QUrl(source.reference));
        if (!query.ok())
            co_return query.failure();
        const models::Result<SearchAccessions> found = co_await portal.allAccessions(query.value(), cap);
        if (!found.ok())
            co_return found.failure();
        co_return ImportedAccessions{found.value().accessions, found.value().total};
    }
    }
    co_return models::invalidInput(QStringLiteral("unknown import source"));
}

} // namespace encode::app
