#pragma once

#include "app/tracking/TrackingService.h"

#include <QObject>

#include <memory>

namespace encode::models {
class CollectionDatabase;
}

namespace encode::app {

// One tracking run for a window: it keeps the collection open and itself alive until the run ends,
// then deletes itself. A dialog or view that closes meanwhile just stops listening; the run never
// resumes into a destroyed object.
class TrackingJob final : public QObject {
    Q_OBJECT
public:
    [[nodiscard]] static TrackingJob *start(std::shared_ptr<models::CollectionDatabase> database, PortalClient &client,
                                            TrackRequest request);

    void cancel();

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const encode::app::TrackingReport &report);

private:
    TrackingJob(std::shared_ptr<models::CollectionDatabase> database, PortalClient &client);

    std::shared_ptr<models::CollectionDatabase> m_database;
    models::CollectionRepository m_repository;
    TrackingService m_service;
};

} // namespace encode::app
