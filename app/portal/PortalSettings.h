#pragma once

#include <QUrl>

#include <chrono>

namespace encode::app {

// How the client talks to the Portal. Defaults follow the Portal's published rules; tests shorten
// the timings.
struct PortalSettings {
    QUrl baseUrl = QUrl(QStringLiteral("https://www.encodeproject.org"));
    std::chrono::milliseconds transferTimeout{30000};
    double requestsPerSecond = 10; // the Portal's published limit
    int maxInFlight = 4;
    int maxRetries = 3;            // after the first attempt, for network errors and 5xx only
    std::chrono::milliseconds firstBackoff{1000};
    std::chrono::milliseconds longestBackoff{30000};

    // --portal-url wins over ENCODE_PORTAL_URL, which wins over the default.
    [[nodiscard]] static PortalSettings fromEnvironment(const QString &portalUrlOption);
};

} // namespace encode::app
