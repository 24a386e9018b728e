#include "tests/support/FakeSearch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace encode::testsupport {

namespace {

// Keys that are not filters (src/encoded/searches/defaults.py); every other key=value filters the results.
const QSet<QString> &reservedKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("type"),           QStringLiteral("limit"),         QStringLiteral("from"),
        QStringLiteral("frame"),          QStringLiteral("field"),         QStringLiteral("sort"),
        QStringLiteral("format"),         QStringLiteral("mode"),          QStringLiteral("datastore"),
        QStringLiteral("annotation"),     QStringLiteral("cart"),          QStringLiteral("debug"),
        QStringLiteral("filterresponse"), QStringLiteral("genome"),        QStringLiteral("referrer"),
        QStringLiteral("region"),         QStringLiteral("remove"),        QStringLiteral("config"),
        QStringLiteral("searchTerm"),     QStringLiteral("advancedQuery"),
    };
    return keys;
}

// A few of the Experiment search columns (schema `columns`): what a result item holds when the client asks
// for neither a frame nor fields. date_released, assembly and organ_slims are deliberately NOT among them.
const QStringList &experimentColumns()
{
    static const QStringList columns{
        QStringLiteral("accession"),
        QStringLiteral("assay_term_name"),
        QStringLiteral("assay_title"),
        QStringLiteral("biosample_ontology.classification"),
        QStringLiteral("biosample_ontology.term_name"),
        QStringLiteral("target.@id"),
        QStringLiteral("target.label"),
        QStringLiteral("target.genes.symbol"),
        QStringLiteral("biosample_summary"),
        QStringLiteral("dbxrefs"),
        QStringLiteral("description"),
        QStringLiteral("lab.title"),
        QStringLiteral("award.project"),
        QStringLiteral("status"),
        QStringLiteral("files.@id"),
        QStringLiteral("related_series"),
        QStringLiteral("replicates.@id"),
        QStringLiteral("replicates.biological_replicate_number"),
        QStringLiteral("replicates.technical_replicate_number"),
        QStringLiteral("replicates.library.biosample.accession"),
        QStringLiteral("replicates.library.biosample.organism.scientific_name"),
        QStringLiteral("replicates.library.biosample.life_stage"),
        QStringLiteral("replicates.library.biosample.age_display"),
        QStringLiteral("audit"),
    };
    return columns;
}

struct FacetSpec {
    QString field;
    QString title;
};

// Facet order is the schema order: type first, audits last (ENCODE-PORTAL.md 3.3).
QList<FacetSpec> facetSpecs(bool experimentOnly)
{
    QList<FacetSpec> specs{{QStringLiteral("type"), QStringLiteral("Data Type")}};
    if (experimentOnly) {
        specs += QList<FacetSpec>{
            {QStringLiteral("assay_title"), QStringLiteral("Assay title")},
            {QStringLiteral("status"), QStringLiteral("Status")},
            {QStringLiteral("target.label"), QStringLiteral("Target of assay")},
            {QStringLiteral("target.investigated_as"), QStringLiteral("Target category")},
            {QStringLiteral("replicates.library.biosample.donor.organism.scientific_name"),
             QStringLiteral("Organism")},
            {QStringLiteral("biosample_ontology.classification"), QStringLiteral("Biosample classification")},
            {QStringLiteral("biosample_ontology.term_name"), QStringLiteral("Biosample")},
            {QStringLiteral("biosample_ontology.organ_slims"), QStringLiteral("Organ")},
            {QStringLiteral("replicates.library.biosample.life_stage"), QStringLiteral("Life stage")},
            {QStringLiteral("assembly"), QStringLiteral("Genome assembly")},
            {QStringLiteral("award.project"), QStringLiteral("Project")},
            {QStringLiteral("award.rfa"), QStringLiteral("RFA")},
            {QStringLiteral("lab.title"), QStringLiteral("Lab")},
            {QStringLiteral("replication_type"), QStringLiteral("Replication type")},
        };
    }
    specs += QList<FacetSpec>{
        {QStringLiteral("audit.ERROR.category"), QStringLiteral("Audit category: ERROR")},
        {QStringLiteral("audit.NOT_COMPLIANT.category"), QStringLiteral("Audit category: NOT COMPLIANT")},
        {QStringLiteral("audit.WARNING.category"), QStringLiteral("Audit category: WARNING")},
    };
    return specs;
}

// Search compares values as strings, whatever their JSON type.
QString keyString(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
            return QString::number(static_cast<qint64>(d));
        }
        return QString::number(d, 'g', 17);
    }
    return {};
}

// lt:/lte:/gt:/gte: on one value; numbers compare as numbers, everything else (dates YYYY-MM-DD) as strings.
bool satisfiesRange(const QString &value, const QString &condition)
{
    const qsizetype colon = condition.indexOf(QLatin1Char(':'));
    const QString op = condition.left(colon);
    const QString bound = condition.mid(colon + 1);
    bool valueIsNumber = false;
    bool boundIsNumber = false;
    const double valueNumber = value.toDouble(&valueIsNumber);
    const double boundNumber = bound.toDouble(&boundIsNumber);
    const int order = (valueIsNumber && boundIsNumber)
                          ? (valueNumber < boundNumber ? -1 : (valueNumber > boundNumber ? 1 : 0))
                          : QString::compare(value, bound);
    if (op == u"lt") {
        return order < 0;
    }
    if (op == u"lte") {
        return order <= 0;
    }
    if (op == u"gt") {
        return order > 0;
    }
    return order >= 0; // gte
}

bool isRangeCondition(const QString &value)
{
    return value.startsWith(u"lt:") || value.startsWith(u"lte:") || value.startsWith(u"gt:") ||
           value.startsWith(u"gte:");
}

// All the conditions on one field: the same key repeated is an OR of values, ranges are merged (AND),
// `key!=value` excludes, `key=*` / `key!=*` test existence.
struct FieldFilter {
    QString field;
    QStringList anyOf;
    QStringList noneOf;
    QStringList ranges;
    bool mustExist = false;
    bool mustNotExist = false;

    [[nodiscard]] bool matches(const QJsonObject &object) const
    {
        QStringList values;
        for (const auto &value : valuesAtPath(object, field)) {
            values.append(keyString(value));
        }
        if ((mustExist && values.isEmpty()) || (mustNotExist && !values.isEmpty())) {
            return false;
        }
        const auto in = [&values](const QString &wanted) {
            return values.contains(wanted);
        };
        if (!anyOf.isEmpty() && std::none_of(anyOf.cbegin(), anyOf.cend(), in)) {
            return false;
        }
        if (std::any_of(noneOf.cbegin(), noneOf.cend(), in)) {
            return false;
        }
        if (ranges.isEmpty()) {
            return true;
        }
        return std::any_of(values.cbegin(), values.cend(), [this](const QString &value) {
            return std::all_of(ranges.cbegin(), ranges.cend(),
                               [&value](const QString &range) { return satisfiesRange(value, range); });
        });
    }
};

QList<FieldFilter> buildFilters(const QList<QueryItem> &items)
{
    QList<FieldFilter> filters;
    for (const QueryItem &item : items) {
        const bool negated = item.key.endsWith(QLatin1Char('!'));
        const QString field = negated ? item.key.chopped(1) : item.key;
        if (reservedKeys().contains(field) || field.isEmpty()) {
            continue;
        }
        auto it = std::find_if(filters.begin(), filters.end(),
                               [&field](const FieldFilter &f) { return f.field == field; });
        if (it == filters.end()) {
            filters.append(FieldFilter{field, {}, {}, {}, false, false});
            it = std::prev(filters.end());
        }
        if (item.value == u"*") {
            (negated ? it->mustNotExist : it->mustExist) = true;
        } else if (negated) {
            it->noneOf.append(item.value);
        } else if (isRangeCondition(item.value)) {
            it->ranges.append(item.value);
        } else {
            it->anyOf.append(item.value);
        }
    }
    return filters;
}

bool matchesType(const QJsonObject &object, const QStringList &types)
{
    if (types.isEmpty() || types.contains(u"Item") || types.contains(u"*")) {
        return true;
    }
    const QJsonArray objectTypes = object.value(QLatin1String("@type")).toArray();
    return std::any_of(objectTypes.cbegin(), objectTypes.cend(),
                       [&types](const QJsonValue &type) { return types.contains(type.toString()); });
}

// Free text: every word must occur somewhere in the object (case-insensitive), like simple_query_string with
// AND.
bool matchesSearchTerm(const QJsonObject &object, const QStringList &words)
{
    if (words.isEmpty()) {
        return true;
    }
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).toLower();
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QString &word) { return text.contains(word.toLower()); });
}

void collectValues(const QJsonValue &value, const QStringList &path, qsizetype depth, QList<QJsonValue> *out)
{
    if (value.isArray()) {
        for (const auto &element : value.toArray()) {
            collectValues(element, path, depth, out);
        }
        return;
    }
    if (depth == path.size()) {
        if (!value.isNull() && !value.isUndefined()) {
            out->append(value);
        }
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const auto it = object.constFind(path.at(depth));
        if (it != object.constEnd()) {
            collectValues(it.value(), path, depth + 1, out);
        }
    }
}

QJsonObject projectObject(const QJsonObject &object, const QList<QStringList> &paths);

// Projects what sits under one key; undefined means "nothing left, leave the key out".
QJsonValue projectValue(const QJsonValue &value, const QList<QStringList> &tails)
{
    if (value.isObject()) {
        const QJsonObject projected = projectObject(value.toObject(), tails);
        return projected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(projected);
    }
    if (value.isArray()) {
        QJsonArray projected;
        for (const auto &element : value.toArray()) {
            const QJsonValue kept = projectValue(element, tails);
            if (!kept.isUndefined()) {
                projected.append(kept);
            }
        }
        return projected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(projected);
    }
    return QJsonValue(QJsonValue::Undefined); // a scalar has no sub-fields to keep
}

QJsonObject projectObject(const QJsonObject &object, const QList<QStringList> &paths)
{
    QStringList heads;
    QHash<QString, QList<QStringList>> tails;
    QSet<QString> wholeValues;
    for (const QStringList &path : paths) {
        const QString &head = path.first();
        if (!heads.contains(head)) {
            heads.append(head);
        }
        if (path.size() == 1) {
            wholeValues.insert(head);
        } else {
            tails[head].append(path.mid(1));
        }
    }
    QJsonObject projected;
    for (const QString &head : std::as_const(heads)) {
        const auto it = object.constFind(head);
        if (it == object.constEnd()) {
            continue;
        }
        const QJsonValue kept =
            wholeValues.contains(head) ? it.value() : projectValue(it.value(), tails.value(head));
        if (!kept.isUndefined()) {
            projected.insert(head, kept);
        }
    }
    return projected;
}

QByteArray joinSegments(const QList<QueryItem> &items, const std::function<bool(qsizetype)> &keep)
{
    QList<QByteArray> segments;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (keep(i)) {
            segments.append(items.at(i).raw);
        }
    }
    return segments.join('&');
}

QString linkTo(const QString &endpointPath, const QByteArray &query)
{
    return query.isEmpty() ? endpointPath : endpointPath + QLatin1Char('?') + QString::fromUtf8(query);
}

// Term counts for one facet, computed like the Portal: with every filter except the facet's own.
QJsonObject buildFacet(const FacetSpec &spec, const QList<QJsonObject> &context)
{
    struct Term {
        QJsonValue key;
        QString text;
        int count = 0;
    };
    QList<Term> terms;
    QHash<QString, qsizetype> indexOf;
    for (const QJsonObject &object : context) {
        QSet<QString> seenInThisObject; // a document counts once per term
        for (const auto &value : valuesAtPath(object, spec.field)) {
            const QString text = keyString(value);
            if (text.isEmpty() || seenInThisObject.contains(text) ||
                (spec.field == u"type" && text == u"Item")) {
                continue;
            }
            seenInThisObject.insert(text);
            const auto found = indexOf.constFind(text);
            if (found == indexOf.constEnd()) {
                indexOf.insert(text, terms.size());
                terms.append(Term{value, text, 1});
            } else {
                ++terms[found.value()].count;
            }
        }
    }
    if (terms.isEmpty()) {
        return {}; // facets without terms are left out
    }
    std::stable_sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    QJsonArray termArray;
    for (const Term &term : std::as_const(terms)) {
        termArray.append(
            QJsonObject{{QStringLiteral("key"), term.key}, {QStringLiteral("doc_count"), term.count}});
    }
    return QJsonObject{
        {QStringLiteral("field"), spec.field},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("type"), QStringLiteral("terms")},
        {QStringLiteral("total"), static_cast<int>(context.size())},
        {QStringLiteral("appended"), false},
        {QStringLiteral("open_on_load"), false},
        {QStringLiteral("terms"), termArray},
    };
}

void sortHits(QList<QJsonObject> *hits, const QStringList &sortKeys)
{
    // Apply the keys from last to first with a stable sort, so the first key ends up dominant.
    for (auto key = sortKeys.crbegin(); key != sortKeys.crend(); ++key) {
        const bool descending = key->startsWith(QLatin1Char('-'));
        const QString field = descending ? key->mid(1) : *key;
        std::stable_sort(hits->begin(), hits->end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QList<QJsonValue> va = valuesAtPath(a, field);
            const QList<QJsonValue> vb = valuesAtPath(b, field);
            if (va.isEmpty() || vb.isEmpty()) {
                return !va.isEmpty() && vb.isEmpty(); // objects without the field go last
            }
            const QString sa = keyString(va.first());
            const QString sb = keyString(vb.first());
            return descending ? sb < sa : sa < sb;
        });
    }
}

SearchResult badRequest(const QString &detail)
{
    return {400, QJsonObject{
                     {QStringLiteral("@type"),
                      QJsonArray{QStringLiteral("HTTPBadRequest"), QStringLiteral("Error")}},
                     {QStringLiteral("status"), QStringLiteral("error")},
                     {QStringLiteral("code"), 400},
                     {QStringLiteral("title"), QStringLiteral("Bad Request")},
                     {QStringLiteral("description"), detail},
                 }};
}

// The query of one search request, parsed once.
struct SearchRequest {
    QList<QueryItem> items;
    QStringList types;
    QStringList words; // searchTerm, split on spaces
    QList<FieldFilter> filters;
    qsizetype limit = 25; // -1: every hit
    qsizetype from = 0;

    [[nodiscard]] QStringList valuesOf(QStringView key) const
    {
        QStringList values;
        for (const QueryItem &item : items) {
            if (item.key == key) {
                values.append(item.value);
            }
        }
        return values;
    }

    // Facets are counted with every condition except their own, hence `ignoredField`.
    [[nodiscard]] bool matches(const QJsonObject &object, QStringView ignoredField = {}) const
    {
        if (ignoredField != u"type" && !matchesType(object, types)) {
            return false;
        }
        return matchesSearchTerm(object, words) &&
               std::all_of(filters.cbegin(), filters.cend(), [&](const FieldFilter &filter) {
                   return filter.field == ignoredField || filter.matches(object);
               });
    }
};

// Parses the query, or says why the Portal would answer 400.
std::optional<QString> parseRequest(SearchEndpoint endpoint, const QByteArray &rawQuery,
                                    SearchRequest *request)
{
    request->items = parseFormQuery(rawQuery);
    for (const QStringView key : {QStringView(u"limit"), QStringView(u"frame"), QStringView(u"from")}) {
        if (request->valuesOf(key).size() > 1) {
            return QStringLiteral("Multiple values of %1 are not allowed.").arg(key);
        }
    }
    request->types = request->valuesOf(u"type");
    if (endpoint == SearchEndpoint::Report && request->types.size() != 1) {
        return QStringLiteral("Report view requires specifying a single type.");
    }
    // limit: default 25; "all" or anything above the Elasticsearch window (9999) returns every hit.
    if (const QStringList limits = request->valuesOf(u"limit"); !limits.isEmpty()) {
        bool ok = false;
        const qsizetype parsed = limits.first().toLongLong(&ok);
        if (limits.first() == u"all" || (ok && parsed > 9999)) {
            request->limit = -1;
        } else if (ok && parsed >= 0) {
            request->limit = parsed;
        }
    }
    // /search/ always slices [:limit]; only /report/ honours `from`.
    if (const QStringList froms = request->valuesOf(u"from");
        endpoint == SearchEndpoint::Report && !froms.isEmpty()) {
        request->from = std::max<qsizetype>(0, froms.first().toLongLong());
    }
    for (const QString &term : request->valuesOf(u"searchTerm")) {
        request->words += term.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    request->filters = buildFilters(request->items);
    return std::nullopt;
}

// With `field=`: only those paths (and no audit unless asked for). With a frame: the stored object. With
// neither, for Experiments: the search columns plus audit, as the Portal's default result frame.
QJsonObject resultItem(const QJsonObject &object, const SearchRequest &request)
{
    const QStringList fields = request.valuesOf(u"field");
    if (!fields.isEmpty()) {
        return projectFields(object, fields);
    }
    const QStringList frames = request.valuesOf(u"frame");
    const bool fullFrame =
        !frames.isEmpty() && (frames.first() == u"object" || frames.first() == u"embedded");
    if (!fullFrame && request.types == QStringList{QStringLiteral("Experiment")}) {
        return projectFields(object, experimentColumns());
    }
    return object;
}

QJsonArray buildFacets(const SearchRequest &request, const QList<QJsonObject> &visibleObjects,
                       qsizetype total)
{
    QJsonArray facets;
    QSet<QString> facetFields;
    for (const FacetSpec &spec : facetSpecs(request.types == QStringList{QStringLiteral("Experiment")})) {
        facetFields.insert(spec.field);
        QList<QJsonObject> context;
        for (const QJsonObject &object : visibleObjects) {
            if (request.matches(object, spec.field)) {
                context.append(object);
            }
        }
        if (const QJsonObject facet = buildFacet(spec, context); !facet.isEmpty()) {
            facets.append(facet);
        }
    }
    // A filter on a field that is not a facet shows up as an extra "appended" facet.
    for (const FieldFilter &filter : request.filters) {
        if (facetFields.contains(filter.field)) {
            continue;
        }
        QJsonArray terms;
        for (const QString &value : filter.anyOf + filter.ranges) {
            terms.append(QJsonObject{{QStringLiteral("key"), value}, {QStringLiteral("isEqual"), true}});
        }
        for (const QString &value : filter.noneOf) {
            terms.append(QJsonObject{{QStringLiteral("key"), value}, {QStringLiteral("isEqual"), false}});
        }
        facets.append(QJsonObject{
            {QStringLiteral("field"), filter.field},
            {QStringLiteral("title"), filter.field},
            {QStringLiteral("type"), QStringLiteral("terms")},
            {QStringLiteral("appended"), true},
            {QStringLiteral("total"), static_cast<int>(total)},
            {QStringLiteral("terms"), terms},
        });
    }
    return facets;
}

// One {field, term, remove} per filter in the query, the type filter last, as the Portal lists them.
QJsonArray filterLinks(const SearchRequest &request, const QString &endpointPath)
{
    QJsonArray filters;
    QJsonArray typeFilters;
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const QueryItem &item = request.items.at(i);
        const QString field = item.key.endsWith(QLatin1Char('!')) ? item.key.chopped(1) : item.key;
        if (field != u"type" && reservedKeys().contains(field)) {
            continue;
        }
        const QByteArray others = joinSegments(request.items, [i](qsizetype j) { return j != i; });
        (field == u"type" ? typeFilters : filters)
            .append(QJsonObject{
                {QStringLiteral("field"), item.key},
                {QStringLiteral("term"), item.value},
                {QStringLiteral("remove"), linkTo(endpointPath, others)},
            });
    }
    for (const auto &filter : std::as_const(typeFilters)) {
        filters.append(filter);
    }
    return filters;
}

} // namespace

QList<QueryItem> parseFormQuery(const QByteArray &rawQuery)
{
    QList<QueryItem> items;
    for (const QByteArray &segment : rawQuery.split('&')) {
        if (segment.isEmpty()) {
            continue;
        }
        const qsizetype equals = segment.indexOf('=');
        const QByteArray rawKey = equals < 0 ? segment : segment.left(equals);
        const QByteArray rawValue = equals < 0 ? QByteArray() : segment.mid(equals + 1);
        const auto decode = [](QByteArray bytes) {
            return QUrl::fromPercentEncoding(bytes.replace('+', ' '));
        };
        items.append(QueryItem{decode(rawKey), decode(rawValue), segment});
    }
    return items;
}

QList<QJsonValue> valuesAtPath(const QJsonObject &object, const QString &dottedPath)
{
    const QString path = dottedPath == u"type" ? QStringLiteral("@type") : dottedPath;
    QList<QJsonValue> values;
    collectValues(object, path.split(QLatin1Char('.')), 0, &values);
    return values;
}

QJsonObject projectFields(const QJsonObject &object, const QStringList &dottedPaths)
{
    QList<QStringList> paths{{QStringLiteral("@id")}, {QStringLiteral("@type")}};
    for (const QString &dotted : dottedPaths) {
        paths.append(dotted.split(QLatin1Char('.')));
    }
    return projectObject(object, paths);
}

SearchResult runSearch(SearchEndpoint endpoint, const QList<QJsonObject> &visibleObjects,
                       const QByteArray &rawQuery)
{
    const bool isReport = endpoint == SearchEndpoint::Report;
    const QString endpointPath = isReport ? QStringLiteral("/report/") : QStringLiteral("/search/");
    SearchRequest request;
    if (const std::optional<QString> error = parseRequest(endpoint, rawQuery, &request)) {
        return badRequest(*error);
    }

    QList<QJsonObject> hits;
    for (const QJsonObject &object : visibleObjects) {
        if (request.matches(object)) {
            hits.append(object);
        }
    }
    sortHits(&hits, request.valuesOf(u"sort"));
    const qsizetype total = hits.size();
    QJsonArray graph;
    const qsizetype end = request.limit < 0 ? total : std::min(total, request.from + request.limit);
    for (qsizetype i = request.from; i < end; ++i) {
        graph.append(resultItem(hits.at(i), request));
    }

    // clear_filters keeps only searchTerm, or else type.
    const QStringView kept = request.words.isEmpty() ? QStringView(u"type") : QStringView(u"searchTerm");
    const QByteArray clearQuery =
        joinSegments(request.items, [&](qsizetype i) { return request.items.at(i).key == kept; });

    QJsonObject body{
        {QStringLiteral("@context"), QStringLiteral("/terms/")},
        {QStringLiteral("@graph"), graph},
        {QStringLiteral("@id"), linkTo(endpointPath, rawQuery)},
        {QStringLiteral("@type"), QJsonArray{isReport ? QStringLiteral("Report") : QStringLiteral("Search")}},
        {QStringLiteral("title"), isReport ? QStringLiteral("Report") : QStringLiteral("Search")},
        {QStringLiteral("total"), static_cast<int>(total)},
        {QStringLiteral("notification"),
         total > 0 ? QStringLiteral("Success") : QStringLiteral("No results found")},
        {QStringLiteral("facets"), buildFacets(request, visibleObjects, total)},
        {QStringLiteral("filters"), filterLinks(request, endpointPath)},
        {QStringLiteral("clear_filters"), linkTo(endpointPath, clearQuery)},
        {QStringLiteral("columns"), QJsonObject{}},
        {QStringLiteral("sort"), QJsonObject{}},
    };
    if (isReport) {
        body.insert(QStringLiteral("non_sortable"), QJsonArray{});
    }
    if (request.limit >= 0 && request.limit < total) {
        QByteArray allQuery = joinSegments(
            request.items, [&request](qsizetype i) { return request.items.at(i).key != u"limit"; });
        allQuery += allQuery.isEmpty() ? QByteArray("limit=all") : QByteArray("&limit=all");
        body.insert(QStringLiteral("all"), linkTo(endpointPath, allQuery));
    }
    // Zero hits is still a full envelope, but with HTTP 404 (NotificationResponseField).
    return {total > 0 ? 200 : 404, body};
}

} // namespace encode::testsupport
