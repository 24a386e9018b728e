#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace encode::app {

// A Retry-After header, in seconds or as an HTTP date, as a wait from `now`; nullopt when unreadable.
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &header, const QDateTime &now);

// What one HTTP exchange produced, before the client decides whether to retry.
struct PortalAttempt {
    bool retryable = false;
    std::optional<models::Failure> failure;
    int httpStatus = 0;
    QByteArray body;
    QUrl finalUrl;
    std::optional<std::chrono::milliseconds> retryAfter;
    QUrl redirectTo; // set for a 3xx with a Location
};

// Reads a reply that ended by itself (not aborted by a cancel or by the client's own clocks) into an
// attempt. Every failure carries a complete message: what happened, to which URL, and Qt's words only
// when they add something (never a bare "Unknown error"). `transferTimeout` is what Qt was given.
[[nodiscard]] PortalAttempt readAttempt(QNetworkReply &reply, const QUrl &url, std::chrono::milliseconds transferTimeout);

// "N s" for messages: whole seconds without decimals, fractions as given ("0.5 s").
[[nodiscard]] QString secondsText(std::chrono::milliseconds duration);

} // namespace encode::app
