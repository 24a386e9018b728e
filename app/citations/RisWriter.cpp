#include "app/citations/RisWriter.h"

#include "models/references/ReferenceUrls.h"

#include <QRegularExpression>

namespace encode::app {
namespace {

const QString crlf = QStringLiteral("\r\n");

class RisRecord final {
public:
    explicit RisRecord(const char *type) { add("TY", QLatin1String(type)); }

    // Empty values are left out, as Zotero's own export does.
    void add(const char *tag, const QString &value)
    {
        const QString line = value.simplified(); // folds CR, LF and tabs into spaces
        if (!line.isEmpty())
            m_text += QLatin1String(tag) + QStringLiteral("  - ") + line + crlf;
    }

    void addAuthors(const QList<CitationName> &authors)
    {
        for (const CitationName &name : authors) {
            if (name.isLiteral())
                add("AU", QString(name.literal).replace(QLatin1Char(','), QLatin1Char(' ')));
            else if (name.given.isEmpty())
                add("AU", name.family);
            else
                add("AU", name.family + QStringLiteral(", ") + name.given);
        }
    }

    // "ER  - " then a blank line between records, as Zotero writes them.
    [[nodiscard]] QString finished() const { return m_text + QStringLiteral("ER  - ") + crlf + crlf; }

private:
    QString m_text;
};

// "2020-01-02" -> "2020/01/02/", the RIS date form; anything else is left out.
QString risDate(const QString &isoDate)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = date.match(isoDate);
    return match.hasMatch()
               ? QStringLiteral("%1/%2/%3/").arg(match.captured(1), match.captured(2), match.captured(3))
               : QString();
}

QString publicationRecord(const PublicationCitation &citation)
{
    const models::Publication &p = citation.publication;
    RisRecord record("JOUR");
    record.add("TI", p.title);
    record.addAuthors(citation.authors);
    record.add("T2", p.journal);
    record.add("PY", p.year);
    record.add("DO", p.doi);
    record.add("UR", models::pubmedUrl(p.pmid).toString());
    record.add("AB", p.abstract);
    if (!p.pmid.trimmed().isEmpty())
        record.add("M2", QStringLiteral("PMID: ") + p.pmid);
    record.add("N1", citingExperimentsNote(citation.experiments));
    return record.finished();
}

QString datasetRecord(const DatasetCitation &dataset)
{
    RisRecord record("DATA");
    record.add("TI", dataset.title);
    record.addAuthors(dataset.authors);
    record.add("PY", dataset.year);
    record.add("DA", risDate(dataset.dateReleased));
    record.add("PB", encodeRepository());
    record.add("NV", dataset.accession);
    record.add("DB", encodeArchive());
    record.add("DO", dataset.doi);
    record.add("UR", dataset.url);
    record.add("AB", dataset.description);
    for (const QString &keyword : dataset.keywords)
        record.add("KW", keyword);
    return record.finished();
}

} // namespace

QString risCitations(const CitationSet &set)
{
    QString text;
    for (const PublicationCitation &citation : set.publications)
        text += publicationRecord(citation);
    for (const DatasetCitation &dataset : set.datasets)
        text += datasetRecord(dataset);
    return text;
}

} // namespace encode::app
