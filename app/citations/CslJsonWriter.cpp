#include "app/citations/CslJsonWriter.h"

#include "models/references/ReferenceUrls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace encode::app {
namespace {

// Leaves out empty values: the schema types every variable, and "" says nothing. Line breaks in
// one-line variables (titles, names of journals) are folded; the abstract keeps its own.
void insertText(QJsonObject &item, const QString &name, const QString &value)
{
    const QString text = name == QLatin1String("abstract") ? value.trimmed() : value.simplified();
    if (!text.isEmpty())
        item.insert(name, text);
}

QJsonArray names(const QList<CitationName> &authors)
{
    QJsonArray array;
    for (const CitationName &name : authors) {
        if (name.isLiteral()) {
            array.append(QJsonObject{{QStringLiteral("literal"), name.literal}});
            continue;
        }
        QJsonObject person{{QStringLiteral("family"), name.family}};
        if (!name.given.isEmpty())
            person.insert(QStringLiteral("given"), name.given);
        array.append(person);
    }
    return array;
}

// "2012" or "2020-01-02" as date-parts of integers; other text as a literal date, never dropped.
std::optional<QJsonObject> issued(const QString &date)
{
    static const QRegularExpression parts(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QString text = date.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch match = parts.match(text);
    if (!match.hasMatch())
        return QJsonObject{{QStringLiteral("literal"), text}};
    QJsonArray dateParts;
    for (int i = 1; i <= 3 && match.hasCaptured(i); ++i)
        dateParts.append(match.captured(i).toInt());
    return QJsonObject{{QStringLiteral("date-parts"), QJsonArray{dateParts}}};
}

QJsonObject publicationItem(const PublicationCitation &citation)
{
    const models::Publication &p = citation.publication;
    QJsonObject item{{QStringLiteral("id"), citation.key},
                     {QStringLiteral("type"), QStringLiteral("article-journal")}};
    insertText(item, QStringLiteral("title"), p.title);
    const QJsonArray authors = names(citation.authors);
    if (!authors.isEmpty())
        item.insert(QStringLiteral("author"), authors);
    if (const auto date = issued(p.year))
        item.insert(QStringLiteral("issued"), *date);
    insertText(item, QStringLiteral("container-title"), p.journal);
    insertText(item, QStringLiteral("DOI"), p.doi);
    insertText(item, QStringLiteral("PMID"), p.pmid);
    insertText(item, QStringLiteral("URL"), models::pubmedUrl(p.pmid).toString());
    insertText(item, QStringLiteral("abstract"), p.abstract);
    QStringList note;
    if (!p.pmid.trimmed().isEmpty())
        note.append(QStringLiteral("PMID: ") + p.pmid.trimmed());
    note.append(citingExperimentsNote(citation.experiments));
    item.insert(QStringLiteral("note"), note.join(QLatin1Char('\n')));
    return item;
}

QJsonObject datasetItem(const DatasetCitation &dataset)
{
    QJsonObject item{{QStringLiteral("id"), dataset.key},
                     {QStringLiteral("type"), QStringLiteral("dataset")}};
    insertText(item, QStringLiteral("title"), dataset.title);
    item.insert(QStringLiteral("author"), names(dataset.authors));
    if (const auto date = issued(dataset.dateReleased))
        item.insert(QStringLiteral("issued"), *date);
    item.insert(QStringLiteral("publisher"), encodeRepository());
    item.insert(QStringLiteral("archive"), encodeArchive());
    insertText(item, QStringLiteral("number"), dataset.accession);
    insertText(item, QStringLiteral("DOI"), dataset.doi);
    insertText(item, QStringLiteral("URL"), dataset.url);
    insertText(item, QStringLiteral("abstract"), dataset.description);
    if (!dataset.keywords.isEmpty())
        item.insert(QStringLiteral("keyword"), dataset.keywords.join(QLatin1String(", ")));
    item.insert(QStringLiteral("note"), QString(QStringLiteral("ENCODE experiment: ") + dataset.accession));
    return item;
}

} // namespace

QJsonArray cslJsonItems(const CitationSet &set)
{
    QJsonArray items;
    for (const PublicationCitation &citation : set.publications)
        items.append(publicationItem(citation));
    for (const DatasetCitation &dataset : set.datasets)
        items.append(datasetItem(dataset));
    return items;
}

QString cslJsonCitations(const CitationSet &set)
{
    return QString::fromUtf8(QJsonDocument(cslJsonItems(set)).toJson(QJsonDocument::Indented));
}

} // namespace encode::app
