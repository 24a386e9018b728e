#pragma once

#include "models/core/Result.h"
#include "models/experiment/ExperimentMapper.h"
#include "models/experiment/LinkedObjects.h"
#include "app/portal/CancelToken.h"
#include "app/tracking/AsyncLatch.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

namespace encode::app {

class PortalClient;

// One requested accession and what the Portal gave for it.
struct FetchedExperiment {
    QString requested;
    QJsonObject experiment;
    std::optional<models::Failure> failure;
    QString redirectedFrom; // the requested accession, when the Portal answered with a newer one
};

// What one batch search gave: the experiments it returned, in the order asked, and the accessions it
// did not return; or, when the search itself failed, why (and nothing else).
struct BatchSearch {
    QList<FetchedExperiment> found;
    QStringList missing;
    std::optional<models::Failure> failure;
};

// Fetches experiments in batches and the objects they link to, each at most once per fetcher: one
// search request returns up to `batchSize` full experiments, and only accessions the search does not
// return (renamed, not public, not an Experiment, absent) cost a request of their own, which also
// tells the user exactly what is wrong with them.
class ExperimentFetcher final {
public:
    static constexpr int batchSize = 50;

    // Every request belongs to `run`: cancelling it stops this fetcher and nothing else.
    explicit ExperimentFetcher(PortalClient &client, CancelToken run = {});

    [[nodiscard]] QCoro::Task<BatchSearch> searchBatch(QStringList accessions);
    // One accession the search did not return, asked for alone.
    [[nodiscard]] QCoro::Task<FetchedExperiment> fetchAlone(QString accession);

    // Fetches every path not fetched (or failed) before, concurrently within the client's limits. A
    // path that another part of the run is fetching already is waited for, not asked for again.
    [[nodiscard]] QCoro::Task<> fetchLinks(QStringList paths);

    // Everything the batch's experiments link to, in rounds: a fetched analysis names pipelines of its
    // own. Stops early when the run is cancelled.
    [[nodiscard]] QCoro::Task<> fetchLinkedObjects(QList<FetchedExperiment> batch, models::ExperimentMapper mapper,
                                                   models::MappingOptions parts);

    [[nodiscard]] const models::LinkedObjects &linked() const { return m_linked; }
    [[nodiscard]] std::optional<models::Failure> linkFailure(const QString &path) const;

private:
    [[nodiscard]] QCoro::Task<> fetchLink(QString path);

    PortalClient &m_client;
    CancelToken m_run;
    models::LinkedObjects m_linked;
    QHash<QString, models::Failure> m_linkFailures;
    QHash<QString, std::shared_ptr<AsyncLatch>> m_pending; // links being fetched, opened when they are in
};

} // namespace encode::app
