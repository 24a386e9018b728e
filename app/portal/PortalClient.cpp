#include "PortalClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>

#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

#include <algorithm>

namespace encode::app {

using models::Failure;
using models::Result;

// What one HTTP exchange produced, before deciding whether to retry.
struct PortalClient::Attempt {
    bool retryable = false;
    std::optional<Failure> failure;
    int httpStatus = 0;
    QByteArray body;
    QUrl finalUrl;
    std::optional<std::chrono::milliseconds> retryAfter;
    QUrl redirectTo; // set for a 3xx with a Location
};

namespace {

Failure failure(Failure::Kind kind, const QString &message)
{
    return {kind, message};
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    if (header.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = header.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(std::max(0, seconds) * 1000LL);
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; the offset form it does.
    QString date = QString::fromLatin1(header.trimmed());
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

namespace {

// The Portal's error bodies carry a human description; use it when there is one.
QString portalDescription(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString description = error.value(QLatin1String("description")).toString();
    const QString detail = error.value(QLatin1String("detail")).toString();
    return detail.isEmpty() ? description : description + QLatin1Char(' ') + detail;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection and proxy errors below 200; content, protocol and server errors come
    // with an HTTP status of their own.
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
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

QCoro::Task<PortalClient::Attempt> PortalClient::sendOnce(QUrl url, Cancellation cancellation)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(static_cast<int>(m_settings.transferTimeout.count()));

    QNetworkReply *reply = m_network.get(request);
    m_activeReplies.insert(reply);
    cancellation.run.attach(reply);
    co_await reply;
    cancellation.run.detach(reply);
    m_activeReplies.remove(reply);
    reply->deleteLater();
    m_inFlight.release();

    Attempt attempt;
    attempt.finalUrl = reply->url();
    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery);
    if (isCancelled(cancellation)) {
        attempt.failure = failure(Failure::Kind::Cancelled, QStringLiteral("cancelled: ") + shownUrl);
        co_return attempt;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        attempt.retryable = true;
        attempt.failure = failure(Failure::Kind::Timeout,
                                  QStringLiteral("the ENCODE Portal did not answer within %1 s (%2)")
                                      .arg(m_settings.transferTimeout.count() / 1000.0)
                                      .arg(shownUrl));
        co_return attempt;
    }
    if (isTransportError(error)) {
        attempt.retryable = true;
        attempt.failure = failure(Failure::Kind::Unreachable, QStringLiteral("the ENCODE Portal could not be reached "
                                                                             "(%1): %2")
                                                                  .arg(shownUrl, reply->errorString()));
        co_return attempt;
    }
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.body = reply->readAll();
    const QByteArray location = reply->rawHeader(QByteArrayLiteral("Location"));
    if (attempt.httpStatus >= 300 && attempt.httpStatus < 400 && !location.isEmpty()) {
        attempt.redirectTo = url.resolved(QUrl::fromEncoded(location));
        co_return attempt;
    }
    if (attempt.httpStatus >= 500) {
        attempt.retryable = true;
        attempt.retryAfter = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")), QDateTime::currentDateTimeUtc());
        attempt.failure = failure(Failure::Kind::PortalError, QStringLiteral("the ENCODE Portal failed with HTTP %1 (%2)")
                                                                  .arg(attempt.httpStatus)
                                                                  .arg(shownUrl));
    } else if (error != QNetworkReply::NoError && attempt.httpStatus < 400) {
        // A 2xx whose body broke off (e.g. the connection closed early).
        attempt.retryable = true;
        attempt.failure = failure(Failure::Kind::Unreachable, QStringLiteral("the answer from the ENCODE Portal broke "
                                                                             "off (%1): %2")
                                                                  .arg(shownUrl, reply->errorString()));
    }
    co_return attempt;
}

QCoro::Task<bool> PortalClient::takeTurn(Cancellation cancellation)
{
    co_await m_inFlight.acquire();
    if (!isCancelled(cancellation))
        co_await m_rateLimiter.acquire();
    if (!isCancelled(cancellation))
        co_return true;
    m_inFlight.release();
    co_return false;
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
    QUrl url = urlFor(path, query);
    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery);
    const Cancellation cancellation{std::move(run), m_cancelGeneration};
    const Failure cancelled{Failure::Kind::Cancelled, QStringLiteral("cancelled: ") + shownUrl};
    int retry = 0;
    int redirects = 0;
    for (;;) {
        if (!co_await takeTurn(cancellation))
            co_return cancelled;
        Attempt attempt = co_await sendOnce(url, cancellation);
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
        if (attempt.retryable && retry < m_settings.maxRetries && !isCancelled(cancellation)) {
            const auto exponential = m_settings.firstBackoff * (1LL << retry);
            const auto wait = std::min(attempt.retryAfter.value_or(exponential), m_settings.longestBackoff);
            ++retry;
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
        if (status >= 400 && status != 404)
            co_return failure(Failure::Kind::PortalError, QStringLiteral("the ENCODE Portal refused the request with "
                                                                         "HTTP %1 (%2): %3")
                                                              .arg(status)
                                                              .arg(shownUrl, portalDescription(attempt.body)));
        if (status < 200 || status >= 300) {
            if (status != 404)
                co_return failure(Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("unexpected HTTP %1 from the ENCODE Portal (%2)").arg(status).arg(shownUrl));
        }
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
