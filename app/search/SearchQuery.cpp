#include "app/search/SearchQuery.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace encode::app {
namespace {

const QString experimentType = QStringLiteral("Experiment");

// Keys of a Portal URL that are not filters (ENCODE-PORTAL.md 3.1) and that a copied URL may carry.
const QSet<QString> &droppedKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("limit"),    QStringLiteral("from"),      QStringLiteral("frame"),          QStringLiteral("field"),
        QStringLiteral("sort"),     QStringLiteral("format"),    QStringLiteral("mode"),           QStringLiteral("datastore"),
        QStringLiteral("annotation"), QStringLiteral("cart"),    QStringLiteral("debug"),          QStringLiteral("filterresponse"),
        QStringLiteral("genome"),   QStringLiteral("referrer"),  QStringLiteral("region"),         QStringLiteral("remove"),
        QStringLiteral("config"),
    };
    return keys;
}

QString fieldOf(const QString &name)
{
    return *portalFieldFor(name);
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QString formDecoded(QByteArray bytes)
{
    return QUrl::fromPercentEncoding(bytes.replace('+', ' '));
}

} // namespace

const QList<SearchField> &searchFields()
{
    // award -> award.project ("Project" facet); genetic_modification -> the applied modifications of the
    // biosamples (embedded, ENCODE-PORTAL.md 4.1), their category: inferred, not a configured facet.
    static const QList<SearchField> fields{
        {QStringLiteral("assay_title"), QStringLiteral("assay_title")},
        {QStringLiteral("organism"), QStringLiteral("replicates.library.biosample.donor.organism.scientific_name")},
        {QStringLiteral("organ"), QStringLiteral("biosample_ontology.organ_slims")},
        {QStringLiteral("biosample_type"), QStringLiteral("biosample_ontology.classification")},
        {QStringLiteral("biosample_term_name"), QStringLiteral("biosample_ontology.term_name")},
        {QStringLiteral("target"), QStringLiteral("target.label")},
        {QStringLiteral("target_category"), QStringLiteral("target.investigated_as")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("lab"), QStringLiteral("lab.title")},
        {QStringLiteral("award"), QStringLiteral("award.project")},
        {QStringLiteral("rfa"), QStringLiteral("award.rfa")},
        {QStringLiteral("assembly"), QStringLiteral("assembly")},
        {QStringLiteral("replication_type"), QStringLiteral("replication_type")},
        {QStringLiteral("life_stage"), QStringLiteral("replicates.library.biosample.life_stage")},
        {QStringLiteral("sex"), QStringLiteral("replicates.library.biosample.sex")},
        {QStringLiteral("treatment"), QStringLiteral("replicates.library.biosample.treatments.treatment_term_name")},
        {QStringLiteral("genetic_modification"),
         QStringLiteral("replicates.library.biosample.applied_modifications.category")},
        {QStringLiteral("perturbed"), QStringLiteral("perturbed")},
        {QStringLiteral("date_released"), QStringLiteral("date_released")},
        {QStringLiteral("audit_error"), QStringLiteral("audit.ERROR.category")},
        {QStringLiteral("audit_not_compliant"), QStringLiteral("audit.NOT_COMPLIANT.category")},
        {QStringLiteral("audit_warning"), QStringLiteral("audit.WARNING.category")},
    };
    return fields;
}

std::optional<QString> portalFieldFor(const QString &name)
{
    for (const SearchField &field : searchFields()) {
        if (field.name == name || field.portalField == name)
            return field.portalField;
    }
    return std::nullopt;
}

QString friendlyFieldName(const QString &portalField)
{
    for (const SearchField &field : searchFields()) {
        if (field.portalField == portalField)
            return field.name;
    }
    return portalField;
}

models::Status checkFieldNames(const QStringList &names)
{
    QStringList unknown;
    for (const QString &name : names) {
        if (!portalFieldFor(name))
            unknown.append(name);
    }
    if (unknown.isEmpty())
        return std::nullopt;
    QStringList accepted;
    for (const SearchField &field : searchFields())
        accepted.append(field.name);
    return models::invalidInput(QStringLiteral("unknown field%1 %2: expected one of %3")
                                    .arg(unknown.size() == 1 ? QString() : QStringLiteral("s"),
                                         unknown.join(QStringLiteral(", ")), accepted.join(QStringLiteral(", "))));
}

QString queryValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%25"));
    escaped.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    return escaped;
}

QUrlQuery SearchQuery::toPortalQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), experimentType);
    const auto add = [&query](const QString &key, const QStringList &values) {
        for (const QString &value : values) {
            if (!value.isEmpty())
                query.addQueryItem(key, queryValue(value));
        }
    };
    add(fieldOf(QStringLiteral("status")), status);
    add(fieldOf(QStringLiteral("assay_title")), assayTitle);
    add(fieldOf(QStringLiteral("organism")), organism);
    add(fieldOf(QStringLiteral("organ")), organ);
    add(fieldOf(QStringLiteral("biosample_type")), biosampleType);
    add(fieldOf(QStringLiteral("biosample_term_name")), biosampleTermName);
    add(fieldOf(QStringLiteral("target")), target);
    add(fieldOf(QStringLiteral("lab")), lab);
    add(fieldOf(QStringLiteral("award")), award);
    add(fieldOf(QStringLiteral("assembly")), assembly);
    add(fieldOf(QStringLiteral("replication_type")), replicationType);
    add(fieldOf(QStringLiteral("life_stage")), lifeStage);
    add(fieldOf(QStringLiteral("sex")), sex);
    add(fieldOf(QStringLiteral("treatment")), treatment);
    add(fieldOf(QStringLiteral("genetic_modification")), geneticModification);
    if (perturbed)
        query.addQueryItem(fieldOf(QStringLiteral("perturbed")), *perturbed ? QStringLiteral("true") : QStringLiteral("false"));
    if (!dateReleasedFrom.isEmpty())
        query.addQueryItem(QStringLiteral("date_released"), QStringLiteral("gte:") + dateReleasedFrom);
    if (!dateReleasedTo.isEmpty())
        query.addQueryItem(QStringLiteral("date_released"), QStringLiteral("lte:") + dateReleasedTo);
    for (const auto &[key, value] : rawFilters)
        query.addQueryItem(key, queryValue(value));
    if (!searchTerm.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("searchTerm"), queryValue(searchTerm.trimmed()));
    return query;
}

models::Status SearchQuery::validate(bool allowZeroLimit) const
{
    for (const auto &[name, date] : {std::pair{QStringLiteral("released-from"), dateReleasedFrom},
                                     std::pair{QStringLiteral("released-to"), dateReleasedTo}}) {
        if (!date.isEmpty() && !isIsoDate(date))
            return models::invalidInput(
                QStringLiteral("'%1' is not a date for %2: expected YYYY-MM-DD, such as 2020-01-31").arg(date, name));
    }
    if (!dateReleasedFrom.isEmpty() && !dateReleasedTo.isEmpty() && dateReleasedFrom > dateReleasedTo)
        return models::invalidInput(QStringLiteral("the release dates are reversed: %1 is after %2")
                                        .arg(dateReleasedFrom, dateReleasedTo));
    if (limit > maxLimit || limit < (allowZeroLimit ? 0 : 1))
        return models::invalidInput(QStringLiteral("limit %1 is out of range: expected a number from %2 to %3")
                                        .arg(limit)
                                        .arg(allowZeroLimit ? 0 : 1)
                                        .arg(maxLimit));
    if (offset < 0)
        return models::invalidInput(QStringLiteral("offset %1 is out of range: expected 0 or more").arg(offset));
    return std::nullopt;
}

models::Result<SearchQuery> SearchQuery::fromPortalUrl(const QUrl &url)
{
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty())
        return models::invalidInput(QStringLiteral("'%1' is not a Portal search URL: expected one such as "
                                                   "https://www.encodeproject.org/search/?type=Experiment&assay_title=ATAC-seq")
                                        .arg(url.toString()));
    const QString path = url.path();
    if (!path.startsWith(QLatin1String("/search")) && !path.startsWith(QLatin1String("/report")))
        return models::invalidInput(
            QStringLiteral("'%1' is not a Portal search URL: expected a /search/ or /report/ page").arg(url.toString()));

    SearchQuery query;
    query.status.clear();
    const QList<QByteArray> segments = url.query(QUrl::FullyEncoded).toUtf8().split('&');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty())
            continue;
        const qsizetype equals = segment.indexOf('=');
        const QString key = formDecoded(equals < 0 ? segment : segment.left(equals));
        const QString value = equals < 0 ? QString() : formDecoded(segment.mid(equals + 1));
        if (key == QLatin1String("type")) {
            if (value != experimentType)
                return models::invalidInput(
                    QStringLiteral("the search URL is for type '%1': expected type=Experiment").arg(value));
        } else if (key == QLatin1String("searchTerm")) {
            query.searchTerm = value;
        } else if (key == QLatin1String("advancedQuery")) {
            return models::invalidInput(QStringLiteral("advanced queries (advancedQuery=) are not supported: expected "
                                                       "a search URL with filters and searchTerm only"));
        } else if (!droppedKeys().contains(key) && !key.isEmpty()) {
            query.rawFilters.append({key, value});
        }
    }
    return query;
}

} // namespace encode::app
