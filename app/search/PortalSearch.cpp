#include "app/search/PortalSearch.h"

#include "models/experiment/Accession.h"
#include "app/portal/PortalClient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace encode::app {
namespace {

using models::Failure;

const QString searchPath = QStringLiteral("/search/");
const QString reportPath = QStringLiteral("/report/");

// Every string (or number, as text) under a dotted path; arrays on the way are walked element by element.
void collect(const QJsonValue &value, QStringView path, QStringList &into)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collect(element, path, into);
        return;
    }
    if (path.isEmpty()) {
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble());
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (!text.isEmpty() && !into.contains(text))
            into.append(text);
        return;
    }
    if (!value.isObject())
        return;
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QStringView head = dot < 0 ? path : path.left(dot);
    const QStringView rest = dot < 0 ? QStringView() : path.mid(dot + 1);
    collect(value.toObject().value(head), rest, into);
}

QStringList stringsAt(const QJsonObject &object, QStringView path)
{
    QStringList values;
    collect(object, path, values);
    return values;
}

QString stringAt(const QJsonObject &object, QStringView path)
{
    return stringsAt(object, path).join(QStringLiteral(", "));
}

// A search answer (also the zero-hit 404) holds "@graph" and "total"; anything else is not one.
models::Result<QJsonObject> searchBody(const models::Result<PortalResponse> &response)
{
    if (!response.ok())
        return response.failure();
    const QJsonObject &body = response.value().body;
    if (!body.value(QLatin1String("total")).isDouble() || !body.value(QLatin1String("@graph")).isArray())
        return Failure{response.value().httpStatus == 404 ? Failure::Kind::NotFound : Failure::Kind::UnexpectedResponse,
                       QStringLiteral("the ENCODE Portal did not answer with search results (HTTP %1)")
                           .arg(response.value().httpStatus)};
    return body;
}

QString termText(const QJsonObject &bucket)
{
    if (bucket.value(QLatin1String("key_as_string")).isString())
        return bucket.value(QLatin1String("key_as_string")).toString();
    const QJsonValue key = bucket.value(QLatin1String("key"));
    if (key.isDouble()) {
        const double number = key.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number)) ? QString::number(static_cast<qint64>(number))
                                                                           : QString::number(number);
    }
    if (key.isBool())
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return key.toString();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QStringList SearchHit::auditCategories(models::AuditLevel level) const
{
    switch (level) {
    case models::AuditLevel::Error: return auditErrors;
    case models::AuditLevel::NotCompliant: return auditNotCompliant;
    case models::AuditLevel::Warning: return auditWarnings;
    case models::AuditLevel::InternalAction: break;
    }
    return {};
}

models::AuditCounts SearchHit::auditCounts() const
{
    models::AuditCounts counts;
    for (const models::AuditLevel level : models::auditLevels())
        counts.setCount(level, static_cast<int>(auditCategories(level).size()));
    return counts;
}

QJsonObject SearchHit::toJson() const
{
    QJsonObject audit;
    for (const models::AuditLevel level : models::auditLevels()) {
        if (const QStringList categories = auditCategories(level); !categories.isEmpty())
            audit.insert(models::auditLevelName(level), strings(categories));
    }
    return QJsonObject{
        {QStringLiteral("accession"), accession},
        {QStringLiteral("assay_title"), assayTitle},
        {QStringLiteral("target"), target},
        {QStringLiteral("biosample_summary"), biosampleSummary},
        {QStringLiteral("organism"), organisms.join(QStringLiteral(", "))},
        {QStringLiteral("organ"), organs.join(QStringLiteral(", "))},
        {QStringLiteral("biosample_type"), biosampleType},
        {QStringLiteral("biosample_term_name"), biosampleTermName},
        {QStringLiteral("lab"), lab},
        {QStringLiteral("status"), status},
        {QStringLiteral("date_released"), dateReleased},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("tracked"), tracked},
    };
}

SearchHit SearchHit::fromPortalItem(const QJsonObject &item)
{
    SearchHit hit;
    hit.accession = stringAt(item, u"accession");
    hit.assayTitle = stringAt(item, u"assay_title");
    hit.target = stringAt(item, u"target.label");
    hit.biosampleSummary = stringAt(item, u"biosample_summary");
    hit.organisms = stringsAt(item, u"replicates.library.biosample.organism.scientific_name");
    hit.organs = stringsAt(item, u"biosample_ontology.organ_slims");
    hit.biosampleType = stringAt(item, u"biosample_ontology.classification");
    hit.biosampleTermName = stringAt(item, u"biosample_ontology.term_name");
    hit.lab = stringAt(item, u"lab.title");
    hit.status = stringAt(item, u"status");
    hit.dateReleased = stringAt(item, u"date_released");
    hit.auditErrors = stringsAt(item, u"audit.ERROR.category");
    hit.auditNotCompliant = stringsAt(item, u"audit.NOT_COMPLIANT.category");
    hit.auditWarnings = stringsAt(item, u"audit.WARNING.category");
    return hit;
}

QJsonObject SearchPage::toJson() const
{
    QJsonArray rows;
    for (const SearchHit &hit : experiments)
        rows.append(hit.toJson());
    return QJsonObject{
        {QStringLiteral("experiments"), rows},
        {QStringLiteral("total"), total},
        {QStringLiteral("count"), static_cast<int>(experiments.size())},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("has_more"), hasMore()},
    };
}

QJsonObject FacetCounts::toJson() const
{
    QJsonObject all;
    for (const auto &[field, terms] : facets) {
        QJsonArray rows;
        for (const FacetTerm &term : terms)
            rows.append(QJsonObject{{QStringLiteral("term"), term.term}, {QStringLiteral("count"), term.count}});
        all.insert(field, rows);
    }
    return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("facets"), all}};
}

PortalSearch::PortalSearch(PortalClient &client, IsTracked isTracked, CancelToken run)
    : m_client(client)
    , m_isTracked(std::move(isTracked))
    , m_run(std::move(run))
{
}

QStringList PortalSearch::projectedFields()
{
    return {
        QStringLiteral("accession"),
        QStringLiteral("assay_title"),
        QStringLiteral("target.label"),
        QStringLiteral("biosample_summary"),
        QStringLiteral("replicates.library.biosample.organism.scientific_name"),
        QStringLiteral("biosample_ontology.organ_slims"),
        QStringLiteral("biosample_ontology.classification"),
        QStringLiteral("biosample_ontology.term_name"),
        QStringLiteral("lab.title"),
        QStringLiteral("status"),
        QStringLiteral("date_released"),
        QStringLiteral("audit.ERROR.category"),
        QStringLiteral("audit.NOT_COMPLIANT.category"),
        QStringLiteral("audit.WARNING.category"),
    };
}

QCoro::Task<models::Result<SearchPage>> PortalSearch::search(SearchQuery query)
{
    if (models::Status invalid = query.validate())
        co_return *invalid;
    QUrlQuery portalQuery = query.toPortalQuery();
    for (const QString &field : projectedFields())
        portalQuery.addQueryItem(QStringLiteral("field"), field);
    portalQuery.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    for (const QString &key : std::as_const(query.sort))
        portalQuery.addQueryItem(QStringLiteral("sort"), queryValue(key));
    // /search/ ignores `from` (ENCODE-PORTAL.md 3.1): later pages come from /report/, which honours it.
    if (query.offset > 0)
        portalQuery.addQueryItem(QStringLiteral("from"), QString::number(query.offset));
    const models::Result<QJsonObject> body = searchBody(co_await m_client.getJson(
        query.offset > 0 ? reportPath : searchPath, portalQuery, PortalClient::NotFound::HasBody, m_run));
    if (!body.ok())
        co_return body.failure();

    SearchPage page;
    page.offset = query.offset;
    page.total = body.value().value(QLatin1String("total")).toInt();
    for (const QJsonValue &item : body.value().value(QLatin1String("@graph")).toArray()) {
        SearchHit hit = SearchHit::fromPortalItem(item.toObject());
        if (hit.accession.isEmpty())
            continue;
        hit.tracked = m_isTracked && m_isTracked(hit.accession);
        page.experiments.append(std::move(hit));
    }
    co_return page;
}

QCoro::Task<models::Result<FacetCounts>> PortalSearch::facets(QStringList fields, SearchQuery query)
{
    if (models::Status unknown = checkFieldNames(fields))
        co_return *unknown;
    query.limit = 0;
    query.offset = 0;
    if (models::Status invalid = query.validate(true))
        co_return *invalid;
    QUrlQuery portalQuery = query.toPortalQuery();
    portalQuery.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
    const models::Result<QJsonObject> body =
        searchBody(co_await m_client.getJson(searchPath, portalQuery, PortalClient::NotFound::HasBody, m_run));
    if (!body.ok())
        co_return body.failure();

    // The Portal's facets by field; "appended" facets (filters on non-facet fields) carry no counts.
    QHash<QString, QList<FacetTerm>> byField;
    QStringList answered;
    for (const QJsonValue &value : body.value().value(QLatin1String("facets")).toArray()) {
        const QJsonObject facet = value.toObject();
        if (facet.value(QLatin1String("appended")).toBool())
            continue;
        const QString field = facet.value(QLatin1String("field")).toString();
        QList<FacetTerm> terms;
        for (const QJsonValue &bucket : facet.value(QLatin1String("terms")).toArray()) {
            const QJsonObject term = bucket.toObject();
            if (term.contains(QLatin1String("doc_count")))
                terms.append({termText(term), term.value(QLatin1String("doc_count")).toInt()});
        }
        byField.insert(field, terms);
        answered.append(field);
    }

    FacetCounts counts;
    counts.total = body.value().value(QLatin1String("total")).toInt();
    if (fields.isEmpty()) {
        for (const QString &field : answered) {
            if (portalFieldFor(field)) // only the fields we have a name for
                counts.facets.append({friendlyFieldName(field), byField.value(field)});
        }
    } else {
        for (const QString &name : fields) {
            const QString portalField = *portalFieldFor(name);
            counts.facets.append({friendlyFieldName(portalField), byField.value(portalField)}); // absent: no terms
        }
    }
    co_return counts;
}

QCoro::Task<models::Result<SearchAccessions>> PortalSearch::allAccessions(SearchQuery query, int cap, int pageSize)
{
    query.limit = 1;
    query.offset = 0;
    if (models::Status invalid = query.validate())
        co_return *invalid;
    SearchAccessions found;
    for (int from = 0;;) {
        const int size = std::min(std::max(pageSize, 1), cap - from);
        QUrlQuery portalQuery = query.toPortalQuery();
        portalQuery.addQueryItem(QStringLiteral("field"), QStringLiteral("accession"));
        portalQuery.addQueryItem(QStringLiteral("limit"), QString::number(size));
        portalQuery.addQueryItem(QStringLiteral("from"), QString::number(from));
        const models::Result<QJsonObject> body =
            searchBody(co_await m_client.getJson(reportPath, portalQuery, PortalClient::NotFound::HasBody, m_run));
        if (!body.ok())
            co_return body.failure();
        found.total = body.value().value(QLatin1String("total")).toInt();
        const QJsonArray items = body.value().value(QLatin1String("@graph")).toArray();
        for (const QJsonValue &item : items) {
            const QString accession = item.toObject().value(QLatin1String("accession")).toString();
            if (!accession.isEmpty() && !found.accessions.contains(accession))
                found.accessions.append(accession);
        }
        from += size;
        if (items.isEmpty() || from >= found.total || from >= cap)
            break;
    }
    co_return found;
}

models::Result<QString> PortalSearch::cartPath(const QString &urlOrId)
{
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]*$"));
    QString text = urlOrId.trimmed();
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")))
        text = QUrl(text).path();
    if (text.startsWith(QLatin1String("/carts/")))
        text = text.mid(7);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    if (!idShape.match(text).hasMatch())
        return models::invalidInput(QStringLiteral("'%1' is not a cart: expected a cart URL such as "
                                                   "https://www.encodeproject.org/carts/<id>/, its path /carts/<id>/, "
                                                   "or its id")
                                        .arg(urlOrId));
    return QStringLiteral("/carts/%1/").arg(text);
}

QCoro::Task<models::Result<QStringList>> PortalSearch::cartAccessions(QString urlOrId)
{
    const models::Result<QString> path = cartPath(urlOrId);
    if (!path.ok())
        co_return path.failure();
    const models::Result<PortalResponse> response = co_await m_client.getJson(path.value(), {}, PortalClient::NotFound::IsFailure, m_run);
    if (!response.ok())
        co_return response.failure();
    // A cart (`/carts/<id>/`) lists its datasets as @id strings in "elements" (the cart schema is not in
    // our samples; this shape is an assumption). Objects with an "@id" are accepted too.
    const QJsonValue elements = response.value().body.value(QLatin1String("elements"));
    if (!elements.isArray())
        co_return Failure{Failure::Kind::UnexpectedResponse,
                          QStringLiteral("%1 is not a cart: it has no \"elements\" list").arg(path.value())};
    QStringList accessions;
    for (const QJsonValue &element : elements.toArray()) {
        const QString id = element.isObject() ? element.toObject().value(QLatin1String("@id")).toString()
                                              : element.toString();
        if (!id.startsWith(QLatin1String("/experiments/")))
            continue;
        const QString accession = id.section(QLatin1Char('/'), 2, 2);
        if (models::isExperimentAccession(accession) && !accessions.contains(accession))
            accessions.append(accession);
    }
    co_return accessions;
}

} // namespace encode::app
