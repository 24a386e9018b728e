#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The /search/ and /report/ rules of FakePortal, as plain functions over the stored objects, so that they can
// be read without the socket code around them. They mirror the subset of the Portal's search (snosearch)
// described in ENCODE-PORTAL.md section 3; everything else in the query is ignored, as the real server
// ignores unknown keys.
namespace encode::testsupport {

enum class SearchEndpoint {
    Search, // /search/: ignores `from`, like the real one
    Report, // /report/: honours `from` and needs exactly one `type`
};

struct SearchResult {
    int httpStatus =
        200; // 404 when nothing matched (the body is still a full envelope), 400 for bad parameters
    QJsonObject body;
};

// One `key=value` pair of a query string. `+` means a space and percent-escapes are decoded, as in an HTML
// form.
struct QueryItem {
    QString key;
    QString value;
    QByteArray raw; // the undecoded "key=value" segment, used to build the `remove` and `all` links
};

[[nodiscard]] QList<QueryItem> parseFormQuery(const QByteArray &rawQuery);

// Runs a search over the objects an anonymous user may see, in the order given.
[[nodiscard]] SearchResult runSearch(SearchEndpoint endpoint, const QList<QJsonObject> &visibleObjects,
                                     const QByteArray &rawQuery);

// Every scalar found under a dotted path; arrays met on the way are walked element by element.
// "type" is the Portal's alias for "@type".
[[nodiscard]] QList<QJsonValue> valuesAtPath(const QJsonObject &object, const QString &dottedPath);

// Keeps only the given dotted paths (plus @id and @type), arrays of objects projected element-wise:
// field=target.label turns {"target":{"label":"CTCF","name":..}} into {"target":{"label":"CTCF"}}.
[[nodiscard]] QJsonObject projectFields(const QJsonObject &object, const QStringList &dottedPaths);

} // namespace encode::testsupport
