#include "app/portal/PortalAttempt.h"

#include <QNetworkReply>

#include <algorithm>

namespace encode::app {

using models::Failure;

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

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0);
}

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection and proxy errors below 200; content, protocol and server errors come
    // with an HTTP status of their own.
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// Qt's own words, when they say something: ": <text>", or nothing for an empty or generic text.
QString qtReason(const QNetworkReply &reply)
{
    QString text = reply.errorString().trimmed();
    while (text.endsWith(QLatin1Char(':'))) // "Decompression failed: %1" with an empty %1
        text = text.chopped(1).trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("Unknown error"), Qt::CaseInsensitive))
        return {};
    return QStringLiteral(": ") + text;
}

// Qt unpacks gzip, deflate (and brotli, zstd where built in) itself; a body that is not what the header
// says ends as a generic content error (Qt 6.4: "Decompression failed: ...") with the header still there.
bool failedToDecompress(const QNetworkReply &reply)
{
    const QByteArray encoding = reply.rawHeader(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    const QNetworkReply::NetworkError error = reply.error();
    return (error == QNetworkReply::UnknownContentError || error == QNetworkReply::ProtocolFailure) && !encoding.isEmpty()
           && encoding != "identity";
}

Failure failure(Failure::Kind kind, const QString &message)
{
    return {kind, message};
}

QString brokeOff(const QNetworkReply &reply, qsizetype received, const QString &shownUrl)
{
    const QVariant announced = reply.header(QNetworkRequest::ContentLengthHeader);
    const QString size = announced.isValid() ? QStringLiteral("%1 of %2 bytes").arg(received).arg(announced.toLongLong())
                                             : QStringLiteral("%1 bytes").arg(received);
    return QStringLiteral("the answer from the ENCODE Portal broke off after %1 (%2)%3").arg(size, shownUrl, qtReason(reply));
}

} // namespace

PortalAttempt readAttempt(QNetworkReply &reply, const QUrl &url, std::chrono::milliseconds transferTimeout)
{
    PortalAttempt attempt;
    attempt.finalUrl = reply.url();
    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery);
    const QNetworkReply::NetworkError error = reply.error();
    attempt.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Qt's transfer timeout (Qt 6.4 reports it as a cancel): nothing arrived for that long.
        attempt.retryable = true;
        attempt.failure = failure(Failure::Kind::Timeout, QStringLiteral("the ENCODE Portal sent nothing for %1 s (%2)")
                                                              .arg(secondsText(transferTimeout), shownUrl));
        return attempt;
    }
    if (failedToDecompress(reply)) {
        // A broken proxy or cache would send the same bytes again: not worth a retry.
        attempt.failure = failure(Failure::Kind::UnexpectedResponse,
                                  QStringLiteral("the ENCODE Portal's answer could not be decompressed: it is marked "
                                                 "Content-Encoding %1 but is not (%2)")
                                      .arg(QString::fromLatin1(reply.rawHeader(QByteArrayLiteral("Content-Encoding"))),
                                           shownUrl));
        return attempt;
    }
    attempt.body = reply.readAll();
    if (isTransportError(error)) {
        attempt.retryable = true;
        attempt.failure = attempt.httpStatus == 0
                              ? failure(Failure::Kind::Unreachable,
                                        QStringLiteral("the ENCODE Portal could not be reached (%1)%2").arg(shownUrl, qtReason(reply)))
                              : failure(Failure::Kind::Unreachable, brokeOff(reply, attempt.body.size(), shownUrl));
        return attempt;
    }
    const QByteArray location = reply.rawHeader(QByteArrayLiteral("Location"));
    if (attempt.httpStatus >= 300 && attempt.httpStatus < 400 && !location.isEmpty()) {
        attempt.redirectTo = url.resolved(QUrl::fromEncoded(location));
        return attempt;
    }
    const int status = attempt.httpStatus;
    if (status == 429 || status >= 500) {
        attempt.retryable = true;
        attempt.retryAfter = parseRetryAfter(reply.rawHeader(QByteArrayLiteral("Retry-After")), QDateTime::currentDateTimeUtc());
        attempt.failure = failure(Failure::Kind::PortalError,
                                  status == 429 ? QStringLiteral("the ENCODE Portal is limiting requests (HTTP 429) (%1)").arg(shownUrl)
                                                : QStringLiteral("the ENCODE Portal failed with HTTP %1 (%2)").arg(status).arg(shownUrl));
    } else if (error != QNetworkReply::NoError && status < 400) {
        // A 2xx whose body broke off (e.g. the connection closed early).
        attempt.retryable = true;
        attempt.failure = failure(Failure::Kind::Unreachable, brokeOff(reply, attempt.body.size(), shownUrl));
    }
    return attempt;
}

} // namespace encode::app
