#pragma once

#include "models/collection/CollectionRepository.h"
#include "models/experiment/ExperimentMapper.h"
#include "app/portal/CancelToken.h"
#include "app/tracking/TrackingReport.h"

#include <QObject>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace encode::app {

class PortalClient;
class AsyncLatch;
class ExperimentFetcher;
struct FetchedExperiment;

struct TrackRequest {
    QStringList accessions;
    std::optional<QString> notes;    // replaces the notes of every tracked experiment when given
    bool notesOnlyForNew = false;    // ... or only of those not in the collection yet (never overwrite a note)
    models::MappingOptions parts;
};

// Fetch -> map -> store for a list of accessions (spec section 3). Each experiment is stored in its
// own transaction as soon as it is complete; a failure is reported for its accession and the others go
// on. When a batch search times out or cannot reach the Portal, later batches are not tried.
class TrackingService final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<double()>; // seconds since the epoch

    TrackingService(PortalClient &client, models::CollectionRepository &repository, Clock clock = {},
                    QObject *parent = nullptr);

    [[nodiscard]] QCoro::Task<TrackingReport> track(TrackRequest request);

    // Stops the run: its requests in flight are aborted, the rest is reported as cancelled. What was
    // stored stays stored. Other users of the client (a search, another run) go on.
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total);

private:
    struct Run; // one track() call: its request, outcomes, what was stored and the progress so far
    [[nodiscard]] QCoro::Task<> trackBatch(Run &run, ExperimentFetcher &fetcher, QStringList accessions);
    [[nodiscard]] QCoro::Task<> trackAlone(Run &run, ExperimentFetcher &fetcher, QString accession,
                                           AsyncLatch &foundStored);
    void finish(Run &run, const FetchedExperiment &fetched, const ExperimentFetcher &fetcher);
    [[nodiscard]] TrackOutcome store(const FetchedExperiment &fetched, const ExperimentFetcher &fetcher,
                                     const TrackRequest &request);

    PortalClient &m_client;
    models::CollectionRepository &m_repository;
    models::ExperimentMapper m_mapper;
    Clock m_clock;
    CancelToken m_run; // the current run's; a new one each track()
};

} // namespace encode::app
