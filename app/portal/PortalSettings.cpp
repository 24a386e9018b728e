#include "PortalSettings.h"

namespace encode::app {

PortalSettings PortalSettings::fromEnvironment(const QString &portalUrlOption)
{
    PortalSettings settings;
    QString url = portalUrlOption;
    if (url.isEmpty())
        url = qEnvironmentVariable("ENCODE_PORTAL_URL");
    if (!url.isEmpty())
        settings.baseUrl = QUrl(url);
    return settings;
}

} // namespace encode::app
