#include "app/cli/Commands.h"

#include "models/collection/CollectionRepository.h"
#include "models/experiment/Accession.h"
#include "app/portal/PortalClient.h"
#include "app/search/ImportSource.h"
#include "app/tracking/TrackingService.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace encode::app::cli {
namespace {

const QString notesOption = QStringLiteral("notes");
const QString noPublicationsOption = QStringLiteral("no-publications");
const QString noPipelinesOption = QStringLiteral("no-pipelines");
const QString fromFileOption = QStringLiteral("from-file");

QString describe(const models::TrackedExperiment &e)
{
    QStringList parts;
    for (const QString &part : {e.assayTitle, e.target, e.biosampleSummary}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

void printText(QTextStream &out, QTextStream &err, const TrackingReport &report)
{
    for (const TrackOutcome &outcome : report.outcomes) {
        if (outcome.failure) {
            err << "error: " << outcome.failure->message << '\n';
            continue;
        }
        const models::ExperimentRecord &r = outcome.record;
        out << (outcome.action == models::SaveAction::Tracked ? "tracked " : "updated ") << r.experiment.accession;
        if (!outcome.redirectedFrom.isEmpty())
            out << " (the Portal's new accession for " << outcome.redirectedFrom << ')';
        out << "  " << describe(r.experiment) << "  [" << r.publications.size() << " publications, "
            << r.pipelines.size() << " pipelines, " << r.qualityMetrics.size() << " quality metrics]\n";
        for (const QString &warning : outcome.warnings)
            err << "warning: " << r.experiment.accession << ": " << warning << '\n';
    }
    out << report.count(models::SaveAction::Tracked) << " tracked, " << report.count(models::SaveAction::Updated)
        << " updated, " << report.failedCount() << " failed\n";
}

} // namespace

void configureTrack(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("Experiment accessions (ENCSR...)."),
                                 QStringLiteral("ACCESSION..."));
    parser.addOptions({
        {notesOption, QStringLiteral("Notes for the experiments (replaces their notes)."), QStringLiteral("TEXT")},
        {noPublicationsOption, QStringLiteral("Do not fetch or replace publications.")},
        {noPipelinesOption, QStringLiteral("Do not fetch or replace pipelines.")},
        {fromFileOption, QStringLiteral("Read accessions from FILE ('-' for stdin)."), QStringLiteral("FILE")},
        {QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")},
    });
    addTrackImportOptions(parser);
}

QCoro::Task<int> runTrack(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format = chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        co_return Usage;

    QStringList accessions = parser.positionalArguments();
    if (parser.isSet(fromFileOption)) {
        const QString source = parser.value(fromFileOption);
        const models::Result<QString> text = models::readAccessionListText(source, context.collectionPath());
        if (!text.ok())
            co_return context.fail(text.failure());
        const QStringList listed = models::splitAccessionList(text.value());
        if (listed.isEmpty())
            co_return context.usageError(QStringLiteral("no accessions in %1: expected accessions such as ENCSR000EDP, "
                                                        "separated by spaces, commas or lines")
                                             .arg(source == QLatin1String("-") ? QStringLiteral("standard input") : source));
        accessions += listed;
    }
    if (parser.isSet(QStringLiteral("search-url")) || parser.isSet(QStringLiteral("cart"))) {
        // An existing collection that cannot be written is said before the Portal is asked anything.
        if (QFileInfo::exists(context.collectionPath())) {
            auto database = context.database(models::CollectionDatabase::Missing::IsAnError, CliContext::Access::Write);
            if (!database.ok())
                co_return context.fail(database.failure());
        }
        const models::Result<QStringList> imported = co_await importedAccessions(context, parser);
        if (!imported.ok())
            co_return context.fail(imported.failure());
        if (imported.value().isEmpty() && accessions.isEmpty())
            co_return Failed; // importedAccessions said why; nothing was tracked
        accessions += imported.value();
    }
    if (accessions.isEmpty())
        co_return context.usageError(
            QStringLiteral("track needs at least one accession (or --from-file, --search-url, --cart)"));
    const models::Result<QStringList> parsed = models::parseExperimentAccessions(accessions);
    if (!parsed.ok())
        co_return context.usageError(parsed.failure().message + QStringLiteral("\nNothing was tracked."));
    accessions = parsed.value();

    const models::Result<PortalSettings> settings = context.portalSettings();
    if (!settings.ok())
        co_return context.fail(settings.failure());
    auto database = context.database(models::CollectionDatabase::Missing::Create, CliContext::Access::Write);
    if (!database.ok())
        co_return context.fail(database.failure());

    PortalClient client(settings.value());
    models::CollectionRepository repository(database.value()->connection());
    TrackingService service(client, repository);
    TrackRequest request;
    request.accessions = accessions;
    if (parser.isSet(notesOption))
        request.notes = parser.value(notesOption);
    request.parts.publications = !parser.isSet(noPublicationsOption);
    request.parts.pipelines = !parser.isSet(noPipelinesOption);

    const TrackingReport report = co_await service.track(request);
    if (*format == QLatin1String("json")) {
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        for (const TrackOutcome &outcome : report.outcomes) {
            if (outcome.failure)
                context.err << "error: " << outcome.failure->message << '\n';
        }
    } else {
        printText(context.out, context.err, report);
    }
    co_return report.failedCount() == 0 ? Success : Failed;
}

} // namespace encode::app::cli
