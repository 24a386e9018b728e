#include "models/compare/ComparedExperiment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace encode::models {
namespace {

// Absent and blank are the same to a comparison: neither can be compared.
QString present(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}

} // namespace

QStringList storedTerms(const QString &cell)
{
    QStringList raw;
    const QJsonDocument document = QJsonDocument::fromJson(cell.toUtf8());
    if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            raw.append(value.toString());
    } else {
        raw = cell.split(QLatin1Char(','));
    }
    QStringList terms;
    for (const QString &term : raw) {
        const QString trimmed = term.trimmed();
        if (!trimmed.isEmpty() && !terms.contains(trimmed))
            terms.append(trimmed);
    }
    return terms;
}

ComparedExperiment comparedExperiment(const TrackedExperiment &stored)
{
    ComparedExperiment e;
    e.accession = stored.accession;
    e.assay = present(stored.assayTitle);
    e.biosample = present(stored.biosampleSummary);
    e.biosampleType = present(stored.biosampleType);
    e.target = present(stored.target);
    e.organisms = storedTerms(stored.organism);
    e.organs = storedTerms(stored.organ);
    e.assemblies = storedTerms(stored.assembly);
    e.replicationType = present(stored.replicationType);
    e.lifeStages = storedTerms(stored.lifeStage);
    e.lab = present(stored.lab);
    e.status = present(stored.status);

    // A truncated raw_metadata keeps small properties (audit, biosample_ontology), so these survive it;
    // an unreadable one leaves them unknown rather than failing the comparison.
    const QJsonObject raw = QJsonDocument::fromJson(stored.rawMetadata.toUtf8()).object();
    e.biosampleTerm = present(raw.value(QLatin1String("biosample_ontology"))
                                  .toObject()
                                  .value(QLatin1String("term_name"))
                                  .toString());
    e.audits = AuditCounts::fromAudit(raw.value(QLatin1String("audit")).toObject());
    return e;
}

Result<QList<ComparedExperiment>> loadComparedExperiments(const CollectionRepository &repository,
                                                          const QStringList &accessions)
{
    if (accessions.isEmpty())
        return QList<ComparedExperiment>{}; // experiments({}) would mean every tracked one
    const Result<QList<TrackedExperiment>> rows = repository.experiments(accessions, true);
    if (!rows.ok())
        return rows.failure();
    QHash<QString, ComparedExperiment> byAccession;
    for (const TrackedExperiment &row : rows.value())
        byAccession.insert(row.accession, comparedExperiment(row));

    QList<ComparedExperiment> found;
    QStringList missing;
    for (const QString &accession : accessions) {
        if (byAccession.contains(accession))
            found.append(byAccession.value(accession));
        else
            missing.append(accession);
    }
    if (!missing.isEmpty())
        return Failure{Failure::Kind::NotFound,
                       QStringLiteral("not in the collection: %1").arg(missing.join(QLatin1String(", ")))};
    return found;
}

} // namespace encode::models
