#pragma once

#include "models/core/Result.h"
#include "app/portal/CancelToken.h"
#include "app/portal/InFlightLimit.h"
#include "app/portal/PortalAttempt.h"
#include "app/portal/PortalSettings.h"
#include "app/portal/RateLimiter.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <qcoro/qcorotask.h>

namespace encode::app {

// One answer from the Portal: the JSON object and where it came from after redirects.
struct PortalResponse {
    int httpStatus = 0;
    QJsonObject body;
    QUrl finalUrl;
};

// The one place that talks HTTP to the ENCODE Portal: one QNetworkAccessManager, JSON only, an
// explicit User-Agent, at most `requestsPerSecond`, a bounded number of requests in flight, a timeout
// per attempt and a deadline per request (PortalSettings), and retries with backoff for network
// errors, 429 and 5xx. Errors come back typed (Failure::Kind) with complete messages.
//
// A request never resumes its caller inside a reply's signal: what follows `co_await getJson()` runs
// from the event loop, so a caller may end a command there and destroy this client.
class PortalClient final : public QObject {
    Q_OBJECT
public:
    explicit PortalClient(PortalSettings settings, QObject *parent = nullptr);
    // Cancels what is still running and lets it end (see the .cpp), so no request's coroutine, nor
    // whoever awaits it, is left suspended for ever.
    ~PortalClient() override;

    // Whether a 404 is a failure (objects) or a normal answer to read (searches with no hits).
    enum class NotFound { IsFailure, HasBody };

    // GET `path` (an "@id" such as /experiments/ENCSR000EDP/) with `query`; format=json is added.
    // Cancelling `run` ends this request (and the others of its run) with Failure::Kind::Cancelled.
    // It ends within settings().requestDeadline of the call, as Failure::Kind::Timeout at the latest.
    [[nodiscard]] QCoro::Task<models::Result<PortalResponse>> getJson(QString path, QUrlQuery query = {},
                                                                      NotFound notFound = NotFound::IsFailure,
                                                                      CancelToken run = {});

    // Aborts every request in flight and those waiting, of every run; they end with Failure::Kind::Cancelled.
    void cancelAll();

    [[nodiscard]] const PortalSettings &settings() const { return m_settings; }
    [[nodiscard]] static QByteArray userAgent();

private:
    // What a request checks to know whether it was cancelled: its run, or everything since it began.
    struct Cancellation {
        CancelToken run;
        quint64 generation = 0;
    };
    [[nodiscard]] bool isCancelled(const Cancellation &cancellation) const;
    // How long one attempt may take, and whether that is what is left of the request's deadline.
    struct AttemptLimit {
        std::chrono::milliseconds duration;
        bool isRequestDeadline = false;
    };
    [[nodiscard]] QCoro::Task<PortalAttempt> sendOnce(QUrl url, Cancellation cancellation, AttemptLimit limit);
    // Waits for a place in flight and a rate-limit slot, until `deadline`; holds nothing unless Taken.
    enum class Turn { Taken, Cancelled, DeadlinePassed };
    [[nodiscard]] QCoro::Task<Turn> takeTurn(Cancellation cancellation, QDeadlineTimer deadline);
    [[nodiscard]] QCoro::Task<bool> sleepUnlessCancelled(std::chrono::milliseconds duration, Cancellation cancellation);

    static constexpr int maxRedirects = 5;
    [[nodiscard]] QUrl urlFor(const QString &path, QUrlQuery query) const;

    PortalSettings m_settings;
    QNetworkAccessManager m_network;
    RateLimiter m_rateLimiter;
    InFlightLimit m_inFlight;
    quint64 m_cancelGeneration = 0;
    QSet<QNetworkReply *> m_activeReplies;
    int m_runningRequests = 0; // getJson calls not finished yet
};

} // namespace encode::app
