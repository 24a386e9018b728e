#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace encode::app {

// One filter of the existing tool's search (TRACKER-SPEC.md section 12) and the Portal query parameter it
// becomes (ENCODE-PORTAL.md section 3.2). `name` is also the friendly facet name.
struct SearchField {
    QString name;        // assay_title, organism, ...
    QString portalField; // assay_title, replicates.library.biosample.donor.organism.scientific_name, ...
};

// Every friendly field name the search and the facets accept, in display order.
[[nodiscard]] const QList<SearchField> &searchFields();
// The Portal field for a friendly name (or for a Portal field of the table itself); nullopt when unknown.
[[nodiscard]] std::optional<QString> portalFieldFor(const QString &name);
// The friendly name of a Portal field; the Portal field itself when it has none.
[[nodiscard]] QString friendlyFieldName(const QString &portalField);
// Fails with a message listing the accepted names when one of `names` is unknown.
[[nodiscard]] models::Status checkFieldNames(const QStringList &names);

// A search for Experiments on the ENCODE Portal. Several values of one filter are OR-ed; different filters
// are AND-ed. An empty list means "no filter".
struct SearchQuery {
    QStringList assayTitle;
    QStringList organism;
    QStringList organ;
    QStringList biosampleType;
    QStringList biosampleTermName;
    QStringList target;
    QStringList status{QStringLiteral("released")};
    QStringList lab;
    QStringList award;
    QStringList assembly;
    QStringList replicationType;
    QStringList lifeStage;
    QStringList sex;
    QStringList treatment;
    QStringList geneticModification;
    std::optional<bool> perturbed;
    QString searchTerm;
    QString dateReleasedFrom; // YYYY-MM-DD, inclusive
    QString dateReleasedTo;   // YYYY-MM-DD, inclusive
    int limit = 25;
    int offset = 0;
    // Portal sort keys for a results page, "-" first for descending ("-date_released"); the Portal's own
    // order (newest first, or by relevance with a search term) when empty.
    QStringList sort;
    // Filters taken as they are from a Portal URL: (key, value), the key possibly ending in '!' (NOT).
    QList<std::pair<QString, QString>> rawFilters;

    static constexpr int maxLimit = 1000;

    // type=Experiment, every filter and searchTerm; never limit, from or field (the caller adds those).
    [[nodiscard]] QUrlQuery toPortalQuery() const;
    // Bad dates, limit outside 1..maxLimit (0 is allowed when `allowZeroLimit`), a negative offset.
    [[nodiscard]] models::Status validate(bool allowZeroLimit = false) const;

    // A search URL copied from the Portal's website (https://www.encodeproject.org/search/?type=Experiment&...).
    // Its filters are kept as raw filters (status included: no default is added); searchTerm is kept;
    // type must be Experiment (or absent); paging, projection and display keys are dropped.
    [[nodiscard]] static models::Result<SearchQuery> fromPortalUrl(const QUrl &url);
};

// A value ready for QUrlQuery: '%' and '+' escaped, so that they reach the Portal as themselves.
[[nodiscard]] QString queryValue(const QString &value);

} // namespace encode::app
