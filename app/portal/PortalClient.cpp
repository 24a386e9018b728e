#include "app/portal/PortalClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

#include <algorithm>
#include <coroutine>

namespace encode::app {

using models::Failure;
using models::Result;

namespace {

Failure failure(Failure::Kind kind, const QString &message)
{
    return {kind, message};
}

// The Portal's error bodies carry a human description; use it when there is one.
QString portalDescription(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString description = error.value(QLatin1String("description")).toString();
    const QString detail = error.value(QLatin1String("detail")).toString();
    return detail.isEmpty() ? description : description + QLatin1Char(' ') + detail;
}

// Suspends and resumes from `context`'s event queue. If `context` is destroyed first, the coroutine is
// never resumed (its caller went away with the client).
struct ResumeFromEventLoop {
    QObject *context;
    [[nodiscard]] bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle) const
    {
        QMetaObject::invokeMethod(context, [handle] { handle.resume(); }, Qt::QueuedConnection);
    }
    void await_resume() const noexcept {}
};

std::chrono::milliseconds remainingOf(const QDeadlineTimer &deadline)
{
    return std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime()));
}

QString triesText(int tries)
{
    return tries == 1 ? QStringLiteral("1 try") : QStringLiteral("%1 tries").arg(tries);
}

// A retried failure says how often it was tried, so a user knows it was not a single hiccup.
Failure afterTries(Failure failure, int tries, const QString &why = {})
{
    if (tries > 1 || !why.isEmpty())
        failure.message += QStringLiteral("; gave up after %1%2").arg(triesText(tries), why);
    return failure;
}

} // namespace

PortalClient::PortalClient(PortalSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rateLimiter(m_settings.requestsPerSecond)
    , m_inFlight(m_settings.maxInFlight)
{
    // Redirects are followed here, not by Qt, so that every hop waits for the rate limiter too.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PortalClient::~PortalClient()
{
    // A request still running is a coroutine suspended in here: on a reply, a place in flight, the
    // rate limit or a backoff, each resumed by this client's own queue and timers. Destroyed as it
    // is, those frames (and the frames of whoever awaits them) would never finish. Cancelled, each
    // ends within one backoff step (100 ms) without touching anything of ours afterwards, so the
    // event loop runs here until they have; a bounded wait, in case something else holds one.
    cancelAll();
    QDeadlineTimer patience(std::chrono::seconds(5));
    while (m_runningRequests > 0 && !patience.hasExpired())
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
}

QByteArray PortalClient::userAgent()
{
    return QByteArrayLiteral("encode-tracker/" ENCODE_TRACKER_VERSION);
}

QUrl PortalClient::urlFor(const QString &path, QUrlQuery query) const
{
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    query.removeAllQueryItems(QStringLiteral("format"));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    url.setQuery(query);
    return url;
}

void PortalClient::cancelAll()
{
    ++m_cancelGeneration;
    const QSet<QNetworkReply *> replies = m_activeReplies;
    for (QNetworkReply *reply : replies)
        reply->abort();
}

bool PortalClient::isCancelled(const Cancellation &cancellation) const
{
    return cancellation.generation != m_cancelGeneration || cancellation.run.isCancelled();
}

QCoro::Task<PortalAttempt> PortalClient::sendOnce(QUrl url, Cancellation cancellation, AttemptLimit limit)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Qt's transfer timeout restarts with every byte: it only catches a server gone silent. The
    // attempt's own clock below ends it however steadily the bytes drip.
    if (m_settings.transferTimeout < limit.duration)
        request.setTransferTimeout(static_cast<int>(m_settings.transferTimeout.count()));

    QNetworkReply *reply = m_network.get(request);
    m_activeReplies.insert(reply);
    cancellation.run.attach(reply);
    bool outOfTime = false;
    bool tooLarge = false;
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply, &tooLarge](qint64 received, qint64) {
        if (received > m_settings.maxResponseBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer clock;
    clock.setSingleShot(true);
    clock.setTimerType(Qt::PreciseTimer);
    connect(&clock, &QTimer::timeout, reply, [reply, &outOfTime] {
        outOfTime = true;
        reply->abort();
    });
    clock.start(limit.duration);
    co_await reply;
    clock.stop();
    cancellation.run.detach(reply);
    m_activeReplies.remove(reply);
    m_inFlight.release();
    // Everything after `co_await reply` runs inside the reply's finished signal (or inside abort(),
    // called by a timeout). A caller whose work ends with this answer may destroy this client and its
    // network manager, which Qt still uses until the signal returns: so go on from the event loop.
    // (Issue 11: `track` crashed with SIGSEGV when its last request timed out.)
    co_await ResumeFromEventLoop{this};
    reply->deleteLater();

    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery);
    PortalAttempt attempt;
    attempt.finalUrl = reply->url();
    if (isCancelled(cancellation)) {
        attempt.failure = failure(Failure::Kind::Cancelled, QStringLiteral("cancelled: ") + shownUrl);
        co_return attempt;
    }
    if (tooLarge) {
        attempt.failure = failure(Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("the ENCODE Portal's answer is larger than %1 MiB, more than any answer "
                                                 "it gives; it was not read (%2)")
                                      .arg(m_settings.maxResponseBytes / (1024 * 1024))
                                      .arg(shownUrl));
        co_return attempt;
    }
    if (outOfTime) {
        const std::chrono::milliseconds shown = limit.isRequestDeadline ? m_settings.requestDeadline : limit.duration;
        attempt.retryable = !limit.isRequestDeadline;
        attempt.failure = failure(Failure::Kind::Timeout, QStringLiteral("the ENCODE Portal did not finish answering "
                                                                         "within %1 s (%2)")
                                                              .arg(secondsText(shown), shownUrl));
        co_return attempt;
    }
    co_return readAttempt(*reply, url, m_settings.transferTimeout);
}

QCoro::Task<PortalClient::Turn> PortalClient::takeTurn(Cancellation cancellation, QDeadlineTimer deadline)
{
    if (!co_await m_inFlight.acquire(deadline))
        co_return isCancelled(cancellation) ? Turn::Cancelled : Turn::DeadlinePassed;
    if (!isCancelled(cancellation))
        co_await m_rateLimiter.acquire();
    const Turn turn = isCancelled(cancellation) ? Turn::Cancelled
                      : deadline.hasExpired()   ? Turn::DeadlinePassed
                                                : Turn::Taken;
    if (turn != Turn::Taken)
        m_inFlight.release();
    co_return turn;
}

QCoro::Task<bool> PortalClient::sleepUnlessCancelled(std::chrono::milliseconds duration, Cancellation cancellation)
{
    // In short steps, so that a cancel does not wait out a long backoff; against a clock, because
    // Qt's coarse timers may wake a little early.
    constexpr std::chrono::milliseconds step{100};
    QElapsedTimer clock;
    clock.start();
    while (!isCancelled(cancellation)) {
        const std::chrono::milliseconds remaining = duration - std::chrono::milliseconds(clock.elapsed());
        if (remaining.count() <= 0)
            break;
        co_await QCoro::sleepFor(std::min(remaining, step));
    }
    co_return !isCancelled(cancellation);
}

QCoro::Task<Result<PortalResponse>> PortalClient::getJson(QString path, QUrlQuery query, NotFound notFound,
                                                          CancelToken run)
{
    ++m_runningRequests;
    const auto finished = qScopeGuard([this] { --m_runningRequests; }); // at every co_return
    QUrl url = urlFor(path, query);
    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery);
    const Cancellation cancellation{std::move(run), m_cancelGeneration};
    const Failure cancelled{Failure::Kind::Cancelled, QStringLiteral("cancelled: ") + shownUrl};
    // From the call: a request queued behind others spends its own time too, so that a run's worst
    // case follows from its requests' deadlines (docs/ARCHITECTURE.md).
    const QDeadlineTimer deadline(m_settings.requestDeadline, Qt::PreciseTimer);
    const QString deadlineText = secondsText(m_settings.requestDeadline);
    int tries = 0;
    int redirects = 0;
    for (;;) {
        const Turn turn = co_await takeTurn(cancellation, deadline);
        if (turn == Turn::Cancelled)
            co_return cancelled;
        if (turn == Turn::DeadlinePassed)
            co_return afterTries(failure(Failure::Kind::Timeout,
                                         QStringLiteral("the ENCODE Portal did not finish answering within %1 s (%2)%3")
                                             .arg(deadlineText, shownUrl,
                                                  tries == 0 ? QStringLiteral(": the request waited all that time "
                                                                              "behind earlier ones")
                                                             : QString())),
                                 tries);
        const std::chrono::milliseconds left = remainingOf(deadline);
        const AttemptLimit limit{std::min(left, m_settings.attemptTimeout), left <= m_settings.attemptTimeout};
        PortalAttempt attempt = co_await sendOnce(url, cancellation, limit);
        if (attempt.redirectTo.isValid()) {
            if (++redirects > maxRedirects)
                co_return failure(Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("the ENCODE Portal redirected too often (%1)").arg(shownUrl));
            if (url.scheme() == QLatin1String("https") && attempt.redirectTo.scheme() != QLatin1String("https"))
                co_return failure(Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("refused a redirect from https to %1").arg(attempt.redirectTo.toDisplayString()));
            url = attempt.redirectTo;
            continue;
        }
        ++tries;
        if (attempt.failure && attempt.failure->kind == Failure::Kind::Cancelled)
            co_return *attempt.failure;
        if (attempt.failure && (attempt.retryable || attempt.failure->kind == Failure::Kind::Timeout)) {
            if (attempt.failure->kind == Failure::Kind::Timeout && deadline.hasExpired())
                co_return afterTries(failure(Failure::Kind::Timeout, QStringLiteral("the ENCODE Portal did not finish "
                                                                                    "answering within %1 s (%2)")
                                                                         .arg(deadlineText, shownUrl)),
                                     tries);
            if (!attempt.retryable || tries > m_settings.maxRetries)
                co_return afterTries(*attempt.failure, tries);
            const auto exponential = m_settings.firstBackoff * (1LL << (tries - 1));
            const auto wait = std::min<std::chrono::milliseconds>(attempt.retryAfter.value_or(exponential),
                                                                  m_settings.longestBackoff);
            if (wait >= remainingOf(deadline))
                co_return afterTries(*attempt.failure, tries,
                                     QStringLiteral(": another would not fit in the request's %1 s deadline").arg(deadlineText));
            if (!co_await sleepUnlessCancelled(wait, cancellation))
                co_return cancelled;
            continue;
        }
        if (attempt.failure)
            co_return *attempt.failure;

        const int status = attempt.httpStatus;
        if (status == 404 && notFound == NotFound::IsFailure)
            co_return failure(Failure::Kind::NotFound, QStringLiteral("not found on the ENCODE Portal (%1)").arg(shownUrl));
        if (status == 403)
            co_return failure(Failure::Kind::NotPublic,
                              QStringLiteral("not public on the ENCODE Portal: access was denied (%1)").arg(shownUrl));
        if (status >= 400 && status != 404) {
            const QString description = portalDescription(attempt.body).trimmed();
            co_return failure(Failure::Kind::PortalError,
                              QStringLiteral("the ENCODE Portal refused the request with HTTP %1 (%2)%3")
                                  .arg(QString::number(status), shownUrl,
                                       description.isEmpty() ? QString() : QStringLiteral(": ") + description));
        }
        if ((status < 200 || status >= 300) && status != 404)
            co_return failure(Failure::Kind::UnexpectedResponse,
                              QStringLiteral("unexpected HTTP %1 from the ENCODE Portal (%2)").arg(status).arg(shownUrl));
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(attempt.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            co_return failure(Failure::Kind::UnexpectedResponse,
                              QStringLiteral("the ENCODE Portal's answer is not a JSON object (%1)%2")
                                  .arg(shownUrl, parseError.error != QJsonParseError::NoError
                                                     ? QStringLiteral(": ") + parseError.errorString()
                                                     : QString()));
        co_return PortalResponse{status, document.object(), attempt.finalUrl};
    }
}

} // namespace encode::app
