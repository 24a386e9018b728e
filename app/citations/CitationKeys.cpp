#include "app/citations/CitationKeys.h"

#include <QRegularExpression>
#include <QSet>

namespace encode::app {
namespace {

// Words a key never starts its title part with (Zotero's key stop-list, shortened).
bool isStopWord(const QString &word)
{
    static const QSet<QString> stopWords{
        QStringLiteral("a"),  QStringLiteral("an"),   QStringLiteral("the"),  QStringLiteral("of"),
        QStringLiteral("on"), QStringLiteral("in"),   QStringLiteral("for"),  QStringLiteral("and"),
        QStringLiteral("to"), QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("by"),
        QStringLiteral("at"), QStringLiteral("as"),   QStringLiteral("is"),   QStringLiteral("are"),
    };
    return stopWords.contains(word);
}

QString surnamePart(const QList<CitationName> &authors)
{
    if (authors.isEmpty())
        return QStringLiteral("anon");
    const CitationName &first = authors.first();
    // An organisation's first word: "encode" for the ENCODE Project Consortium.
    const QString name = first.isLiteral() ? first.literal.section(QLatin1Char(' '), 0, 0) : first.family;
    const QString folded = asciiKeyPart(name);
    return folded.isEmpty() ? QStringLiteral("anon") : folded;
}

QString yearPart(const QString &year)
{
    static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
    const QRegularExpressionMatch match = fourDigits.match(year);
    return match.hasMatch() ? match.captured() : QStringLiteral("nd");
}

QString titlePart(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-/:;,.]+"));
    for (const QString &word : title.split(separators, Qt::SkipEmptyParts)) {
        const QString folded = asciiKeyPart(word);
        if (!folded.isEmpty() && !isStopWord(folded))
            return folded;
    }
    return {};
}

// "", "b", ..., "z", "ba", ...: the n-th use of a base key.
QString clashSuffix(int use)
{
    if (use == 0)
        return {};
    QString suffix;
    int n = use;
    do {
        suffix.prepend(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return suffix;
}

// Claims `base` (or base + suffix) in `taken`, compared without case.
QString uniqueKey(const QString &base, QSet<QString> &taken)
{
    for (int use = 0;; ++use) {
        const QString key = base + clashSuffix(use);
        if (!taken.contains(key.toLower())) {
            taken.insert(key.toLower());
            return key;
        }
    }
}

} // namespace

QString asciiKeyPart(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            folded += c;
    }
    return folded;
}

void assignCitationKeys(CitationSet &set)
{
    QSet<QString> taken;
    // Datasets first: an accession is the key a user expects, so papers never take it.
    for (DatasetCitation &dataset : set.datasets) {
        QString accession = dataset.accession;
        accession.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
        dataset.key = uniqueKey(accession.isEmpty() ? QStringLiteral("dataset") : accession, taken);
    }
    for (PublicationCitation &citation : set.publications) {
        const models::Publication &p = citation.publication;
        citation.key =
            uniqueKey(surnamePart(citation.authors) + yearPart(p.year) + titlePart(p.title), taken);
    }
}

} // namespace encode::app
