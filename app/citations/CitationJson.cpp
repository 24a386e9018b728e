#include "app/citations/CitationJson.h"

#include "models/collection/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::app {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray authorNames(const QList<CitationName> &authors)
{
    QJsonArray names;
    for (const CitationName &name : authors) {
        names.append(name.isLiteral()       ? name.literal
                     : name.given.isEmpty() ? name.family
                                            : name.family + QStringLiteral(", ") + name.given);
    }
    return names;
}

QJsonObject datasetObject(const DatasetCitation &dataset)
{
    return {
        {QStringLiteral("citation_key"), dataset.key},
        {QStringLiteral("accession"), dataset.accession},
        {QStringLiteral("title"), dataset.title},
        {QStringLiteral("authors"), authorNames(dataset.authors)},
        {QStringLiteral("date_released"), textOrNull(dataset.dateReleased)},
        {QStringLiteral("year"), textOrNull(dataset.year)},
        {QStringLiteral("doi"), dataset.doi},
        {QStringLiteral("url"), textOrNull(dataset.url)},
    };
}

} // namespace

QJsonObject citationJson(const CitationSet &set)
{
    QJsonArray publications;
    for (const PublicationCitation &citation : set.publications) {
        QJsonObject row = models::json::fromPublication(citation.publication);
        row.insert(QStringLiteral("citation_key"), citation.key);
        row.insert(QStringLiteral("experiments"), QJsonArray::fromStringList(citation.experiments));
        publications.append(row);
    }
    QJsonObject object{{QStringLiteral("publications"), publications},
                       {QStringLiteral("count"), publications.size()}};
    if (set.includesDatasets) {
        QJsonArray datasets;
        for (const DatasetCitation &dataset : set.datasets)
            datasets.append(datasetObject(dataset));
        object.insert(QStringLiteral("datasets"), datasets);
    }
    return object;
}

QString jsonCitations(const CitationSet &set)
{
    return QString::fromUtf8(QJsonDocument(citationJson(set)).toJson(QJsonDocument::Indented));
}

} // namespace encode::app
