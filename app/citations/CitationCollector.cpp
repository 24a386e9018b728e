#include "app/citations/CitationCollector.h"

#include "app/citations/CitationKeys.h"
#include "app/citations/CitationNames.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace encode::app {
namespace {

using models::Failure;

// What makes two publication rows the same paper: the PMID, else the DOI, else the title. A row with
// none of them cannot be matched and stays on its own.
QString identityOf(const models::Publication &p, qsizetype row)
{
    if (!p.pmid.trimmed().isEmpty())
        return QStringLiteral("pmid:") + p.pmid.trimmed();
    if (!p.doi.trimmed().isEmpty())
        return QStringLiteral("doi:") + p.doi.trimmed().toLower();
    if (!p.title.trimmed().isEmpty())
        return QStringLiteral("title:") + p.title.simplified().toLower();
    return QStringLiteral("row:") + QString::number(row);
}

void fillBlanks(models::Publication &into, const models::Publication &from)
{
    for (auto field : {&models::Publication::pmid, &models::Publication::doi, &models::Publication::title,
                       &models::Publication::authors, &models::Publication::journal,
                       &models::Publication::year, &models::Publication::abstract}) {
        if ((into.*field).isEmpty() && !(from.*field).isEmpty())
            into.*field = from.*field;
    }
}

QList<PublicationCitation> groupPublications(const QList<models::ExperimentPublication> &rows)
{
    QList<PublicationCitation> papers;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const models::ExperimentPublication &stored = rows.at(row);
        const QString identity = identityOf(stored.publication, row);
        auto found = indexOf.constFind(identity);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(identity, papers.size());
            papers.append({{}, stored.publication, {}, {}});
        }
        PublicationCitation &paper = papers[*found];
        fillBlanks(paper.publication, stored.publication);
        if (!paper.experiments.contains(stored.experimentAccession))
            paper.experiments.append(stored.experimentAccession);
    }
    for (PublicationCitation &paper : papers) {
        paper.experiments.sort();
        paper.authors = parsePortalAuthors(paper.publication.authors);
    }
    return papers;
}

// The Portal target name "CTCF-human" read as its label "CTCF".
QString targetLabel(const QString &target)
{
    static const QRegularExpression organismSuffix(QStringLiteral("-[a-z]+$"));
    QString label = target.simplified();
    label.remove(organismSuffix);
    return label;
}

// The lab's title from the stored Portal JSON (embedded frame), when it is there.
QString labTitleIn(const QString &rawMetadata)
{
    if (rawMetadata.isEmpty())
        return {};
    const QJsonValue lab = QJsonDocument::fromJson(rawMetadata.toUtf8()).object().value(QLatin1String("lab"));
    return lab.toObject().value(QLatin1String("title")).toString();
}

// "TF ChIP-seq of CTCF in HepG2 (ENCSR000AKP)": the accession stays in the title because experiments
// of one assay, target and biosample are common and a bibliography must tell them apart.
QString datasetTitle(const models::TrackedExperiment &e)
{
    QString title = e.assayTitle.simplified();
    if (title.isEmpty())
        title = QStringLiteral("ENCODE experiment");
    const QString target = targetLabel(e.target);
    if (!target.isEmpty())
        title += QStringLiteral(" of ") + target;
    if (!e.biosampleSummary.simplified().isEmpty())
        title += QStringLiteral(" in ") + e.biosampleSummary.simplified();
    return title + QStringLiteral(" (") + e.accession + QLatin1Char(')');
}

DatasetCitation datasetOf(const models::TrackedExperiment &e)
{
    static const QRegularExpression leadingYear(QStringLiteral("^\\d{4}"));
    DatasetCitation dataset;
    dataset.accession = e.accession;
    dataset.title = datasetTitle(e);
    dataset.authors.append({{}, {}, encodeConsortium()});
    const CitationName lab = labAuthor(labTitleIn(e.rawMetadata), e.lab);
    if (!lab.family.isEmpty() || lab.isLiteral())
        dataset.authors.append(lab);
    dataset.dateReleased = e.dateReleased.trimmed();
    const QRegularExpressionMatch year = leadingYear.match(dataset.dateReleased);
    dataset.year = year.hasMatch() ? year.captured() : QString();
    dataset.url = e.url;
    dataset.doi = QStringLiteral("10.17989/") + e.accession;
    dataset.description = e.description;
    for (const QString &keyword : {e.assayTitle.simplified(), targetLabel(e.target)}) {
        if (!keyword.isEmpty())
            dataset.keywords.append(keyword);
    }
    return dataset;
}

} // namespace

models::Result<CitationSet> collectCitations(const models::CollectionRepository &repository,
                                             const CitationRequest &request)
{
    QStringList wanted = request.accessions;
    wanted.removeDuplicates();
    const auto experiments = repository.experiments(wanted, request.datasets);
    if (!experiments.ok())
        return experiments.failure();
    QStringList missing = wanted;
    for (const models::TrackedExperiment &experiment : experiments.value())
        missing.removeAll(experiment.accession);
    if (!missing.isEmpty()) {
        return Failure{Failure::Kind::NotFound,
                       QStringLiteral("%1 %2 not in the collection")
                           .arg(missing.join(QLatin1String(", ")),
                                missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"))};
    }
    const auto rows = repository.publications(wanted);
    if (!rows.ok())
        return rows.failure();

    CitationSet set;
    set.includesDatasets = request.datasets;
    set.publications = groupPublications(rows.value());
    if (request.datasets) {
        // In the order asked for, or by accession for the whole collection.
        QList<models::TrackedExperiment> ordered = experiments.value();
        if (!wanted.isEmpty()) {
            QHash<QString, qsizetype> position;
            for (qsizetype i = 0; i < wanted.size(); ++i)
                position.insert(wanted.at(i), i);
            std::sort(ordered.begin(), ordered.end(), [&position](const auto &a, const auto &b) {
                return position.value(a.accession) < position.value(b.accession);
            });
        }
        for (const models::TrackedExperiment &experiment : ordered)
            set.datasets.append(datasetOf(experiment));
    }
    assignCitationKeys(set);
    return set;
}

} // namespace encode::app
