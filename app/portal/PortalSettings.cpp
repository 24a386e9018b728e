#include "app/portal/PortalSettings.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace encode::app {

namespace {

const char *const timeoutVariable = "ENCODE_PORTAL_TIMEOUT";
const char *const deadlineVariable = "ENCODE_PORTAL_DEADLINE";

// Seconds as milliseconds; nullopt when unset. Fractions are allowed (tests use half a second).
struct Seconds {
    bool set = false;
    std::optional<std::chrono::milliseconds> value; // empty when set but unreadable
};

Seconds secondsFrom(const char *variable)
{
    const QString text = qEnvironmentVariable(variable).trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // A day is far more than any request needs; the bound keeps the milliseconds within int for Qt.
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
        return {true, std::nullopt};
    return {true, std::chrono::milliseconds(std::max<qint64>(1, std::llround(seconds * 1000)))};
}

} // namespace

PortalSettings PortalSettings::fromEnvironment(const QString &portalUrlOption)
{
    PortalSettings settings;
    QString url = portalUrlOption;
    if (url.isEmpty())
        url = qEnvironmentVariable("ENCODE_PORTAL_URL");
    if (!url.isEmpty())
        settings.baseUrl = QUrl(url);

    if (const Seconds timeout = secondsFrom(timeoutVariable); timeout.value) {
        settings.attemptTimeout = *timeout.value;
        settings.transferTimeout = std::min(settings.transferTimeout, *timeout.value);
        settings.requestDeadline = std::max(settings.requestDeadline, 2 * *timeout.value);
    }
    if (const Seconds deadline = secondsFrom(deadlineVariable); deadline.value)
        settings.requestDeadline = *deadline.value;
    return settings;
}

models::Status PortalSettings::checkEnvironment()
{
    for (const char *variable : {timeoutVariable, deadlineVariable}) {
        const Seconds seconds = secondsFrom(variable);
        if (seconds.set && !seconds.value)
            return models::invalidInput(QStringLiteral("%1 must be a number of seconds above 0 (at most 86400), not '%2'")
                                            .arg(QLatin1String(variable), qEnvironmentVariable(variable)));
    }
    return std::nullopt;
}

} // namespace encode::app
