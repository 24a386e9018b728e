#pragma once

#include "core/Result.h"

#include <QStringList>

#include <qcoro/qcorotask.h>

namespace encode::app {

class PortalSearch;

// Accessions written as a list: separated by white space, commas or lines; '#' starts a comment.
[[nodiscard]] QStringList splitAccessionList(const QString &text);

// The most a list of accessions may hold: 8 MiB is some 600,000 accessions, one per line.
constexpr qint64 maxAccessionListBytes = 8 * 1024 * 1024;

// The text of an accession list in a file ('-' for standard input), read a block at a time up to
// `maxBytes`: anything larger (/dev/zero, a pipe that never ends, a file picked by mistake) is refused
// with a message instead of filling memory. The open collection's files are refused unread.
[[nodiscard]] models::Result<QString> readAccessionListText(const QString &source, const QString &collectionPath,
                                                            qint64 maxBytes = maxAccessionListBytes);

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
