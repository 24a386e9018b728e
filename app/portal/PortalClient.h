#pragma once

#include "core/Result.h"
#include "portal/CancelToken.h"
#include "portal/InFlightLimit.h"
#include "portal/PortalSettings.h"
#include "portal/RateLimiter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <qcoro/qcorotask.h>

namespace encode::app {

// A Retry-After header, in seconds or as an HTTP date, as a wait from `now`; nullopt when unreadable.
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &header, const QDateTime &now);

// One answer from the Portal: the JSON object and where it came from after redirects.
struct PortalResponse {
    int httpStatus = 0;
    QJsonObject body;
    QUrl finalUrl;
};

// The one place that talks HTTP to the ENCODE Portal: one QNetworkAccessManager, JSON only, an
// explicit User-Agent, at most `requestsPerSecond`, a bounded number of requests in flight, transfer
// timeouts, and retries with backoff for network errors and 5xx. Errors come back typed (Failure::Kind).
class PortalClient final : public QObject {
    Q_OBJECT
public:
    explicit PortalClient(PortalSettings settings, QObject *parent = nullptr);

    // Whether a 404 is a failure (objects) or a normal answer to read (searches with no hits).
    enum class NotFound { IsFailure, HasBody };

    // GET `path` (an "@id" such as /experiments/ENCSR000EDP/) with `query`; format=json is added.
    // Cancelling `run` ends this request (and the others of its run) with Failure::Kind::Cancelled.
    [[nodiscard]] QCoro::Task<models::Result<PortalResponse>> getJson(QString path, QUrlQuery query = {},
                                                                      NotFound notFound = NotFound::IsFailure,
                                                                      CancelToken run = {});

    // Aborts every request in flight and those waiting, of every run; they end with Failure::Kind::Cancelled.
    void cancelAll();

    [[nodiscard]] const PortalSettings &settings() const { return m_settings; }
    [[nodiscard]] static QByteArray userAgent();

private:
    struct Attempt;
    // What a request checks to know whether it was cancelled: its run, or everything since it began.
    struct Cancellation {
        CancelToken run;
        quint64 generation = 0;
    };
    [[nodiscard]] bool isCancelled(const Cancellation &cancellation) const;
    [[nodiscard]] QCoro::Task<Attempt> sendOnce(QUrl url, Cancellation cancellation);
    // Waits for a place in flight and a rate-limit slot; false (holding nothing) when cancelled.
    [[nodiscard]] QCoro::Task<bool> takeTurn(Cancellation cancellation);
    [[nodiscard]] QCoro::Task<bool> sleepUnlessCancelled(std::chrono::milliseconds duration, Cancellation cancellation);

    static constexpr int maxRedirects = 5;
    [[nodiscard]] QUrl urlFor(const QString &path, QUrlQuery query) const;

    PortalSettings m_settings;
    QNetworkAccessManager m_network;
    RateLimiter m_rateLimiter;
    InFlightLimit m_inFlight;
    quint64 m_cancelGeneration = 0;
    QSet<QNetworkReply *> m_activeReplies;
};

} // namespace encode::app
