#include "app/demo/DemoCollection.h"

#include "models/collection/CollectionRepository.h"
#include "models/core/Clock.h"
#include "models/database/CollectionDatabase.h"
#include "models/database/CollectionFiles.h"
#include "models/experiment/ExperimentMapper.h"
#include "models/provenance/ProvenanceService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace encode::app {

using models::Failure;
using models::Result;
using models::Status;

namespace {

QString bundlePath()
{
    return QStringLiteral(":/demo/demo-experiments.json");
}

// The bundle's "linked" map stands in for the Portal: it holds every object the experiments name only
// by "@id" (pipeline pages with their software, some publications, analyses and quality metrics).
struct DemoBundle {
    QString portal;
    QJsonArray experiments;
    models::LinkedObjects linked;
    QJsonObject notes;
};

Failure brokenBundle(const QString &why)
{
    return {Failure::Kind::UnexpectedResponse, QStringLiteral("the demo data of this build is damaged: ") + why};
}

Result<DemoBundle> readBundle()
{
    QFile file(bundlePath());
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Failure::Kind::NotFound,
                       QStringLiteral("this build has no demo data (%1 is missing)").arg(bundlePath())};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return brokenBundle(error.errorString());

    const QJsonObject root = document.object();
    DemoBundle bundle;
    bundle.portal = root.value(QLatin1String("portal")).toString();
    bundle.experiments = root.value(QLatin1String("experiments")).toArray();
    bundle.notes = root.value(QLatin1String("notes")).toObject();
    const QJsonObject linked = root.value(QLatin1String("linked")).toObject();
    for (auto it = linked.constBegin(); it != linked.constEnd(); ++it)
        bundle.linked.insert(it.key(), it.value().toObject());
    if (bundle.portal.isEmpty() || bundle.experiments.isEmpty())
        return brokenBundle(QStringLiteral("no portal address or no experiments"));
    return bundle;
}

// When the demo user "tracked" experiment `index` of `count`: a dozen at a sitting, sittings spread over
// the last eight months, the last one an hour ago. Sorting by date tracked then tells a story.
double trackedAt(qsizetype index, qsizetype count, double now)
{
    constexpr qsizetype perSitting = 12;
    constexpr double span = 240.0 * 24 * 3600;
    constexpr double betweenExperiments = 97.0;
    const qsizetype sittings = (count + perSitting - 1) / perSitting;
    const qsizetype sitting = index / perSitting;
    const double sittingStart = now - 3600.0 - span * static_cast<double>(sittings - 1 - sitting)
                                                   / static_cast<double>(sittings);
    return sittingStart + betweenExperiments * static_cast<double>(index % perSitting);
}

Status fill(models::CollectionRepository &repository, const DemoBundle &bundle)
{
    const models::ExperimentMapper mapper(bundle.portal);
    const models::MappingOptions parts;
    const double now = models::nowInEpochSeconds();
    const qsizetype count = bundle.experiments.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject experiment = bundle.experiments.at(i).toObject();
        // A link the bundle cannot resolve would silently drop rows the demo is meant to show.
        const QStringList missing = mapper.missingLinks(experiment, bundle.linked, parts);
        if (!missing.isEmpty())
            return brokenBundle(QStringLiteral("experiment %1 links to %2, which it does not hold")
                                    .arg(experiment.value(QLatin1String("accession")).toString(),
                                         missing.join(QLatin1String(", "))));

        const models::ExperimentRecord record = mapper.map(experiment, bundle.linked, parts);
        models::SaveOptions options;
        options.now = trackedAt(i, count, now);
        const QString note = bundle.notes.value(record.experiment.accession).toString();
        if (!note.isEmpty())
            options.notes = note;
        // One transaction per experiment, as tracking does: save() opens its own, and SQLite has no
        // nested BEGIN, so an outer transaction would make every save fail. WAL with synchronous=NORMAL
        // does not sync on commit, which keeps 300 commits well under a second.
        Result<models::SaveAction> saved = repository.save(record, options);
        if (!saved.ok())
            return saved.failure();
    }
    return std::nullopt;
}

Status removeDatabaseFiles(const QString &path)
{
    for (const QString &file : models::collectionFiles(path)) {
        QFile existing(file);
        if (existing.exists() && !existing.remove())
            return models::storageFailure(QStringLiteral("cannot remove %1: %2")
                                              .arg(QDir::toNativeSeparators(file), existing.errorString()));
    }
    return std::nullopt;
}

// A small invented analysis beside the demo file, logged as derived files, so that the Provenance
// view has a chain to show: two filtered replicates, pooled, peaks called against a control, an IDR
// set and a signal track; then one file changed and one deleted after logging, as happens in real
// project folders, so that both warnings can be seen.
Status logDemoAnalysis(const QSqlDatabase &database, const QString &directory, const DemoBundle &bundle)
{
    QStringList accessions;
    for (qsizetype i = 0; i < 3 && i < bundle.experiments.size(); ++i)
        accessions.append(bundle.experiments.at(i).toObject().value(QLatin1String("accession")).toString());
    if (accessions.size() < 3)
        return std::nullopt;
    QDir analysis(QDir(directory).filePath(QStringLiteral("demo-analysis")));
    if ((analysis.exists() && !analysis.removeRecursively()) || !QDir().mkpath(analysis.path()))
        return models::storageFailure(QStringLiteral("cannot prepare %1").arg(QDir::toNativeSeparators(analysis.path())));
    struct Step {
        const char *file;
        QStringList sources; // names of earlier files, or accessions
        const char *tool;
        const char *parameters;
    };
    const QList<Step> steps{
        {"rep1.filtered.bam", {accessions.at(0)}, "samtools view 1.16", "-q 30 -F 1804"},
        {"rep2.filtered.bam", {accessions.at(1)}, "samtools view 1.16", "-q 30 -F 1804"},
        {"pooled.bam", {QStringLiteral("rep1.filtered.bam"), QStringLiteral("rep2.filtered.bam")}, "samtools merge 1.16", ""},
        {"peaks.narrowPeak", {QStringLiteral("pooled.bam"), accessions.at(2)}, "MACS2 2.2.9", "callpeak -p 1e-2 --nomodel"},
        {"peaks.idr.bed", {QStringLiteral("peaks.narrowPeak")}, "idr 2.0.4", "--soft-idr-threshold 0.05"},
        {"signal.bigWig", {QStringLiteral("pooled.bam")}, "deepTools bamCoverage 3.5", "--normalizeUsing CPM"},
        {"old-peaks.bed", {QStringLiteral("pooled.bam")}, "MACS2 2.1.1", "callpeak -q 0.05"},
    };
    models::ProvenanceService provenance(database);
    const double now = models::nowInEpochSeconds();
    for (const Step &step : steps) {
        const QString path = analysis.filePath(QLatin1String(step.file));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArrayLiteral("invented demo data: ") + step.file + '\n') < 0)
            return models::storageFailure(QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(path)));
        file.close();
        models::DerivedFileEntry entry;
        entry.path = path;
        for (const QString &source : step.sources)
            entry.sources.append(source.startsWith(QLatin1String("ENC")) ? source : analysis.filePath(source));
        entry.tool = QLatin1String(step.tool);
        entry.parameters = QLatin1String(step.parameters);
        entry.fileType = QFileInfo(path).suffix();
        entry.description = QStringLiteral("Demo analysis (invented)");
        if (const auto logged = provenance.logDerivedFile(entry, now); !logged.ok())
            return logged.failure();
    }
    QFile changed(analysis.filePath(QStringLiteral("signal.bigWig")));
    if (!changed.open(QIODevice::Append) || changed.write("re-run with other settings\n") < 0)
        return models::storageFailure(QStringLiteral("cannot change %1").arg(changed.fileName()));
    changed.close();
    if (!QFile::remove(analysis.filePath(QStringLiteral("old-peaks.bed"))))
        return models::storageFailure(QStringLiteral("cannot remove the demo's old-peaks.bed"));
    return std::nullopt;
}

Status build(const QString &path, const DemoBundle &bundle)
{
    Result<std::shared_ptr<models::CollectionDatabase>> opened = models::CollectionDatabase::open(path);
    if (!opened.ok())
        return opened.failure();
    // The repository holds a copy of the connection: it must be gone before the database closes it.
    models::CollectionRepository repository(opened.value()->connection());
    if (Status s = fill(repository, bundle))
        return s;
    return logDemoAnalysis(opened.value()->connection(), QFileInfo(path).absolutePath(), bundle);
}

} // namespace

QString demoCollectionFileName()
{
    return QStringLiteral("demo-collection.db");
}

Result<QString> createDemoCollection(const QString &directory)
{
    if (directory.trimmed().isEmpty())
        return models::invalidInput(QStringLiteral("no directory given for the demo collection"));
    const QDir dir(directory);
    if (!QDir().mkpath(dir.absolutePath()))
        return models::storageFailure(
            QStringLiteral("cannot create the directory %1").arg(QDir::toNativeSeparators(dir.absolutePath())));

    Result<DemoBundle> bundle = readBundle();
    if (!bundle.ok())
        return bundle.failure();

    // Built beside the target and moved over it at the end, so a failure leaves an older demo as it was.
    const QString target = dir.absoluteFilePath(demoCollectionFileName());
    const QString building = target + QStringLiteral(".building");
    if (Status s = removeDatabaseFiles(building))
        return *s;
    if (Status s = build(building, bundle.value())) {
        (void)removeDatabaseFiles(building);
        return *s;
    }
    // Closing the last connection checkpoints the WAL into the file and deletes it; a WAL left behind
    // would hold data that a renamed file no longer sees.
    if (QFile::exists(building + QStringLiteral("-wal"))) {
        (void)removeDatabaseFiles(building);
        return models::storageFailure(QStringLiteral("the demo collection was not written completely to %1")
                                          .arg(QDir::toNativeSeparators(building)));
    }
    if (Status s = removeDatabaseFiles(target))
        return *s;
    if (!QFile::rename(building, target))
        return models::storageFailure(QStringLiteral("cannot move %1 to %2")
                                          .arg(QDir::toNativeSeparators(building), QDir::toNativeSeparators(target)));
    return target;
}

} // namespace encode::app
