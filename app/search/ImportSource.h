#pragma once

#include "models/core/Result.h"
#include "models/experiment/AccessionList.h"

#include <QStringList>

#include <qcoro/qcorotask.h>

namespace encode::app {

class PortalSearch;

// What a user pastes to track many experiments at once: a list of accessions, a search URL copied from
// the Portal's website, or a Portal cart.
struct ImportSource {
    enum class Kind { Accessions, SearchUrl, Cart };
    Kind kind = Kind::Accessions;
    QStringList accessions; // Kind::Accessions
    QString reference;      // Kind::SearchUrl: the URL; Kind::Cart: its URL, path or id

    // Recognises pasted text: a URL or path to /carts/ is a cart, a URL to /search/ or /report/ a search,
    // anything else a list of accessions. InvalidInput, naming what is wrong and what is expected, for
    // empty text, an unusable URL or list entries that are not experiment accessions.
    [[nodiscard]] static models::Result<ImportSource> fromText(const QString &text);
};

// The experiments a source names; a search gives at most `cap` of its `total` hits.
struct ImportedAccessions {
    QStringList accessions;
    int total = 0;
};

[[nodiscard]] QCoro::Task<models::Result<ImportedAccessions>> resolveImport(PortalSearch &portal, ImportSource source,
                                                                            int cap = 1000);

} // namespace encode::app
