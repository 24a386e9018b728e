// compare: whether tracked experiments can be analysed together (spec section 6). Works on the
// collection alone; --fetch first tracks the accessions that are not in it.
#include "app/cli/Commands.h"
#include "app/compare/CompareText.h"
#include "models/collection/CollectionRepository.h"
#include "models/compare/CompareJson.h"
#include "models/experiment/Accession.h"
#include "app/portal/PortalClient.h"
#include "app/tracking/TrackingService.h"

#include <QJsonDocument>

namespace encode::app::cli {
namespace {

const QString fetchOption = QStringLiteral("fetch");

// Tracks the accessions not in the collection yet and returns the list with each renamed accession
// replaced by the Portal's new one. A failure names every accession that could not be tracked.
QCoro::Task<models::Result<QStringList>>
trackMissing(CliContext &context, models::CollectionRepository &repository, QStringList accessions)
{
    QStringList missing;
    for (const QString &accession : std::as_const(accessions)) {
        const models::Result<bool> tracked = repository.isTracked(accession);
        if (!tracked.ok())
            co_return tracked.failure();
        if (!tracked.value())
            missing.append(accession);
    }
    if (missing.isEmpty())
        co_return accessions;
    const models::Result<PortalSettings> settings = context.portalSettings();
    if (!settings.ok())
        co_return settings.failure();

    PortalClient client(settings.value());
    TrackingService service(client, repository);
    TrackRequest request;
    request.accessions = missing;
    const TrackingReport report = co_await service.track(request);
    std::optional<models::Failure> failed;
    for (const TrackOutcome &outcome : report.outcomes) {
        if (outcome.failure) {
            if (!failed)
                failed = models::Failure{outcome.failure->kind,
                                         QStringLiteral("cannot compare: ") + outcome.failure->message};
            else
                failed->message += QStringLiteral("; ") + outcome.failure->message;
            continue;
        }
        const QString &stored = outcome.record.experiment.accession;
        context.err << "tracked " << stored;
        if (!outcome.redirectedFrom.isEmpty() && accessions.contains(outcome.requested)) {
            accessions.replace(accessions.indexOf(outcome.requested), stored);
            context.err << " (the Portal's new accession for " << outcome.redirectedFrom << ')';
        }
        context.err << '\n';
    }
    if (failed)
        co_return *failed;
    co_return accessions;
}

} // namespace

void configureCompare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"),
                                 QStringLiteral("Two or more tracked experiments."),
                                 QStringLiteral("ACCESSION ACCESSION [ACCESSION...]"));
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")},
        {fetchOption,
         QStringLiteral("Track the experiments that are not in the collection first (contacts the Portal).")},
    });
}

QCoro::Task<int> runCompare(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        co_return Usage;
    const models::Result<QStringList> parsed = models::parseExperimentAccessions(parser.positionalArguments());
    if (!parsed.ok())
        co_return context.usageError(parsed.failure().message);
    QStringList accessions = parsed.value();
    accessions.removeDuplicates();
    if (accessions.size() < 2)
        co_return context.usageError(
            QStringLiteral("compare needs at least two different accessions, such as "
                           "ENCSR000EDP ENCSR552YGL"));

    const bool fetch = parser.isSet(fetchOption);
    // Without --fetch this only reads, so a mistyped --db must not leave an empty collection behind.
    auto database = fetch ? context.database(models::CollectionDatabase::Missing::Create, CliContext::Access::Write)
                          : context.database(models::CollectionDatabase::Missing::IsAnError);
    if (!database.ok())
        co_return context.fail(database.failure());
    models::CollectionRepository repository(database.value()->connection());
    if (fetch) {
        const models::Result<QStringList> tracked = co_await trackMissing(context, repository, accessions);
        if (!tracked.ok())
            co_return context.fail(tracked.failure());
        accessions = tracked.value();
        accessions.removeDuplicates(); // a renamed accession may equal another one given
    }

    const models::Result<QList<models::ComparedExperiment>> experiments =
        models::loadComparedExperiments(repository, accessions);
    if (!experiments.ok()) {
        models::Failure failure = experiments.failure();
        if (failure.kind == models::Failure::Kind::NotFound)
            failure.message += QStringLiteral(" (track them first, or add --fetch)");
        co_return context.fail(failure);
    }
    const bool json = *format == QLatin1String("json");
    if (experiments.value().size() == 2) {
        const models::Comparison comparison =
            models::compareExperiments(experiments.value().at(0), experiments.value().at(1));
        if (json)
            context.out
                << QJsonDocument(models::json::fromComparison(comparison)).toJson(QJsonDocument::Indented);
        else
            printComparison(context.out, comparison);
    } else {
        const models::CompatibilityMatrix matrix = models::compareAll(experiments.value());
        if (json)
            context.out << QJsonDocument(models::json::fromMatrix(matrix)).toJson(QJsonDocument::Indented);
        else
            printMatrix(context.out, matrix);
    }
    co_return Success;
}

} // namespace encode::app::cli
