#include "app/tracking/ExperimentFetcher.h"

#include "app/portal/PortalClient.h"

#include <QJsonArray>

#include <vector>

namespace encode::app {

using models::Failure;

namespace {

bool isExperiment(const QJsonObject &object)
{
    return object.value(QLatin1String("@type")).toArray().contains(QJsonValue(QStringLiteral("Experiment")));
}

QString typeName(const QJsonObject &object)
{
    const QString type = object.value(QLatin1String("@type")).toArray().at(0).toString();
    return type.isEmpty() ? QStringLiteral("an object of unknown type") : type;
}

// A failure message that starts with the accession it is about.
Failure about(const QString &accession, Failure failure)
{
    failure.message = accession + QStringLiteral(": ") + failure.message;
    return failure;
}

} // namespace

ExperimentFetcher::ExperimentFetcher(PortalClient &client, CancelToken run)
    : m_client(client)
    , m_run(std::move(run))
{
}

std::optional<Failure> ExperimentFetcher::linkFailure(const QString &path) const
{
    const auto it = m_linkFailures.constFind(path);
    return it == m_linkFailures.cend() ? std::nullopt : std::optional<Failure>(*it);
}

QCoro::Task<BatchSearch> ExperimentFetcher::searchBatch(QStringList accessions)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("Experiment"));
    for (const QString &accession : std::as_const(accessions))
        query.addQueryItem(QStringLiteral("accession"), accession);
    query.addQueryItem(QStringLiteral("frame"), QStringLiteral("embedded"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("all"));

    models::Result<PortalResponse> search =
        co_await m_client.getJson(QStringLiteral("/search/"), query, PortalClient::NotFound::HasBody, m_run);
    BatchSearch batch;
    if (!search.ok()) {
        // The Portal is down or refusing: asking for each accession alone would only repeat that.
        batch.failure = search.failure();
        co_return batch;
    }
    QHash<QString, QJsonObject> found;
    const QJsonArray graph = search.value().body.value(QLatin1String("@graph")).toArray();
    for (const QJsonValue &item : graph) {
        const QJsonObject object = item.toObject();
        if (isExperiment(object))
            found.insert(object.value(QLatin1String("accession")).toString(), object);
    }
    for (const QString &accession : std::as_const(accessions)) {
        if (found.contains(accession))
            batch.found.append({accession, found.value(accession), std::nullopt, {}});
        else
            batch.missing.append(accession);
    }
    co_return batch;
}

QCoro::Task<FetchedExperiment> ExperimentFetcher::fetchAlone(QString accession)
{
    FetchedExperiment result{accession, {}, std::nullopt, {}};
    models::Result<PortalResponse> answer =
        co_await m_client.getJson(QStringLiteral("/experiments/%1/").arg(accession), {},
                                    PortalClient::NotFound::IsFailure, m_run);
    if (!answer.ok()) {
        Failure failure = answer.failure();
        if (failure.kind == Failure::Kind::NotFound)
            failure.message = QStringLiteral("no experiment with this accession on the ENCODE Portal");
        else if (failure.kind == Failure::Kind::NotPublic)
            failure.message = QStringLiteral("the experiment is not public on the ENCODE Portal (access denied)");
        result.failure = about(accession, failure);
        co_return result;
    }
    const QJsonObject object = answer.value().body;
    if (!isExperiment(object)) {
        result.failure = about(accession, {Failure::Kind::UnexpectedResponse,
                                           QStringLiteral("this accession is %1 on the ENCODE Portal, not an "
                                                          "Experiment; only experiments can be tracked")
                                               .arg(typeName(object))});
        co_return result;
    }
    const QString actual = object.value(QLatin1String("accession")).toString();
    if (actual != accession)
        result.redirectedFrom = accession;
    result.experiment = object;
    co_return result;
}

QCoro::Task<> ExperimentFetcher::fetchLinks(QStringList paths)
{
    paths.removeDuplicates();
    std::vector<QCoro::Task<>> running;
    for (const QString &path : std::as_const(paths)) {
        if (!m_linked.contains(path) && !m_linkFailures.contains(path))
            running.push_back(fetchLink(path)); // starts at once; all run concurrently
    }
    for (QCoro::Task<> &task : running)
        co_await task;
}

QCoro::Task<> ExperimentFetcher::fetchLinkedObjects(QList<FetchedExperiment> batch, models::ExperimentMapper mapper,
                                                    models::MappingOptions parts)
{
    constexpr int rounds = 3; // experiment -> analysis -> pipeline is the deepest chain we follow
    for (int round = 0; round < rounds; ++round) {
        QStringList missing;
        for (const FetchedExperiment &fetched : std::as_const(batch)) {
            if (fetched.failure)
                continue;
            for (const QString &link : mapper.missingLinks(fetched.experiment, m_linked, parts)) {
                if (!m_linkFailures.contains(link))
                    missing.append(link);
            }
        }
        if (missing.isEmpty())
            co_return;
        co_await fetchLinks(missing);
    }
}

QCoro::Task<> ExperimentFetcher::fetchLink(QString path)
{
    // Experiments of one batch are completed concurrently (a slow one holds up nobody), and they share
    // pipelines and publications: whoever asks second waits for the first answer.
    if (const std::shared_ptr<AsyncLatch> pending = m_pending.value(path)) {
        co_await pending->wait();
        co_return;
    }
    const auto pending = std::make_shared<AsyncLatch>();
    m_pending.insert(path, pending);
    models::Result<PortalResponse> answer = co_await m_client.getJson(path, {}, PortalClient::NotFound::IsFailure, m_run);
    if (answer.ok())
        m_linked.insert(path, answer.value().body);
    else
        m_linkFailures.insert(path, answer.failure());
    m_pending.remove(path);
    pending->open();
}

} // namespace encode::app
