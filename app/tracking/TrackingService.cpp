#include "app/tracking/TrackingService.h"

#include "models/core/Clock.h"
#include "models/experiment/Accession.h"
#include "app/portal/PortalClient.h"
#include "app/tracking/AsyncLatch.h"
#include "app/tracking/ExperimentFetcher.h"

#include <QSet>

#include <vector>

namespace encode::app {

using models::Failure;

namespace {

bool isLasting(const Failure &failure)
{
    // A withdrawn or hidden linked object will not come back by retrying: track without it.
    return failure.kind == Failure::Kind::NotFound || failure.kind == Failure::Kind::NotPublic;
}

} // namespace

TrackingService::TrackingService(PortalClient &client, models::CollectionRepository &repository, Clock clock,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_mapper(client.settings().baseUrl.toString(QUrl::StripTrailingSlash))
    , m_clock(clock ? std::move(clock) : Clock(models::nowInEpochSeconds))
{
}

void TrackingService::cancel()
{
    m_run.cancel();
}

struct TrackingService::Run {
    TrackRequest request;
    QStringList order;                  // outcomes are reported in the order asked, each accession once
    QHash<QString, TrackOutcome> outcomes;
    QHash<QString, QString> storedBy;   // stored accession -> the requested one it was stored for
    int done = 0;
    int total = 0;
    std::optional<Failure> portalDown;  // a batch search that timed out or could not reach the Portal
};

QCoro::Task<TrackingReport> TrackingService::track(TrackRequest request)
{
    m_run = CancelToken();
    Run run;
    QSet<QString> seen;
    QStringList valid;
    for (const QString &accession : std::as_const(request.accessions)) {
        if (seen.contains(accession))
            continue;
        seen.insert(accession);
        run.order.append(accession);
        if (models::Status invalid = models::checkExperimentAccession(accession))
            run.outcomes.insert(accession, {accession, *invalid, {}, {}, {}, {}});
        else
            valid.append(accession);
    }
    run.request = std::move(request);
    run.total = static_cast<int>(valid.size());

    ExperimentFetcher fetcher(m_client, m_run);
    for (qsizetype start = 0; start < valid.size(); start += ExperimentFetcher::batchSize) {
        const QStringList chunk = valid.mid(start, ExperimentFetcher::batchSize);
        if (m_run.isCancelled() || run.portalDown) {
            // Another batch would wait out the same deadlines again: a run against a Portal that does
            // not answer ends after one batch search, not after one per 50 accessions.
            for (const QString &accession : chunk)
                run.outcomes.insert(accession, {accession,
                                                m_run.isCancelled() ? Failure{Failure::Kind::Cancelled, accession + QStringLiteral(": cancelled")}
                                                                    : Failure{run.portalDown->kind, QStringLiteral("%1: not tried, because %2")
                                                                                                        .arg(accession, run.portalDown->message)},
                                                {}, {}, {}, {}});
            continue;
        }
        co_await trackBatch(run, fetcher, chunk);
    }
    TrackingReport report;
    for (const QString &accession : std::as_const(run.order))
        report.outcomes.append(run.outcomes.take(accession));
    co_return report;
}

QCoro::Task<> TrackingService::trackBatch(Run &run, ExperimentFetcher &fetcher, QStringList accessions)
{
    const BatchSearch search = co_await fetcher.searchBatch(accessions);
    if (search.failure) {
        for (const QString &accession : std::as_const(accessions))
            finish(run, {accession, {}, Failure{search.failure->kind, accession + QStringLiteral(": ") + search.failure->message}, {}},
                   fetcher);
        if (search.failure->kind == Failure::Kind::Timeout || search.failure->kind == Failure::Kind::Unreachable)
            run.portalDown = search.failure;
        co_return;
    }
    // Accessions the search did not return are asked for alone, concurrently with everything else, so
    // that a slow one holds up nobody. They are stored after the ones found (which keeps a renamed
    // accession's outcome on the experiment asked for by its current name) and as each arrives.
    AsyncLatch foundStored;
    std::vector<QCoro::Task<>> alone;
    for (const QString &accession : search.missing)
        alone.push_back(trackAlone(run, fetcher, accession, foundStored));
    co_await fetcher.fetchLinkedObjects(search.found, m_mapper, run.request.parts);
    for (const FetchedExperiment &fetched : search.found)
        finish(run, fetched, fetcher);
    foundStored.open();
    for (QCoro::Task<> &task : alone)
        co_await task;
}

QCoro::Task<> TrackingService::trackAlone(Run &run, ExperimentFetcher &fetcher, QString accession, AsyncLatch &foundStored)
{
    const FetchedExperiment fetched = co_await fetcher.fetchAlone(accession);
    if (!fetched.failure) {
        const QList<FetchedExperiment> one{fetched}; // a named list: GCC 12 rejects a braced one in co_await
        co_await fetcher.fetchLinkedObjects(one, m_mapper, run.request.parts);
    }
    co_await foundStored.wait();
    finish(run, fetched, fetcher);
}

void TrackingService::finish(Run &run, const FetchedExperiment &fetched, const ExperimentFetcher &fetcher)
{
    if (m_run.isCancelled()) {
        run.outcomes.insert(fetched.requested, {fetched.requested,
                                                Failure{Failure::Kind::Cancelled, fetched.requested + QStringLiteral(": cancelled")},
                                                {}, {}, {}, {}});
        return;
    }
    // A renamed accession can lead to an experiment this run already stored: store it once.
    const QString stored = fetched.experiment.value(QLatin1String("accession")).toString();
    if (!fetched.failure && run.storedBy.contains(stored)) {
        run.outcomes[run.storedBy.value(stored)].warnings.append(
            QStringLiteral("also asked for as %1, the Portal's former accession").arg(fetched.requested));
        run.order.removeOne(fetched.requested);
        return;
    }
    TrackOutcome outcome = store(fetched, fetcher, run.request);
    if (outcome.succeeded())
        run.storedBy.insert(outcome.record.experiment.accession, fetched.requested);
    run.outcomes.insert(fetched.requested, std::move(outcome));
    // One step per experiment stored, so that a window can show each as it arrives.
    Q_EMIT progressed(++run.done, run.total);
}

TrackOutcome TrackingService::store(const FetchedExperiment &fetched, const ExperimentFetcher &fetcher,
                                    const TrackRequest &request)
{
    TrackOutcome outcome{fetched.requested, fetched.failure, {}, {}, fetched.redirectedFrom, {}};
    if (outcome.failure)
        return outcome;

    for (const QString &link : m_mapper.missingLinks(fetched.experiment, fetcher.linked(), request.parts)) {
        const std::optional<Failure> failure = fetcher.linkFailure(link);
        if (failure && isLasting(*failure)) {
            outcome.warnings.append(QStringLiteral("%1 was left out: %2").arg(link, failure->message));
            continue;
        }
        const QString reason = failure ? failure->message
                               : m_run.isCancelled() ? QStringLiteral("cancelled")
                                             : QStringLiteral("it is linked too deeply to follow");
        outcome.failure = Failure{failure ? failure->kind : Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("%1: could not read %2, so nothing was stored: %3")
                                      .arg(fetched.requested, link, reason)};
        return outcome;
    }

    outcome.record = m_mapper.map(fetched.experiment, fetcher.linked(), request.parts);
    models::SaveOptions options;
    if (!request.notesOnlyForNew || !m_repository.isTracked(outcome.record.experiment.accession).value_or(true))
        options.notes = request.notes;
    options.replacePublications = request.parts.publications;
    options.replacePipelines = request.parts.pipelines;
    options.now = m_clock();
    models::Result<models::SaveAction> saved = m_repository.save(outcome.record, options);
    if (!saved.ok()) {
        // The transaction was rolled back: say so, so that nobody looks for half an experiment.
        outcome.failure = Failure{saved.failure().kind, QStringLiteral("%1: nothing of it was stored: %2")
                                                            .arg(fetched.requested, saved.failure().message)};
        return outcome;
    }
    outcome.action = saved.value();
    if (!fetched.redirectedFrom.isEmpty() && m_repository.isTracked(fetched.redirectedFrom).value_or(false))
        outcome.warnings.append(QStringLiteral("%1 is still in the collection under its former accession; untrack "
                                               "it when its notes are no longer needed")
                                    .arg(fetched.redirectedFrom));
    return outcome;
}

} // namespace encode::app
