// Tracking end to end inside the process: fake Portal on loopback -> mapping -> a real collection file.
// Batching and request counts, per-accession failures, redirects, idempotency and transactions.
#include "app/portal/PortalClient.h"
#include "tests/support/AwaitTask.h"
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/TestCollection.h"
#include "app/tracking/TrackingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QDeadlineTimer>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <optional>

using namespace encode;
using namespace std::chrono_literals;
using app::TrackingReport;
using app::TrackRequest;
using models::Failure;
using testsupport::FakePortal;
using testsupport::Misbehaviour;

namespace {

TrackRequest requestFor(const QStringList &accessions)
{
    TrackRequest request;
    request.accessions = accessions;
    return request;
}

QStringList failedAccessions(const TrackingReport &report)
{
    QStringList failed;
    for (const app::TrackOutcome &outcome : report.outcomes) {
        if (outcome.failure)
            failed.append(outcome.requested);
    }
    return failed;
}

QString failureOf(const TrackingReport &report, const QString &accession)
{
    for (const app::TrackOutcome &outcome : report.outcomes) {
        if (outcome.requested == accession && outcome.failure)
            return outcome.failure->message;
    }
    return {};
}

} // namespace

class TestTrackingService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<testsupport::TestCollection> m_collection;
    std::unique_ptr<app::PortalClient> m_client;
    std::unique_ptr<models::CollectionRepository> m_repository;
    std::unique_ptr<app::TrackingService> m_service;
    double m_now = 1000;

    TrackingReport track(const TrackRequest &request) { return testsupport::awaitTask(m_service->track(request)); }
    int rows(const QString &table, const QString &accession)
    {
        return m_collection
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE experiment_accession = ?").arg(table), {accession})
            .toInt();
    }
    int experiments() { return m_collection->scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(); }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        QVERIFY(m_portal->loadFixtures(testsupport::fixtureDirectory()) > 10);
        m_collection = std::make_unique<testsupport::TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
        app::PortalSettings settings;
        settings.baseUrl = m_portal->baseUrl();
        settings.requestsPerSecond = 1000;
        settings.firstBackoff = 10ms;
        settings.maxRetries = 1;
        m_client = std::make_unique<app::PortalClient>(settings);
        m_repository = std::make_unique<models::CollectionRepository>(m_collection->database()->connection());
        m_now = 1000;
        m_service = std::make_unique<app::TrackingService>(*m_client, *m_repository, [this] { return m_now; });
    }

    void cleanup()
    {
        m_service.reset();
        m_repository.reset();
        m_client.reset();
        m_collection.reset();
        m_portal.reset();
    }

    void tracksSeveralExperimentsWithOneSearchAndEachLinkOnce()
    {
        const TrackingReport report = track(requestFor({"ENCSR100AAA", "ENCSR200BBB", "ENCSR500EEE"}));
        QCOMPARE(failedAccessions(report), QStringList{});
        QCOMPARE(report.count(models::SaveAction::Tracked), 3);
        QCOMPARE(experiments(), 3);

        QCOMPARE(m_portal->requestCount("/search/"), 1);
        QCOMPARE(m_portal->requestCount("/experiments/"), 0);
        // ENCSR100AAA embeds its publications and metrics but needs its two pipelines' software;
        // ENCSR200BBB links two publications, three metrics and one pipeline.
        QCOMPARE(m_portal->requestCount("/pipelines/"), 3);
        QCOMPARE(m_portal->requestCount("/publications/"), 2);
        QCOMPARE(m_portal->requestCount(), 1 + 3 + 2 + 3);

        QCOMPARE(rows("publications", "ENCSR100AAA"), 2);
        QCOMPARE(rows("pipeline_info", "ENCSR100AAA"), 2);
        QCOMPARE(rows("quality_metrics", "ENCSR100AAA"), 4);
        QCOMPARE(rows("publications", "ENCSR200BBB"), 2);
        QCOMPARE(rows("pipeline_info", "ENCSR200BBB"), 2); // one per analysis
        QCOMPARE(rows("quality_metrics", "ENCSR200BBB"), 3);
        QCOMPARE(m_collection->scalar("SELECT COUNT(*) FROM quality_metrics WHERE metric_data NOT LIKE '{%'").toInt(), 0);
        QCOMPARE(m_collection->scalar("SELECT reference_id FROM external_references WHERE experiment_accession = "
                                      "'ENCSR200BBB' AND reference_type = 'geo_accession'").toString(),
                 QStringLiteral("GSE654321"));
        QVERIFY(m_collection->scalar("SELECT software_list FROM pipeline_info WHERE experiment_accession = 'ENCSR200BBB'")
                    .toString().contains("RSEM"));
    }

    void aBatchOf200CostsAHandfulOfRequests()
    {
        QStringList accessions;
        for (int i = 0; i < 200; ++i) {
            const QString accession = QStringLiteral("ENCSR%1XYZ").arg(i, 3, 10, QLatin1Char('0'));
            m_portal->addObject(testsupport::generatedExperiment(accession, i));
            accessions.append(accession);
        }
        const TrackingReport report = track(requestFor(accessions));
        QCOMPARE(report.failedCount(), 0);
        QCOMPARE(report.count(models::SaveAction::Tracked), 200);
        QCOMPARE(experiments(), 200);
        QCOMPARE(m_portal->requestCount("/search/"), 4); // batches of 50
        QSet<QString> paths;
        for (const testsupport::RecordedRequest &request : m_portal->requests()) {
            QVERIFY2(!paths.contains(request.path) || request.path == "/search/", qPrintable(request.path + " fetched twice"));
            paths.insert(request.path);
        }
        QVERIFY2(m_portal->requestCount() <= 4 + 3 + 1, qPrintable(QString::number(m_portal->requestCount())));
    }

    void eachBadAccessionFailsAloneWithItsReason()
    {
        const TrackingReport report =
            track(requestFor({"ENCSR100AAA", "ENCSR400DDD", "ENCSR600FFF", "ENCSR999ZZZ", "encsr500eee"}));
        QCOMPARE(failedAccessions(report), (QStringList{"ENCSR400DDD", "ENCSR600FFF", "ENCSR999ZZZ", "encsr500eee"}));
        QVERIFY2(failureOf(report, "ENCSR400DDD").contains("Annotation"), qPrintable(failureOf(report, "ENCSR400DDD")));
        QVERIFY(failureOf(report, "ENCSR400DDD").contains("not an Experiment"));
        QVERIFY2(failureOf(report, "ENCSR600FFF").contains("not public"), qPrintable(failureOf(report, "ENCSR600FFF")));
        QVERIFY2(failureOf(report, "ENCSR999ZZZ").contains("no experiment"), qPrintable(failureOf(report, "ENCSR999ZZZ")));
        QVERIFY(failureOf(report, "encsr500eee").contains("not an ENCODE experiment accession"));
        QCOMPARE(experiments(), 1);
        // The invalid one was never asked for.
        for (const testsupport::RecordedRequest &request : m_portal->requests())
            QVERIFY(!request.query.toString().contains("encsr500eee") && !request.path.contains("encsr500eee"));
    }

    void outcomesFollowTheOrderAskedEachOnce()
    {
        const TrackingReport report = track(requestFor({"ENCSR500EEE", "bad", "ENCSR100AAA", "ENCSR500EEE"}));
        QStringList order;
        for (const app::TrackOutcome &outcome : report.outcomes)
            order.append(outcome.requested);
        QCOMPARE(order, (QStringList{"ENCSR500EEE", "bad", "ENCSR100AAA"}));
    }

    void renamedAccessionIsStoredUnderTheNewOne()
    {
        const TrackingReport report = track(requestFor({"ENCSR299OLD"}));
        QCOMPARE(report.failedCount(), 0);
        QCOMPARE(report.outcomes.first().record.experiment.accession, QStringLiteral("ENCSR200BBB"));
        QCOMPARE(report.outcomes.first().redirectedFrom, QStringLiteral("ENCSR299OLD"));
        QCOMPARE(report.toJson().value("results").toArray().first().toObject().value("tracking").toObject()
                     .value("redirected_from").toString(),
                 QStringLiteral("ENCSR299OLD"));
        QCOMPARE(m_collection->scalar("SELECT accession FROM tracked_experiments").toString(), QStringLiteral("ENCSR200BBB"));
    }

    void oldAndNewAccessionInOneRunStoreOnce()
    {
        const TrackingReport report = track(requestFor({"ENCSR200BBB", "ENCSR299OLD"}));
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.count(models::SaveAction::Tracked), 1);
        QVERIFY(report.outcomes.first().warnings.join(' ').contains("ENCSR299OLD"));
        QCOMPARE(experiments(), 1);
    }

    void oldAccessionStillTrackedIsPointedOut()
    {
        models::ExperimentRecord old = testsupport::sampleRecord("ENCSR299OLD");
        QVERIFY(m_repository->save(old, {}).ok());
        const TrackingReport report = track(requestFor({"ENCSR299OLD"}));
        QCOMPARE(report.failedCount(), 0);
        QVERIFY(report.outcomes.first().warnings.join(' ').contains("former accession"));
        QCOMPARE(experiments(), 2); // nothing of the user's is removed behind their back
    }

    void retrackingIsIdempotentAndKeepsNotes()
    {
        TrackRequest first = requestFor({"ENCSR100AAA", "ENCSR200BBB"});
        first.notes = QStringLiteral("islet enhancers");
        QCOMPARE(track(first).count(models::SaveAction::Tracked), 2);
        m_now = 2000;
        const TrackingReport second = track(requestFor({"ENCSR100AAA", "ENCSR200BBB"}));
        QCOMPARE(second.count(models::SaveAction::Updated), 2);
        QCOMPARE(second.toJson().value("updated").toInt(), 2);
        QCOMPARE(rows("publications", "ENCSR100AAA"), 2);
        QCOMPARE(rows("quality_metrics", "ENCSR200BBB"), 3);
        QCOMPARE(rows("external_references", "ENCSR100AAA"),
                 m_collection->scalar("SELECT COUNT(*) FROM (SELECT DISTINCT reference_type, reference_id FROM "
                                      "external_references WHERE experiment_accession = 'ENCSR100AAA')").toInt());
        QCOMPARE(m_collection->scalar("SELECT notes FROM tracked_experiments WHERE accession = 'ENCSR100AAA'").toString(),
                 QStringLiteral("islet enhancers"));
        QCOMPARE(m_collection->scalar("SELECT tracked_at FROM tracked_experiments WHERE accession = 'ENCSR100AAA'").toDouble(), 1000.0);
        QCOMPARE(m_collection->scalar("SELECT updated_at FROM tracked_experiments WHERE accession = 'ENCSR100AAA'").toDouble(), 2000.0);
    }

    void batchNotesCanBeKeptForNewExperimentsOnly()
    {
        TrackRequest first = requestFor({"ENCSR100AAA"});
        first.notes = QStringLiteral("written by hand");
        track(first);
        TrackRequest batch = requestFor({"ENCSR100AAA", "ENCSR200BBB"});
        batch.notes = QStringLiteral("from the search view");
        batch.notesOnlyForNew = true;
        const TrackingReport report = track(batch);
        QCOMPARE(report.failedCount(), 0);
        const auto notesOf = [this](const char *accession) {
            return m_collection->scalar("SELECT notes FROM tracked_experiments WHERE accession = ?", {QString(accession)}).toString();
        };
        QCOMPARE(notesOf("ENCSR100AAA"), QStringLiteral("written by hand"));
        QCOMPARE(notesOf("ENCSR200BBB"), QStringLiteral("from the search view"));
    }

    void transientFailureOfALinkStoresNothingForThatExperiment()
    {
        m_portal->setMisbehaviour("/pipelines/ENCPL002BBB/", Misbehaviour::ServerError);
        const TrackingReport report = track(requestFor({"ENCSR100AAA", "ENCSR500EEE"}));
        QCOMPARE(failedAccessions(report), QStringList{"ENCSR100AAA"});
        QVERIFY2(failureOf(report, "ENCSR100AAA").contains("/pipelines/ENCPL002BBB/"), qPrintable(failureOf(report, "ENCSR100AAA")));
        QCOMPARE(m_collection->scalar("SELECT COUNT(*) FROM tracked_experiments WHERE accession = 'ENCSR100AAA'").toInt(), 0);
        QCOMPARE(rows("publications", "ENCSR100AAA"), 0);
        QCOMPARE(experiments(), 1);
    }

    void withdrawnLinkIsLeftOutWithAWarning()
    {
        m_portal->setMisbehaviour("/publications/e648e795-6f48-4ba2-b7e0-091d0303f308/", Misbehaviour::NotFound);
        const TrackingReport report = track(requestFor({"ENCSR200BBB"}));
        QCOMPARE(report.failedCount(), 0);
        QCOMPARE(report.outcomes.first().warnings.size(), 1);
        QVERIFY(report.outcomes.first().warnings.first().contains("e648e795"));
        QCOMPARE(rows("publications", "ENCSR200BBB"), 1);
    }

    void portalDownFailsTheBatchAndWritesNothing()
    {
        m_portal->setMisbehaviour("/search/", Misbehaviour::ServerError);
        const TrackingReport report = track(requestFor({"ENCSR100AAA", "ENCSR200BBB"}));
        QCOMPARE(report.failedCount(), 2);
        QVERIFY(failureOf(report, "ENCSR100AAA").contains("HTTP 503"));
        QCOMPARE(experiments(), 0);
        QCOMPARE(m_portal->requestCount("/experiments/"), 0);
    }

    void partsCanBeSwitchedOff()
    {
        TrackRequest request = requestFor({"ENCSR100AAA", "ENCSR200BBB"});
        request.parts.publications = false;
        request.parts.pipelines = false;
        const TrackingReport report = track(request);
        QCOMPARE(report.failedCount(), 0);
        QCOMPARE(m_portal->requestCount("/pipelines/"), 0);
        QCOMPARE(m_portal->requestCount("/publications/"), 0);
        QCOMPARE(rows("publications", "ENCSR100AAA"), 0);
        QCOMPARE(rows("pipeline_info", "ENCSR200BBB"), 0);
        QCOMPARE(rows("quality_metrics", "ENCSR200BBB"), 3); // metrics are always kept
    }

    void oversizedExperimentKeepsItsMetadataWithinTheLimit()
    {
        const TrackingReport report = track(requestFor({"ENCSR300CCC"}));
        QCOMPARE(report.failedCount(), 0);
        const QString raw = m_collection->scalar("SELECT raw_metadata FROM tracked_experiments").toString();
        QVERIFY(raw.toUtf8().size() <= 524288);
        const QJsonObject stored = QJsonDocument::fromJson(raw.toUtf8()).object();
        QCOMPARE(stored.value("accession").toString(), QStringLiteral("ENCSR300CCC"));
        QVERIFY(stored.value("_truncated").toArray().contains("files"));
    }

    void storageFailureOfOneExperimentKeepsTheOthers()
    {
        QSqlQuery query(m_collection->database()->connection());
        QVERIFY(query.exec("CREATE TRIGGER refuse_one BEFORE INSERT ON quality_metrics "
                           "WHEN NEW.experiment_accession = 'ENCSR200BBB' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        const TrackingReport report = track(requestFor({"ENCSR100AAA", "ENCSR200BBB", "ENCSR500EEE"}));
        QCOMPARE(failedAccessions(report), QStringList{"ENCSR200BBB"});
        QCOMPARE(experiments(), 2);
        QCOMPARE(rows("publications", "ENCSR200BBB"), 0);
    }

    // Issue 11: one slow accession held its whole batch; now what the search returned is stored while the
    // accession asked for alone is still unanswered, and that one ends at its request deadline.
    void foundExperimentsAreStoredWhileAFallbackIsUnanswered()
    {
        m_portal->setMisbehaviour("/experiments/ENCSR999ZZZ/", Misbehaviour::NeverAnswers);
        app::PortalSettings settings = m_client->settings();
        settings.transferTimeout = 1s;
        settings.requestDeadline = 2s;
        m_service.reset();
        m_client = std::make_unique<app::PortalClient>(settings);
        m_service = std::make_unique<app::TrackingService>(*m_client, *m_repository, [this] { return m_now; });
        QList<int> done;
        connect(m_service.get(), &app::TrackingService::progressed, this, [&done](int d, int) { done.append(d); });

        std::optional<TrackingReport> report;
        QCoro::connect(m_service->track(requestFor({"ENCSR100AAA", "ENCSR999ZZZ", "ENCSR500EEE"})), this,
                       [&report](const TrackingReport &r) { report = r; });
        const auto stored = [this] {
            return m_repository->isTracked("ENCSR100AAA").value_or(false) && m_repository->isTracked("ENCSR500EEE").value_or(false);
        };
        const QDeadlineTimer patience(30000);
        while (!report && !stored() && !patience.hasExpired())
            QTest::qWait(10);
        QVERIFY2(stored(), "the experiments found were never stored");
        QVERIFY2(!report, "the experiments found were stored only when the slow accession had ended");
        QCOMPARE(m_portal->requestCount("/experiments/ENCSR999ZZZ/"), 1); // asked, and not answered
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 4 * 2000);

        QStringList order;
        for (const app::TrackOutcome &outcome : report->outcomes)
            order.append(outcome.requested);
        QCOMPARE(order, (QStringList{"ENCSR100AAA", "ENCSR999ZZZ", "ENCSR500EEE"}));
        QCOMPARE(failedAccessions(*report), QStringList{"ENCSR999ZZZ"});
        QCOMPARE(report->outcomes.at(1).failure->kind, Failure::Kind::Timeout);
        QVERIFY2(failureOf(*report, "ENCSR999ZZZ").startsWith("ENCSR999ZZZ: the ENCODE Portal "),
                 qPrintable(failureOf(*report, "ENCSR999ZZZ")));
        QCOMPARE(done, (QList<int>{1, 2, 3}));
        QCOMPARE(experiments(), 2);
    }

    void aPortalThatDoesNotAnswerEndsTheRunAfterOneBatch()
    {
        QStringList accessions;
        for (int i = 0; i < 60; ++i)
            accessions.append(QStringLiteral("ENCSR%1XYZ").arg(i, 3, 10, QLatin1Char('0')));
        m_portal->setMisbehaviour("/search/", Misbehaviour::NeverAnswers);
        app::PortalSettings settings = m_client->settings();
        settings.transferTimeout = 300ms;
        settings.requestDeadline = 500ms;
        m_service.reset();
        m_client = std::make_unique<app::PortalClient>(settings);
        m_service = std::make_unique<app::TrackingService>(*m_client, *m_repository, [this] { return m_now; });
        const TrackingReport report = track(requestFor(accessions));
        QCOMPARE(report.failedCount(), 60);
        for (const testsupport::RecordedRequest &request : m_portal->requests()) // the second batch was not tried
            QVERIFY(!request.query.toString().contains("ENCSR050XYZ"));
        QVERIFY2(failureOf(report, "ENCSR000XYZ").contains("did not finish answering within 0.5 s"),
                 qPrintable(failureOf(report, "ENCSR000XYZ")));
        QVERIFY2(failureOf(report, "ENCSR059XYZ").contains("not tried, because the ENCODE Portal did not finish answering"),
                 qPrintable(failureOf(report, "ENCSR059XYZ")));
        QCOMPARE(report.outcomes.at(59).failure->kind, Failure::Kind::Timeout);
    }

    void fullDiskFailsTheExperimentAndSaysSo()
    {
        // SQLite reports SQLITE_FULL when the file may not grow, as on a full disk.
        QSqlQuery query(m_collection->database()->connection());
        QVERIFY(query.exec("PRAGMA page_count"));
        QVERIFY(query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        const TrackingReport report = track(requestFor({"ENCSR300CCC"})); // half a megabyte of metadata
        QCOMPARE(failedAccessions(report), QStringList{"ENCSR300CCC"});
        const QString message = failureOf(report, "ENCSR300CCC");
        QVERIFY2(message.startsWith("ENCSR300CCC: nothing of it was stored: ") && message.contains("the disk holding the collection is full"),
                 qPrintable(message));
        QCOMPARE(report.outcomes.first().failure->kind, Failure::Kind::Storage);
        QCOMPARE(experiments(), 0);
        QCOMPARE(rows("publications", "ENCSR300CCC"), 0);
    }

    void progressIsReported()
    {
        QList<int> done;
        connect(m_service.get(), &app::TrackingService::progressed, this, [&done](int d, int) { done.append(d); });
        track(requestFor({"ENCSR100AAA", "ENCSR500EEE"}));
        QCOMPARE(done, (QList<int>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestTrackingService)
#include "tst_trackingservice.moc"
