#include "app/tracking/TrackingJob.h"

#include "models/database/CollectionDatabase.h"

namespace encode::app {

TrackingJob::TrackingJob(std::shared_ptr<models::CollectionDatabase> database, PortalClient &client)
    : m_database(std::move(database))
    , m_repository(m_database->connection())
    , m_service(client, m_repository)
{
    connect(&m_service, &TrackingService::progressed, this, &TrackingJob::progressed);
}

TrackingJob *TrackingJob::start(std::shared_ptr<models::CollectionDatabase> database, PortalClient &client,
                                TrackRequest request)
{
    auto *job = new TrackingJob(std::move(database), client);
    QCoro::connect(job->m_service.track(std::move(request)), job, [job](const TrackingReport &report) {
        Q_EMIT job->finished(report);
        job->deleteLater();
    });
    return job;
}

void TrackingJob::cancel()
{
    m_service.cancel();
}

} // namespace encode::app
