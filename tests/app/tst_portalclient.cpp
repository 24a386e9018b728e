// The Portal client against a fake Portal on loopback: headers, redirects, typed errors, retries with
// backoff, timeouts, the rate limit, the in-flight bound and cancellation.
#include "portal/PortalClient.h"
#include "support/AwaitTask.h"
#include "support/FakePortal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <vector>

using namespace encode;
using app::PortalClient;
using app::PortalResponse;
using app::PortalSettings;
using models::Failure;
using testsupport::FakePortal;
using testsupport::Misbehaviour;
using namespace std::chrono_literals;

namespace {

const QString experimentPath = QStringLiteral("/experiments/ENCSR100AAA/");

PortalSettings fastSettings(const QUrl &baseUrl)
{
    PortalSettings settings;
    settings.baseUrl = baseUrl;
    settings.transferTimeout = 5s;
    settings.requestsPerSecond = 1000;
    settings.firstBackoff = 10ms;
    return settings;
}

models::Result<PortalResponse> get(PortalClient &client, const QString &path,
                                   PortalClient::NotFound notFound = PortalClient::NotFound::IsFailure)
{
    return testsupport::awaitTask(client.getJson(path, {}, notFound));
}

QString describe(const models::Result<PortalResponse> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.failure().message;
}

} // namespace

class TestPortalClient final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        m_portal->addObject({{"@id", experimentPath}, {"@type", QJsonArray{"Experiment", "Dataset", "Item"}},
                             {"accession", "ENCSR100AAA"}});
    }

    void cleanup() { m_portal.reset(); }

    void sendsJsonRequestsWithOurUserAgent()
    {
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().httpStatus, 200);
        QCOMPARE(result.value().body.value("accession").toString(), QStringLiteral("ENCSR100AAA"));
        QCOMPARE(m_portal->requestCount(), 1);
        const testsupport::RecordedRequest request = m_portal->requests().first();
        QCOMPARE(request.headers.value("user-agent"), QByteArray("encode-tracker/" ENCODE_TRACKER_VERSION));
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(request.query.queryItemValue("format"), QStringLiteral("json"));
    }

    void followsRedirects()
    {
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, "/experiments/ENCSR100AAA");
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().finalUrl.path(), experimentPath);
        QCOMPARE(m_portal->requestCount(), 2);
    }

    void finalErrorsAreTypedAndNotRetried_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::addColumn<int>("kind");
        QTest::newRow("404") << int(Misbehaviour::NotFound) << int(Failure::Kind::NotFound);
        QTest::newRow("403") << int(Misbehaviour::Forbidden) << int(Failure::Kind::NotPublic);
        QTest::newRow("not JSON") << int(Misbehaviour::NotJson) << int(Failure::Kind::UnexpectedResponse);
    }

    void finalErrorsAreTypedAndNotRetried()
    {
        QFETCH(int, misbehaviour);
        QFETCH(int, kind);
        m_portal->setMisbehaviour(experimentPath, Misbehaviour(misbehaviour));
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.failure().kind), kind);
        QVERIFY2(result.failure().message.contains(experimentPath), qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount(), 1);
    }

    void serverErrorsAreRetriedUntilSuccess()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::ServerError, 2);
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(m_portal->requestCount(), 3);
    }

    void persistentServerErrorsGiveUpAfterThreeRetries_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::newRow("503") << int(Misbehaviour::ServerError);
        QTest::newRow("502 from a proxy") << int(Misbehaviour::BadGateway);
    }

    void persistentServerErrorsGiveUpAfterThreeRetries()
    {
        QFETCH(int, misbehaviour);
        m_portal->setMisbehaviour(experimentPath, Misbehaviour(misbehaviour));
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::PortalError);
        QCOMPARE(m_portal->requestCount(), 4);
        // Exponential backoff: the gaps grow (10, 20, 40 ms at least; whole-millisecond timestamps
        // may show 39).
        const auto requests = m_portal->requests();
        QVERIFY(requests.at(3).receivedAtMs - requests.at(2).receivedAtMs >= 39);
    }

    void retryAfterIsHonoured()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::ServerErrorWithRetryAfter, 1);
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const auto requests = m_portal->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 950,
                 "the retry came before the one second Retry-After asked for");
    }

    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("HTTP date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }

    void retryAfterForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        const auto wait = app::parseRetryAfter(header, now);
        QCOMPARE(wait ? qint64(wait->count()) : qint64(-1), expectedMs);
    }

    void redirectsWaitForTheRateLimitToo()
    {
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.requestsPerSecond = 10;
        PortalClient client(settings);
        std::vector<QCoro::Task<models::Result<PortalResponse>>> tasks;
        for (int i = 0; i < 8; ++i)
            tasks.push_back(client.getJson("/experiments/ENCSR100AAA")); // each answered 301 first
        for (auto &task : tasks)
            QVERIFY(testsupport::awaitTask(task).ok());
        const auto requests = m_portal->requests();
        QVERIFY(requests.size() >= 16);
        for (qsizetype i = 0; i + 10 < requests.size(); ++i)
            QVERIFY2(requests.at(i + 10).receivedAtMs - requests.at(i).receivedAtMs >= 950,
                     qPrintable(QStringLiteral("hits %1 and %2 came within a second").arg(i).arg(i + 10)));
    }

    void cancellingQueuedRequestsIsQuick()
    {
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.requestsPerSecond = 10; // 60 requests would take 6 s
        PortalClient client(settings);
        std::vector<QCoro::Task<models::Result<PortalResponse>>> tasks;
        for (int i = 0; i < 60; ++i)
            tasks.push_back(client.getJson(experimentPath));
        QTimer::singleShot(300, &client, [&client] { client.cancelAll(); });
        QElapsedTimer timer;
        timer.start();
        int cancelled = 0;
        for (auto &task : tasks)
            cancelled += testsupport::awaitTask(task).ok() ? 0 : 1;
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(cancelled >= 50);
        QVERIFY(m_portal->requestCount() <= 10);
    }

    void cancellingDuringBackoffIsQuick()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::ServerError);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.firstBackoff = 10s;
        PortalClient client(settings);
        QTimer::singleShot(300, &client, [&client] { client.cancelAll(); });
        QElapsedTimer timer;
        timer.start();
        const auto result = get(client, experimentPath);
        QCOMPARE(result.failure().kind, Failure::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 3000);
    }

    void badRequestIsNotRetried()
    {
        PortalClient client(fastSettings(m_portal->baseUrl()));
        QUrlQuery query;
        query.addQueryItem("type", "Experiment");
        query.addQueryItem("limit", "1");
        query.addQueryItem("limit", "2"); // the Portal answers 400 to a repeated limit
        const auto result = testsupport::awaitTask(client.getJson("/search/", query, PortalClient::NotFound::HasBody));
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::PortalError);
        QVERIFY(result.failure().message.contains("400"));
        QCOMPARE(m_portal->requestCount(), 1);
    }

    void slowAnswerTimesOut()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Slow, -1, 3000);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.transferTimeout = 200ms;
        settings.maxRetries = 1;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::Timeout);
        QCOMPARE(m_portal->requestCount(), 2); // timeouts are retried like other network errors
    }

    void truncatedAnswerIsAFailure()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Truncated);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.maxRetries = 1;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QVERIFY2(result.failure().kind == Failure::Kind::Unreachable
                     || result.failure().kind == Failure::Kind::UnexpectedResponse,
                 qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount(), 2);
    }

    void unreachablePortal()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        PortalSettings settings = fastSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        settings.maxRetries = 1;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::Unreachable);
    }

    void searchWithNoHitsIsAnAnswer()
    {
        PortalClient client(fastSettings(m_portal->baseUrl()));
        QUrlQuery query;
        query.addQueryItem("type", "Experiment");
        query.addQueryItem("accession", "ENCSR999ZZZ");
        const auto result = testsupport::awaitTask(client.getJson("/search/", query, PortalClient::NotFound::HasBody));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.value().httpStatus, 404);
        QCOMPARE(result.value().body.value("total").toInt(-1), 0);
        QCOMPARE(result.value().body.value("@graph").toArray().size(), 0);
    }

    void neverMoreThanTenRequestsInASecond()
    {
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.requestsPerSecond = 10;
        settings.maxInFlight = 8;
        PortalClient client(settings);
        std::vector<QCoro::Task<models::Result<PortalResponse>>> tasks;
        for (int i = 0; i < 25; ++i)
            tasks.push_back(client.getJson(experimentPath));
        for (auto &task : tasks)
            QVERIFY(testsupport::awaitTask(task).ok());
        const auto requests = m_portal->requests();
        QCOMPARE(requests.size(), 25);
        // Request i and request i + 10 are a second apart (less a little for loopback jitter).
        for (qsizetype i = 0; i + 10 < requests.size(); ++i)
            QVERIFY2(requests.at(i + 10).receivedAtMs - requests.at(i).receivedAtMs >= 950,
                     qPrintable(QStringLiteral("requests %1 and %2 came within a second").arg(i).arg(i + 10)));
    }

    void boundsRequestsInFlight()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Slow, -1, 300);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.maxInFlight = 2;
        PortalClient client(settings);
        std::vector<QCoro::Task<models::Result<PortalResponse>>> tasks;
        for (int i = 0; i < 6; ++i)
            tasks.push_back(client.getJson(experimentPath));
        for (auto &task : tasks)
            QVERIFY(testsupport::awaitTask(task).ok());
        const auto requests = m_portal->requests();
        QCOMPARE(requests.size(), 6);
        // With two in flight, the third request waits for one of the first two 300 ms answers.
        QVERIFY(requests.at(2).receivedAtMs - requests.at(0).receivedAtMs >= 250);
        QVERIFY(requests.at(4).receivedAtMs - requests.at(0).receivedAtMs >= 500);
    }

    void cancelAllEndsRequestsInFlight()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Slow, -1, 5000);
        PortalClient client(fastSettings(m_portal->baseUrl()));
        QTimer::singleShot(100, &client, [&client] { client.cancelAll(); });
        QElapsedTimer timer;
        timer.start();
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 4000);
    }

    void portalUrlComesFromOptionThenEnvironment()
    {
        qputenv("ENCODE_PORTAL_URL", "http://127.0.0.1:1234");
        QCOMPARE(PortalSettings::fromEnvironment({}).baseUrl, QUrl("http://127.0.0.1:1234"));
        QCOMPARE(PortalSettings::fromEnvironment("http://localhost:9").baseUrl, QUrl("http://localhost:9"));
        qunsetenv("ENCODE_PORTAL_URL");
        QCOMPARE(PortalSettings::fromEnvironment({}).baseUrl, QUrl("https://www.encodeproject.org"));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portalclient.moc"
