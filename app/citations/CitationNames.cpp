#include "app/citations/CitationNames.h"

#include <QRegularExpression>

namespace encode::app {
namespace {

// "AB", "JÖ", "J-P": the Portal writes forenames as run-together capital initials.
bool isInitials(const QString &word)
{
    constexpr qsizetype longestInitials = 4;
    if (word.isEmpty() || word.size() > longestInitials || !word.front().isUpper())
        return false;
    for (const QChar c : word) {
        if (!c.isUpper() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

// "JÖ" -> "J. Ö.", "J-P" -> "J.-P.": one initial per letter, so that citation styles abbreviating
// forenames keep both (a run-together "JÖ" reads as one forename and loses the Ö).
QString spacedInitials(const QString &initials)
{
    QString spaced;
    QChar previous;
    for (const QChar c : initials) {
        if (c == QLatin1Char('-')) {
            spaced += c;
        } else if (c.isLetter()) {
            if (previous.isLetter())
                spaced += QLatin1Char(' ');
            spaced += c;
            spaced += QLatin1Char('.');
        }
        if (c != QLatin1Char('.'))
            previous = c;
    }
    return spaced;
}

// "Mei Ito" -> family "Ito", given "Mei"; a single word is the family name alone.
CitationName personFromForenameFirst(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    return {words.last(), words.mid(0, words.size() - 1).join(QLatin1Char(' ')), {}};
}

} // namespace

CitationName parsePortalAuthor(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return {words.first(), {}, {}};
    if (!isInitials(words.last()))
        return {{}, {}, words.join(QLatin1Char(' '))};
    return {words.mid(0, words.size() - 1).join(QLatin1Char(' ')), spacedInitials(words.last()), {}};
}

QList<CitationName> parsePortalAuthors(const QString &authors)
{
    QList<CitationName> names;
    for (const QString &part : authors.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        CitationName name = parsePortalAuthor(part);
        if (!name.family.isEmpty() || name.isLiteral())
            names.append(std::move(name));
    }
    return names;
}

CitationName labAuthor(const QString &labTitle, const QString &labPath)
{
    const QString title = labTitle.simplified();
    if (!title.isEmpty()) {
        const qsizetype comma = title.indexOf(QLatin1Char(','));
        if (comma > 0)
            return personFromForenameFirst(title.left(comma));
        return {{}, {}, title};
    }
    static const QRegularExpression slashes(QStringLiteral("^/*labs/|/+$"));
    QString slug = labPath;
    slug.remove(slashes);
    QStringList words = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    const QString readable = words.join(QLatin1Char(' ')).simplified();
    return readable.isEmpty() ? CitationName{} : CitationName{{}, {}, readable};
}

} // namespace encode::app
