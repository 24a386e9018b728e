// The Portal client against a fake Portal on loopback: headers, redirects, typed errors, retries with
// backoff (429 too), timeouts and deadlines, complete messages, the rate limit, the in-flight bound,
// cancellation, and a caller that destroys the client when its last request ends.
#include "app/portal/PortalClient.h"
#include "tests/support/AwaitTask.h"
#include "tests/support/FakePortal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QScopeGuard>
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

    // Issue 11: what follows a command's last request destroys the client and its network manager. It
    // must not run inside the timed-out reply's signal, where Qt still uses both (SIGSEGV in `track`).
    void clientMayBeDestroyedByWhatAwaitedItsLastRequest()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::NeverAnswers);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.transferTimeout = 100ms;
        settings.maxRetries = 0;
        const auto lastRequest = [](std::unique_ptr<PortalClient> &owned, std::optional<Failure> &failure) -> QCoro::Task<> {
            const auto result = co_await owned->getJson(experimentPath);
            failure = result.ok() ? std::nullopt : std::optional<Failure>(result.failure());
            owned.reset(); // what the end of a command does
        };
        for (int i = 0; i < 10; ++i) {
            // Qt's transfer timeout, then the client's own attempt clock: both abort the reply.
            settings.transferTimeout = i % 2 == 0 ? 100ms : 5000ms;
            settings.attemptTimeout = i % 2 == 0 ? 5000ms : 100ms;
            auto client = std::make_unique<PortalClient>(settings);
            std::optional<Failure> failure;
            QCoro::waitFor(lastRequest(client, failure));
            QVERIFY(failure);
            QCOMPARE(failure->kind, Failure::Kind::Timeout);
            QVERIFY(!client);
            QTest::qWait(20); // deferred deletions of the replies run here
        }
    }

    void destroyingTheClientEndsWhatIsStillRunning_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::addColumn<int>("waitMs"); // before the client goes
        QTest::newRow("on a reply") << int(Misbehaviour::NeverAnswers) << 100;
        QTest::newRow("in a backoff") << int(Misbehaviour::ServerError) << 300;
        QTest::newRow("queued behind others") << int(Misbehaviour::NeverAnswers) << 0;
    }

    void destroyingTheClientEndsWhatIsStillRunning()
    {
        // A window that closes with a search in flight: every awaiting coroutine must finish (as
        // Cancelled), or its frame, and its caller's, stay suspended for ever (LeakSanitizer saw it).
        QFETCH(int, misbehaviour);
        QFETCH(int, waitMs);
        m_portal->setMisbehaviour(experimentPath, Misbehaviour(misbehaviour));
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.maxInFlight = 1;
        settings.firstBackoff = 2000ms;
        auto client = std::make_unique<PortalClient>(settings);
        int finished = 0;
        QList<Failure::Kind> kinds;
        const auto request = [&](PortalClient &owner) -> QCoro::Task<> {
            const auto result = co_await owner.getJson(experimentPath);
            kinds.append(result.ok() ? Failure::Kind::Storage : result.failure().kind);
            ++finished;
        };
        auto first = request(*client);
        auto second = request(*client); // waits for the only place in flight
        QTest::qWait(waitMs);
        client.reset();
        QCOMPARE(finished, 2);
        QCOMPARE(kinds, (QList<Failure::Kind>{Failure::Kind::Cancelled, Failure::Kind::Cancelled}));
    }

    void anAnswerLargerThanAnyIsNotRead()
    {
        // An endless or absurd body must not fill the memory: the answer is cut off at the limit.
        m_portal->addObjectAt("/huge/", QJsonObject{{"@id", "/huge/"}, {"padding", QString(3 * 1024 * 1024, 'x')}});
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.maxResponseBytes = 1024 * 1024;
        PortalClient client(settings);
        const auto result = get(client, "/huge/");
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::UnexpectedResponse);
        QVERIFY2(result.failure().message.contains("larger than 1 MiB"), qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount("/huge/"), 1); // not tried again
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::TooManyRequests, 1);
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const auto requests = m_portal->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 950,
                 "the retry came before the one second Retry-After asked for");
    }

    void persistentTooManyRequestsSaysSoWithTheTries()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::TooManyRequests);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.longestBackoff = 50ms; // caps the server's Retry-After: 1
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::PortalError);
        QVERIFY2(result.failure().message.contains("the ENCODE Portal is limiting requests (HTTP 429)"),
                 qPrintable(result.failure().message));
        QVERIFY2(result.failure().message.contains("gave up after 4 tries"), qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount(), 4);
        const auto requests = m_portal->requests();
        QVERIFY(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 49);
    }

    // Qt's transfer timeout restarts with every byte; the attempt's own clock does not.
    void drippingAnswerEndsAtTheAttemptTimeout()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Drips, -1, 50);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.transferTimeout = 1000ms;
        settings.attemptTimeout = 300ms;
        settings.maxRetries = 1;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::Timeout);
        QVERIFY2(result.failure().message.contains("the ENCODE Portal did not finish answering within 0.3 s ("
                                                   + m_portal->baseUrl().toString() + experimentPath + ")"),
                 qPrintable(result.failure().message));
        QVERIFY(result.failure().message.contains("gave up after 2 tries"));
        QCOMPARE(m_portal->requestCount(), 2);
    }

    void requestDeadlineBoundsAttemptsAndBackoffs()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::NeverAnswers);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.transferTimeout = 5000ms;
        settings.attemptTimeout = 5000ms;
        settings.requestDeadline = 800ms;
        settings.maxRetries = 3;
        PortalClient client(settings);
        QElapsedTimer timer;
        timer.start();
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::Timeout);
        QVERIFY2(result.failure().message.contains("the ENCODE Portal did not finish answering within 0.8 s"),
                 qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount(), 1);
        QVERIFY2(timer.elapsed() < 4 * 800, qPrintable(QString::number(timer.elapsed()))); // it ends
    }

    // A request waiting for a place in flight spends its own deadline: it gives up when that passes.
    void aQueuedTurnGivesUpAtItsDeadline()
    {
        app::InFlightLimit limit(1);
        const auto take = [](app::InFlightLimit &l, QDeadlineTimer deadline, std::optional<bool> &granted) -> QCoro::Task<> {
            granted = co_await l.acquire(deadline);
        };
        std::optional<bool> first;
        std::optional<bool> second;
        std::optional<bool> third;
        auto holding = take(limit, QDeadlineTimer(QDeadlineTimer::Forever), first);
        QCOMPARE(first, std::optional<bool>(true));
        auto expiring = take(limit, QDeadlineTimer(100), second);
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 5000);
        QCOMPARE(*second, false);
        auto waiting = take(limit, QDeadlineTimer(QDeadlineTimer::Forever), third);
        QTest::qWait(50);
        QVERIFY(!third);
        limit.release(); // the place goes to the waiter still there, not to the one that gave up
        QTRY_VERIFY_WITH_TIMEOUT(third.has_value(), 5000);
        QCOMPARE(*third, true);
    }

    void undecompressableAnswerIsExplainedAndNotRetried()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::BadGzip);
        PortalClient client(fastSettings(m_portal->baseUrl()));
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QCOMPARE(result.failure().kind, Failure::Kind::UnexpectedResponse);
        QVERIFY2(result.failure().message.contains("the ENCODE Portal's answer could not be decompressed"),
                 qPrintable(result.failure().message));
        QCOMPARE(m_portal->requestCount(), 1);
    }

    void brokenOffAnswerSaysHowMuchCame()
    {
        m_portal->setMisbehaviour(experimentPath, Misbehaviour::Truncated);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.maxRetries = 1;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        QVERIFY2(result.failure().message.contains("the answer from the ENCODE Portal broke off after ")
                     && result.failure().message.contains(" of 10000 bytes"),
                 qPrintable(result.failure().message));
        QVERIFY(result.failure().message.contains("gave up after 2 tries"));
    }

    void everyFailureHasACompleteMessage_data()
    {
        QTest::addColumn<int>("misbehaviour");
        QTest::newRow("404") << int(Misbehaviour::NotFound);
        QTest::newRow("403") << int(Misbehaviour::Forbidden);
        QTest::newRow("503") << int(Misbehaviour::ServerError);
        QTest::newRow("502 from a proxy") << int(Misbehaviour::BadGateway);
        QTest::newRow("429") << int(Misbehaviour::TooManyRequests);
        QTest::newRow("broken off") << int(Misbehaviour::Truncated);
        QTest::newRow("not JSON") << int(Misbehaviour::NotJson);
        QTest::newRow("bad gzip") << int(Misbehaviour::BadGzip);
        QTest::newRow("never answers") << int(Misbehaviour::NeverAnswers);
        QTest::newRow("drips") << int(Misbehaviour::Drips);
    }

    void everyFailureHasACompleteMessage()
    {
        QFETCH(int, misbehaviour);
        m_portal->setMisbehaviour(experimentPath, Misbehaviour(misbehaviour), -1, 100);
        PortalSettings settings = fastSettings(m_portal->baseUrl());
        settings.longestBackoff = 20ms;
        settings.transferTimeout = 300ms;
        settings.attemptTimeout = 500ms;
        settings.requestDeadline = 2000ms;
        PortalClient client(settings);
        const auto result = get(client, experimentPath);
        QVERIFY(!result.ok());
        const QString message = result.failure().message;
        QVERIFY2(message.contains(m_portal->baseUrl().toString() + experimentPath), qPrintable(message));
        QVERIFY2(!message.contains("Unknown error", Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.trimmed().endsWith(':') && !message.contains(": ;") && !message.contains("()"), qPrintable(message));
    }

    void timingsComeFromTheEnvironment()
    {
        // Whatever happens below, later tests get the environment they started with.
        const auto restore = qScopeGuard([] {
            qunsetenv("ENCODE_PORTAL_TIMEOUT");
            qunsetenv("ENCODE_PORTAL_DEADLINE");
        });
        qputenv("ENCODE_PORTAL_TIMEOUT", "0.5");
        PortalSettings settings = PortalSettings::fromEnvironment({});
        QCOMPARE(settings.attemptTimeout, 500ms);
        QCOMPARE(settings.transferTimeout, 500ms);
        QCOMPARE(settings.requestDeadline, 120000ms);
        qputenv("ENCODE_PORTAL_TIMEOUT", "100");
        settings = PortalSettings::fromEnvironment({});
        QCOMPARE(settings.attemptTimeout, 100000ms);
        QCOMPARE(settings.transferTimeout, 30000ms); // a silent server is still found out after 30 s
        QCOMPARE(settings.requestDeadline, 200000ms);
        qputenv("ENCODE_PORTAL_DEADLINE", "7");
        QCOMPARE(PortalSettings::fromEnvironment({}).requestDeadline, 7000ms);
        QVERIFY(!PortalSettings::checkEnvironment());
        qputenv("ENCODE_PORTAL_DEADLINE", "-1");
        QCOMPARE(PortalSettings::fromEnvironment({}).requestDeadline, 200000ms); // ignored
        const models::Status invalid = PortalSettings::checkEnvironment();
        QVERIFY(invalid);
        QCOMPARE(invalid->kind, Failure::Kind::InvalidInput);
        QVERIFY2(invalid->message.contains("ENCODE_PORTAL_DEADLINE must be a number of seconds"), qPrintable(invalid->message));
        qunsetenv("ENCODE_PORTAL_TIMEOUT");
        qunsetenv("ENCODE_PORTAL_DEADLINE");
        QCOMPARE(PortalSettings::fromEnvironment({}).attemptTimeout, 60000ms);
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
