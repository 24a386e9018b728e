#pragma once

#include "models/experiment/ExperimentRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the citation writers print: the papers behind a set of tracked experiments, each once, and
// optionally the experiments themselves as datasets. Every writer reads the same entries (and the
// same keys), so a BibTeX key, a CSL-JSON id and a JSON citation_key name the same work.
namespace encode::app {

// One creator. A person has a family name and initials; an organisation ("ENCODE Project
// Consortium") is one literal name that reference managers must not split into surname and forename.
struct CitationName {
    QString family;
    QString given;   // initials as "J. Ö." (so styles abbreviate each one), or a forename; may be empty
    QString literal; // an organisation: family and given are then empty

    [[nodiscard]] bool isLiteral() const { return !literal.isEmpty(); }
};

struct PublicationCitation {
    QString key;
    models::Publication publication; // the first stored row of the paper, blanks filled from the others
    QList<CitationName> authors;
    QStringList experiments; // the tracked experiments citing it, sorted
};

// A tracked experiment cited as a dataset (ENCODE registers experiment DOIs 10.17989/<accession>).
struct DatasetCitation {
    QString key;
    QString accession;
    QString title;
    QList<CitationName> authors; // the ENCODE Project Consortium, then the lab
    QString dateReleased;        // as stored, normally YYYY-MM-DD
    QString year;
    QString url;
    QString doi;
    QString description;
    QStringList keywords; // assay and target
};

struct CitationSet {
    QList<PublicationCitation> publications;
    QList<DatasetCitation> datasets;
    bool includesDatasets = false; // whether datasets were asked for (the JSON then lists them, even none)

    // The "nothing to cite" rule every front end asks: experiments that list no publication, cited
    // without datasets, yield no entry (whatever an empty file of the format looks like: "", "[]").
    [[nodiscard]] bool isEmpty() const { return publications.isEmpty() && datasets.isEmpty(); }
};

// Repository and archive names every dataset citation carries.
inline QString encodeConsortium()
{
    return QStringLiteral("ENCODE Project Consortium");
}
inline QString encodeRepository()
{
    return QStringLiteral("ENCODE Data Coordination Center");
}
inline QString encodeArchive()
{
    return QStringLiteral("ENCODE Portal");
}

// "ENCODE experiments: ENCSR000AAA, ENCSR000BBB": the note every format gives a paper, so the
// bibliography still says which tracked data each paper stands for.
inline QString citingExperimentsNote(const QStringList &accessions)
{
    return (accessions.size() == 1 ? QStringLiteral("ENCODE experiment: ")
                                   : QStringLiteral("ENCODE experiments: ")) +
           accessions.join(QLatin1String(", "));
}

} // namespace encode::app
