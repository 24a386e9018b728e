#include "app/citations/BibtexWriter.h"

#include "models/references/ReferenceUrls.h"

#include <QRegularExpression>

namespace encode::app {
namespace {

// What Zotero's own BibTeX export writes for each character. Braces stay balanced even to bibtex,
// which counts "\{" as a brace: the \vphantom carries the matching one.
QString escapedCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
        return QStringLiteral("{\\textbackslash}");
    case u'{':
        return QStringLiteral("\\{\\vphantom{\\}}");
    case u'}':
        return QStringLiteral("\\vphantom{\\{}\\}");
    case u'~':
        return QStringLiteral("{\\textasciitilde}");
    case u'^':
        return QStringLiteral("{\\textasciicircum}");
    case u'|':
        return QStringLiteral("{\\textbar}");
    case u'<':
        return QStringLiteral("{\\textless}");
    case u'>':
        return QStringLiteral("{\\textgreater}");
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'_':
        return QStringLiteral("\\") + c;
    default:
        return c;
    }
}

// "DNA", "ChIP-seq", "HepG2": a capital after the word's first letter.
bool hasInnerCapital(const QString &word)
{
    bool seenLetter = false;
    for (const QChar c : word) {
        if (seenLetter && c.isUpper())
            return true;
        seenLetter = seenLetter || c.isLetter();
    }
    return false;
}

QString escapedWord(const QString &word, bool protectCapitals)
{
    QString escaped;
    for (const QChar c : word)
        escaped += escapedCharacter(c);
    return protectCapitals && hasInnerCapital(word) ? QLatin1Char('{') + escaped + QLatin1Char('}') : escaped;
}

// A name part holding the word "and" would split the author list: bracing keeps it one name.
QString namePart(const QString &part)
{
    static const QRegularExpression andWord(QStringLiteral("(^|\\s)and(\\s|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString escaped = bibtexEscaped(part);
    return andWord.match(part).hasMatch() ? QLatin1Char('{') + escaped + QLatin1Char('}') : escaped;
}

QString authorList(const QList<CitationName> &authors)
{
    QStringList names;
    for (const CitationName &name : authors) {
        if (name.isLiteral())
            names.append(QLatin1Char('{') + bibtexEscaped(name.literal) + QLatin1Char('}'));
        else if (name.given.isEmpty())
            names.append(namePart(name.family));
        else
            names.append(namePart(name.family) + QStringLiteral(", ") + namePart(name.given));
    }
    return names.join(QLatin1String(" and "));
}

// URLs and DOIs are read verbatim by biblatex/hyperref, so only what would break the .bib syntax
// (braces, backslash) is percent-encoded; whitespace never belongs in them.
QString verbatim(const QString &text)
{
    QString out;
    for (const QChar c : text.simplified()) {
        if (c == QLatin1Char('{'))
            out += QStringLiteral("%7B");
        else if (c == QLatin1Char('}'))
            out += QStringLiteral("%7D");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("%5C");
        else if (!c.isSpace())
            out += c;
    }
    return out;
}

struct Field {
    const char *name;
    QString value; // already escaped
};

QString entry(const char *type, const QString &key, const QList<Field> &fields)
{
    QStringList lines;
    for (const Field &field : fields) {
        if (!field.value.isEmpty())
            lines.append(QStringLiteral("  ") + QLatin1String(field.name) + QStringLiteral(" = {") +
                         field.value + QLatin1Char('}'));
    }
    return QLatin1Char('@') + QLatin1String(type) + QLatin1Char('{') + key + QStringLiteral(",\n") +
           lines.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n");
}

} // namespace

QString bibtexEscaped(const QString &text, bool protectCapitals)
{
    QStringList words;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(escapedWord(word, protectCapitals));
    return words.join(QLatin1Char(' '));
}

QString bibtexCitations(const CitationSet &set)
{
    QStringList entries;
    for (const PublicationCitation &citation : set.publications) {
        const models::Publication &p = citation.publication;
        entries.append(entry("article", citation.key,
                             {{"author", authorList(citation.authors)},
                              {"title", bibtexEscaped(p.title, true)},
                              {"journal", bibtexEscaped(p.journal)},
                              {"year", bibtexEscaped(p.year)},
                              {"doi", verbatim(p.doi)},
                              {"pmid", bibtexEscaped(p.pmid)},
                              {"url", verbatim(models::pubmedUrl(p.pmid).toString())},
                              {"abstract", bibtexEscaped(p.abstract)},
                              {"note", bibtexEscaped(citingExperimentsNote(citation.experiments))}}));
    }
    for (const DatasetCitation &dataset : set.datasets) {
        entries.append(
            entry("misc", dataset.key,
                  {{"author", authorList(dataset.authors)},
                   {"title", bibtexEscaped(dataset.title, true)},
                   {"year", bibtexEscaped(dataset.year)},
                   {"publisher", bibtexEscaped(encodeRepository())},
                   {"howpublished", bibtexEscaped(encodeArchive())},
                   {"doi", verbatim(dataset.doi)},
                   {"url", verbatim(dataset.url)},
                   {"keywords", bibtexEscaped(dataset.keywords.join(QLatin1String(", ")))},
                   {"note", bibtexEscaped(QStringLiteral("ENCODE experiment: ") + dataset.accession)}}));
    }
    return entries.join(QLatin1Char('\n'));
}

} // namespace encode::app
