#pragma once

#include "models/core/Result.h"

#include <QUrl>

#include <chrono>

namespace encode::app {

// How the client talks to the Portal. Defaults follow the Portal's published rules; tests shorten
// the timings. Three clocks bound a request (docs/ARCHITECTURE.md, "The Portal client"):
// `transferTimeout` is Qt's, restarted by every byte, so it only catches a silent server;
// `attemptTimeout` ends one exchange, body included, however steadily the bytes drip; and
// `requestDeadline` ends one getJson() whatever happens: waiting for its turn, every attempt, every
// backoff.
struct PortalSettings {
    QUrl baseUrl = QUrl(QStringLiteral("https://www.encodeproject.org"));
    std::chrono::milliseconds transferTimeout{30000};
    std::chrono::milliseconds attemptTimeout{60000};
    std::chrono::milliseconds requestDeadline{120000};
    double requestsPerSecond = 10; // the Portal's published limit
    int maxInFlight = 4;
    int maxRetries = 3;            // after the first attempt, for network errors, 429 and 5xx only
    std::chrono::milliseconds firstBackoff{1000};
    std::chrono::milliseconds longestBackoff{30000};
    // The largest answer read: a batch of 50 embedded experiments is tens of MB; a broken or hostile
    // server sending an endless body must not fill the memory (an answer is held whole to parse it).
    qint64 maxResponseBytes = 512LL * 1024 * 1024;

    // --portal-url wins over ENCODE_PORTAL_URL, which wins over the default. ENCODE_PORTAL_TIMEOUT
    // (seconds) sets attemptTimeout, and transferTimeout when shorter than 30 s; ENCODE_PORTAL_DEADLINE
    // (seconds) sets requestDeadline, which is otherwise 120 s or twice the attempt timeout when that is
    // longer. A value that is not a positive number is ignored here; checkEnvironment() names it.
    [[nodiscard]] static PortalSettings fromEnvironment(const QString &portalUrlOption);
    // What is wrong with the timing variables, for front ends that refuse bad input (the CLI).
    [[nodiscard]] static models::Status checkEnvironment();
};

} // namespace encode::app
