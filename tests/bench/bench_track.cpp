// How many requests and how long tracking 200 accessions takes against the fake Portal on loopback,
// with the Portal's real rate limit (10 requests/s) and without it.
#include "app/portal/PortalClient.h"
#include "tests/support/AwaitTask.h"
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/TestCollection.h"
#include "app/tracking/TrackingService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace encode;

namespace {

void measure(const char *label, double requestsPerSecond, int accessionCount)
{
    testsupport::FakePortal portal;
    if (!portal.start() || portal.loadFixtures(testsupport::fixtureDirectory()) <= 0)
        qFatal("cannot start the fake Portal");
    QStringList accessions;
    for (int i = 0; i < accessionCount; ++i) {
        const QString accession = QStringLiteral("ENCSR%1BEN").arg(i, 3, 10, QLatin1Char('0'));
        portal.addObject(testsupport::generatedExperiment(accession, i));
        accessions.append(accession);
    }
    testsupport::TestCollection collection;
    app::PortalSettings settings;
    settings.baseUrl = portal.baseUrl();
    settings.requestsPerSecond = requestsPerSecond;
    app::PortalClient client(settings);
    models::CollectionRepository repository = collection.repository();
    app::TrackingService service(client, repository);

    app::TrackRequest request;
    request.accessions = accessions;
    QElapsedTimer timer;
    timer.start();
    const app::TrackingReport report = testsupport::awaitTask(service.track(request));
    const qint64 elapsed = timer.elapsed();
    std::printf("%-34s %4d accessions  %3d tracked  %2d failed  %3d requests  %6lld ms\n", label, accessionCount,
                report.count(models::SaveAction::Tracked), report.failedCount(), portal.requestCount(),
                static_cast<long long>(elapsed));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int run = 1; run <= 3; ++run) {
        std::printf("run %d\n", run);
        measure("  Portal rate limit (10 req/s)", 10, 200);
        measure("  no rate limit", 100000, 200);
    }
    return 0;
}
