#include "TrackingService.h"

#include "experiment/Accession.h"
#include "portal/PortalClient.h"
#include "tracking/ExperimentFetcher.h"

#include <QDateTime>
#include <QSet>

namespace encode::app {

using models::Failure;

namespace {

double secondsSinceEpoch()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

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
    , m_clock(clock ? std::move(clock) : Clock(secondsSinceEpoch))
{
}

void TrackingService::cancel()
{
    m_run.cancel();
}

QCoro::Task<TrackingReport> TrackingService::track(TrackRequest request)
{
    m_run = CancelToken();
    // Outcomes are reported in the order asked, each accession once.
    QStringList order;
    QSet<QString> seen;
    QHash<QString, TrackOutcome> outcomes;
    QStringList valid;
    for (const QString &accession : std::as_const(request.accessions)) {
        if (seen.contains(accession))
            continue;
        seen.insert(accession);
        order.append(accession);
        if (models::Status invalid = models::checkExperimentAccession(accession))
            outcomes.insert(accession, {accession, *invalid, {}, {}, {}, {}});
        else
            valid.append(accession);
    }

    const int total = static_cast<int>(valid.size());
    QHash<QString, QString> storedBy; // stored accession -> the requested one it was stored for
    ExperimentFetcher fetcher(m_client, m_run);
    for (qsizetype start = 0; start < valid.size(); start += ExperimentFetcher::batchSize) {
        const QStringList chunk = valid.mid(start, ExperimentFetcher::batchSize);
        if (m_run.isCancelled()) {
            for (const QString &accession : chunk)
                outcomes.insert(accession, {accession, Failure{Failure::Kind::Cancelled, accession + QStringLiteral(": cancelled")},
                                            {}, {}, {}, {}});
            continue;
        }
        const QList<FetchedExperiment> batch = co_await fetcher.fetchExperiments(chunk);
        int done = static_cast<int>(start);
        co_await fetcher.fetchLinkedObjects(batch, m_mapper, request.parts);
        for (const FetchedExperiment &fetched : batch) {
            if (m_run.isCancelled()) {
                outcomes.insert(fetched.requested, {fetched.requested,
                                                    Failure{Failure::Kind::Cancelled, fetched.requested + QStringLiteral(": cancelled")},
                                                    {}, {}, {}, {}});
                continue;
            }
            // A renamed accession can lead to an experiment this run already stored: store it once.
            const QString stored = fetched.experiment.value(QLatin1String("accession")).toString();
            if (!fetched.failure && storedBy.contains(stored)) {
                outcomes[storedBy.value(stored)].warnings.append(
                    QStringLiteral("also asked for as %1, the Portal's former accession").arg(fetched.requested));
                order.removeOne(fetched.requested);
                continue;
            }
            TrackOutcome outcome = store(fetched, fetcher, request);
            if (outcome.succeeded())
                storedBy.insert(outcome.record.experiment.accession, fetched.requested);
            outcomes.insert(fetched.requested, std::move(outcome));
            // One step per experiment stored, so that a window can show each as it arrives.
            Q_EMIT progressed(++done, total);
        }
    }
    TrackingReport report;
    for (const QString &accession : std::as_const(order))
        report.outcomes.append(outcomes.take(accession));
    co_return report;
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
        outcome.failure = Failure{saved.failure().kind, fetched.requested + QStringLiteral(": ") + saved.failure().message};
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
