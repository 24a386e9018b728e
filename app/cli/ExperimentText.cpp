#include "app/cli/ExperimentText.h"

#include "app/cli/TextTable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace encode::app::cli {
namespace {

void field(QTextStream &out, const char *label, const QString &value)
{
    if (!value.isEmpty())
        out << "  " << QString::fromLatin1(label).leftJustified(18) << value << '\n';
}

void heading(QTextStream &out, const QString &title, qsizetype count)
{
    out << '\n' << title << " (" << count << ")\n";
}

} // namespace

QString isoTime(double secondsSinceEpoch)
{
    if (secondsSinceEpoch <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch * 1000), Qt::UTC)
        .toString(Qt::ISODate);
}

void printExperimentTable(QTextStream &out, const QList<models::ExperimentListRow> &rows)
{
    QList<QStringList> cells;
    for (const models::ExperimentListRow &row : rows) {
        const models::TrackedExperiment &e = row.experiment;
        cells.append({e.accession, e.assayTitle, e.target, e.biosampleSummary, e.organism, e.dateReleased,
                      QString::number(row.publicationCount), e.notes});
    }
    printTable(out, {QStringLiteral("ACCESSION"), QStringLiteral("ASSAY"), QStringLiteral("TARGET"),
                     QStringLiteral("BIOSAMPLE"), QStringLiteral("ORGANISM"), QStringLiteral("RELEASED"),
                     QStringLiteral("PUBS"), QStringLiteral("NOTES")},
               cells);
    out << rows.size() << (rows.size() == 1 ? " experiment\n" : " experiments\n");
}

void printExperimentDetails(QTextStream &out, const models::ExperimentDetails &d)
{
    const models::TrackedExperiment &e = d.experiment;
    out << e.accession << '\n';
    field(out, "Assay", e.assayTitle);
    field(out, "Target", e.target);
    field(out, "Biosample", e.biosampleSummary);
    field(out, "Biosample type", e.biosampleType);
    field(out, "Organism", e.organism);
    field(out, "Organ", e.organ);
    field(out, "Life stage", e.lifeStage);
    field(out, "Replication", e.replicationType);
    field(out, "Assembly", e.assembly);
    field(out, "Status", e.status);
    field(out, "Released", e.dateReleased);
    field(out, "Lab", e.lab);
    field(out, "Award", e.award);
    field(out, "Portal", e.url);
    field(out, "Tracked", isoTime(e.trackedAt));
    field(out, "Updated", isoTime(e.updatedAt));
    field(out, "Description", e.description);
    if (!e.notes.isEmpty())
        out << "\nNotes\n  " << QString(e.notes).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << '\n';

    const QJsonObject audit = QJsonDocument::fromJson(e.rawMetadata.toUtf8()).object().value(QLatin1String("audit")).toObject();
    if (!audit.isEmpty()) {
        out << "\nAudit flags\n";
        for (auto it = audit.begin(); it != audit.end(); ++it)
            out << "  " << it.key() << ": " << it.value().toArray().size() << '\n';
    }
    heading(out, QStringLiteral("Publications"), d.publications.size());
    for (const models::Publication &p : d.publications) {
        out << "  " << p.title << '\n' << "    " << p.authors << " · " << p.journal << ' ' << p.year;
        if (!p.pmid.isEmpty())
            out << " · PMID " << p.pmid;
        if (!p.doi.isEmpty())
            out << " · doi:" << p.doi;
        out << '\n';
    }
    heading(out, QStringLiteral("Pipelines"), d.pipelines.size());
    for (const models::Pipeline &p : d.pipelines) {
        QStringList software;
        for (const models::Software &s : p.software)
            software.append(s.version.isEmpty() ? s.name : s.name + QLatin1Char(' ') + s.version);
        out << "  " << p.title << " v" << p.version << " (" << p.analysisStatus << ")\n";
        if (!software.isEmpty())
            out << "    " << software.join(QStringLiteral(", ")) << '\n';
    }
    heading(out, QStringLiteral("Quality metrics"), d.qualityMetrics.size());
    for (const models::QualityMetric &m : d.qualityMetrics)
        out << "  " << m.fileAccession << "  " << m.metricType << '\n';
    heading(out, QStringLiteral("External references"), d.externalReferences.size());
    for (const models::ExternalReference &r : d.externalReferences)
        out << "  " << r.type << "  " << r.id << '\n';
    heading(out, QStringLiteral("Derived files"), d.derivedFiles.size());
    for (const models::DerivedFile &f : d.derivedFiles)
        out << "  " << f.filePath << "  (from " << f.sourceAccessions.join(QStringLiteral(", ")) << ")\n";
}

} // namespace encode::app::cli
