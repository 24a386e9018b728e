#include "models/experiment/ExperimentMapper.h"
#include "models/experiment/PortalJson.h"

#include <QRegularExpression>

namespace encode::models {

using namespace portaljson;

namespace {

constexpr int storedAuthorCount = 10;

// "ENCODE Project Consortium, Bernstein BE, Birney E." -> the first ten names, without the final period.
QString firstAuthors(QString authors)
{
    authors = authors.trimmed();
    if (authors.endsWith(QLatin1Char('.')))
        authors.chop(1);
    QStringList names;
    for (const QString &name : authors.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (names.size() == storedAuthorCount)
            break;
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names.isEmpty() ? QString() : names.join(QLatin1String(", "));
}

// date_published may be "2012-09-06", "2010 Feb" or free text: the year is its first four digits.
QString yearOf(const QJsonObject &publication)
{
    static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
    const QRegularExpressionMatch match = fourDigits.match(text(publication, QStringLiteral("date_published")));
    if (match.hasMatch())
        return match.captured();
    return text(publication, QStringLiteral("publication_year"));
}

// The value after a case-insensitive prefix such as "PMID:" or "doi:" in identifiers[].
QString identifier(const QJsonObject &publication, QLatin1String prefix)
{
    const QJsonArray identifiers = publication.value(QLatin1String("identifiers")).toArray();
    for (const QJsonValue &value : identifiers) {
        const QString id = value.toString().trimmed();
        if (id.startsWith(prefix, Qt::CaseInsensitive) && id.size() > prefix.size())
            return id.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace

Publication mapPublication(const QJsonObject &publication)
{
    Publication row;
    row.pmid = identifier(publication, QLatin1String("PMID:"));
    row.doi = identifier(publication, QLatin1String("doi:"));
    row.title = text(publication, QStringLiteral("title"));
    row.authors = firstAuthors(text(publication, QStringLiteral("authors")));
    row.journal = text(publication, QStringLiteral("journal"));
    row.year = yearOf(publication);
    row.abstract = text(publication, QStringLiteral("abstract"));
    return row;
}

QList<Publication> mapPublications(const QJsonObject &experiment, const LinkedObjects &linked)
{
    QList<Publication> publications;
    QStringList seen;
    const QJsonArray references = experiment.value(QLatin1String("references")).toArray();
    for (const QJsonValue &reference : references) {
        const QJsonObject publication = linked.resolve(reference);
        if (publication.isEmpty())
            continue;
        Publication row = mapPublication(publication);
        // The same paper twice (once embedded, once linked) is stored once.
        const QString key = !row.pmid.isEmpty() ? row.pmid : !row.doi.isEmpty() ? row.doi : row.title;
        if (!key.isEmpty() && seen.contains(key))
            continue;
        seen.append(key);
        publications.append(row);
    }
    return publications;
}

} // namespace encode::models
