#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace encode::testsupport;

namespace {

struct Fetched {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
    QByteArray retryAfter;
    QUrl finalUrl;
    bool timedOut = false;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Fetched collect(QNetworkReply *reply)
{
    Fetched fetched;
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.error = reply->error();
    fetched.body = reply->readAll();
    fetched.contentType = reply->rawHeader("Content-Type");
    fetched.location = reply->rawHeader("Location");
    fetched.retryAfter = reply->rawHeader("Retry-After");
    fetched.finalUrl = reply->url();
    return fetched;
}

} // namespace

class TestFakePortal final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void servesObjectAtItsId();
    void answersHeadWithoutBody();
    void unknownPathIsNotFoundWithPortalBody();
    void missingTrailingSlashRedirectsKeepingQuery();
    void alternateAccessionRedirectsToNewObject();
    void accessionInWrongCollectionRedirectsToId();
    void unreleasedObjectIsForbiddenAndHiddenFromSearch();
    void searchWithTwoAccessionsReturnsBoth();
    void zeroHitSearchIs404WithEnvelope();
    void reportHonoursFromButSearchIgnoresIt();
    void fieldProjectionKeepsOnlyRequestedPaths();
    void defaultSearchFrameHoldsColumnsAndAudit();
    void filtersCombineOrWithinAndAcrossKeys();
    void facetsCountWithoutTheirOwnFilter();
    void misbehaviourNotFound();
    void misbehaviourForbidden();
    void misbehaviourServerErrorTwiceThenNormal();
    void misbehaviourServerErrorWithRetryAfter();
    void misbehaviourSlowDoesNotBlockOtherRequests();
    void misbehaviourTruncatedGivesShortBodyOrError();
    void misbehaviourNotJson();
    void misbehaviourBadGateway();
    void misbehaviourNeverAnswersStaysSilent();
    void misbehaviourDripsDefeatsATransferTimeout();
    void misbehaviourTooManyRequests();
    void misbehaviourBadGzipFailsToDecompress();
    void countsEveryRequestWithHeaders();
    void parsesSplitAndPipelinedRequestsOnOneConnection();
    void strictContentNegotiationServesHtmlWithoutJsonAccept();
    void loadFixturesFailsForMissingOrEmptyDirectory();
    void largeFixtureIsAboveRawMetadataLimit();
    void generatedExperimentsLinkExistingFixtures();

private:
    Fetched get(const QString &pathAndQuery, bool followRedirects = true);
    QNetworkReply *startGet(const QString &pathAndQuery);
    QNetworkRequest request(const QString &pathAndQuery) const;

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_fixtureCount = 0;
};

void TestFakePortal::initTestCase()
{
    m_portal = std::make_unique<FakePortal>();
    QVERIFY(m_portal->start());
    m_fixtureCount = m_portal->loadFixtures(fixtureDirectory());
    QCOMPARE(m_fixtureCount, 18);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(
        QNetworkProxy::NoProxy); // a proxy from the environment must not see 127.0.0.1 traffic
}

void TestFakePortal::cleanupTestCase()
{
    m_network.reset(); // close client connections before the server goes away
    m_portal.reset();
}

void TestFakePortal::init()
{
    m_portal->clearRequests();
}

QNetworkRequest TestFakePortal::request(const QString &pathAndQuery) const
{
    QNetworkRequest request(m_portal->baseUrl().resolved(QUrl(pathAndQuery)));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(10000);
    return request;
}

QNetworkReply *TestFakePortal::startGet(const QString &pathAndQuery)
{
    return m_network->get(request(pathAndQuery));
}

Fetched TestFakePortal::get(const QString &pathAndQuery, bool followRedirects)
{
    QNetworkRequest req = request(pathAndQuery);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, followRedirects
                                                                   ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                   : QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_network->get(req));
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(15000);
    loop.exec();
    Fetched fetched = collect(reply.get());
    fetched.timedOut = !reply->isFinished();
    return fetched;
}

void TestFakePortal::servesObjectAtItsId()
{
    const Fetched fetched = get(QStringLiteral("/experiments/ENCSR100AAA/?format=json"));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.contentType, QByteArray("application/json"));
    const QJsonObject experiment = fetched.json();
    QCOMPARE(experiment.value(QLatin1String("accession")).toString(), QStringLiteral("ENCSR100AAA"));
    QCOMPARE(experiment.value(QLatin1String("target")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("CTCF-human"));
}

void TestFakePortal::answersHeadWithoutBody()
{
    std::unique_ptr<QNetworkReply> reply(
        m_network->head(request(QStringLiteral("/experiments/ENCSR500EEE/"))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().isEmpty());
    QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > 0);
}

void TestFakePortal::unknownPathIsNotFoundWithPortalBody()
{
    const Fetched fetched = get(QStringLiteral("/experiments/ENCSR999ZZZ/"));
    QCOMPARE(fetched.status, 404);
    QCOMPARE(fetched.error, QNetworkReply::ContentNotFoundError);
    const QJsonObject body = fetched.json();
    QCOMPARE(body.value(QLatin1String("@type")).toArray().first().toString(), QStringLiteral("HTTPNotFound"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(body.value(QLatin1String("code")).toInt(), 404);
    QCOMPARE(body.value(QLatin1String("title")).toString(), QStringLiteral("Not Found"));
    QCOMPARE(body.value(QLatin1String("description")).toString(),
             QStringLiteral("The resource could not be found."));
}

void TestFakePortal::missingTrailingSlashRedirectsKeepingQuery()
{
    const Fetched redirect = get(QStringLiteral("/experiments/ENCSR100AAA?format=json"), false);
    QCOMPARE(redirect.status, 301);
    QVERIFY2(redirect.location.endsWith("/experiments/ENCSR100AAA/?format=json"),
             redirect.location.constData());

    const Fetched followed = get(QStringLiteral("/experiments/ENCSR100AAA?format=json"));
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.finalUrl.path(), QStringLiteral("/experiments/ENCSR100AAA/"));
    QCOMPARE(followed.finalUrl.query(), QStringLiteral("format=json"));
}

void TestFakePortal::alternateAccessionRedirectsToNewObject()
{
    const Fetched redirect = get(QStringLiteral("/experiments/ENCSR299OLD/"), false);
    QCOMPARE(redirect.status, 301);
    QVERIFY(redirect.location.endsWith("/experiments/ENCSR200BBB/"));

    const Fetched followed = get(QStringLiteral("/experiments/ENCSR299OLD/?format=json"));
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.json().value(QLatin1String("accession")).toString(), QStringLiteral("ENCSR200BBB"));
    // Without the slash it still takes one hop, straight to the new object.
    QCOMPARE(get(QStringLiteral("/experiments/ENCSR299OLD"), false).location, redirect.location);
}

void TestFakePortal::accessionInWrongCollectionRedirectsToId()
{
    const Fetched fetched = get(QStringLiteral("/experiments/ENCSR400DDD/"));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.finalUrl.path(), QStringLiteral("/annotations/ENCSR400DDD/"));
    QVERIFY(fetched.json().value(QLatin1String("@type")).toArray().contains(QStringLiteral("Annotation")));
}

void TestFakePortal::unreleasedObjectIsForbiddenAndHiddenFromSearch()
{
    const Fetched fetched = get(QStringLiteral("/experiments/ENCSR600FFF/"));
    QCOMPARE(fetched.status, 403);
    QCOMPARE(fetched.json().value(QLatin1String("@type")).toArray().first().toString(),
             QStringLiteral("HTTPForbidden"));
    QCOMPARE(fetched.json().value(QLatin1String("description")).toString(),
             QStringLiteral("Access was denied to this resource."));

    const Fetched search = get(QStringLiteral("/search/?type=Experiment&accession=ENCSR600FFF"));
    QCOMPARE(search.status, 404);
    QCOMPARE(search.json().value(QLatin1String("total")).toInt(), 0);
}

void TestFakePortal::searchWithTwoAccessionsReturnsBoth()
{
    const Fetched fetched = get(QStringLiteral(
        "/search/?type=Experiment&accession=ENCSR100AAA&accession=ENCSR200BBB&frame=object&format=json"));
    QCOMPARE(fetched.status, 200);
    const QJsonObject body = fetched.json();
    QCOMPARE(body.value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(body.value(QLatin1String("notification")).toString(), QStringLiteral("Success"));
    QCOMPARE(body.value(QLatin1String("@type")).toArray(), QJsonArray{QStringLiteral("Search")});
    QCOMPARE(
        body.value(QLatin1String("@id")).toString(),
        QStringLiteral("/search/?type=Experiment&accession=ENCSR100AAA&accession=ENCSR200BBB&frame=object"
                       "&format=json"));
    QCOMPARE(body.value(QLatin1String("clear_filters")).toString(),
             QStringLiteral("/search/?type=Experiment"));
    QStringList accessions;
    for (const auto &item : body.value(QLatin1String("@graph")).toArray()) {
        accessions.append(item.toObject().value(QLatin1String("accession")).toString());
        QVERIFY(item.toObject().contains(QLatin1String("audit")));
    }
    accessions.sort();
    QCOMPARE(accessions, (QStringList{QStringLiteral("ENCSR100AAA"), QStringLiteral("ENCSR200BBB")}));
    QVERIFY(!body.contains(QLatin1String("all")));
    const QJsonArray filters = body.value(QLatin1String("filters")).toArray();
    QCOMPARE(filters.size(), 3);
    QCOMPARE(filters.last().toObject().value(QLatin1String("field")).toString(), QStringLiteral("type"));
    QCOMPARE(filters.first().toObject().value(QLatin1String("remove")).toString(),
             QStringLiteral("/search/?type=Experiment&accession=ENCSR200BBB&frame=object&format=json"));
}

void TestFakePortal::zeroHitSearchIs404WithEnvelope()
{
    const Fetched fetched = get(QStringLiteral("/search/?type=Experiment&accession=ENCSR999ZZZ"));
    QCOMPARE(fetched.status, 404);
    const QJsonObject body = fetched.json();
    QCOMPARE(body.value(QLatin1String("total")).toInt(), 0);
    QVERIFY(body.value(QLatin1String("@graph")).isArray());
    QVERIFY(body.value(QLatin1String("@graph")).toArray().isEmpty());
    QCOMPARE(body.value(QLatin1String("notification")).toString(), QStringLiteral("No results found"));
    QCOMPARE(body.value(QLatin1String("@type")).toArray(), QJsonArray{QStringLiteral("Search")});
}

void TestFakePortal::reportHonoursFromButSearchIgnoresIt()
{
    // Visible experiments sorted by accession: ENCSR100AAA, ENCSR200BBB, ENCSR300CCC, ENCSR500EEE.
    const Fetched report =
        get(QStringLiteral("/report/?type=Experiment&sort=accession&from=1&limit=2&field=accession"));
    QCOMPARE(report.status, 200);
    QJsonObject body = report.json();
    QCOMPARE(body.value(QLatin1String("total")).toInt(), 4);
    QJsonArray graph = body.value(QLatin1String("@graph")).toArray();
    QCOMPARE(graph.size(), 2);
    QCOMPARE(graph.at(0).toObject().value(QLatin1String("accession")).toString(),
             QStringLiteral("ENCSR200BBB"));
    QCOMPARE(graph.at(1).toObject().value(QLatin1String("accession")).toString(),
             QStringLiteral("ENCSR300CCC"));
    QCOMPARE(body.value(QLatin1String("@type")).toArray(), QJsonArray{QStringLiteral("Report")});

    const Fetched search =
        get(QStringLiteral("/search/?type=Experiment&sort=accession&from=1&limit=2&field=accession"));
    body = search.json();
    graph = body.value(QLatin1String("@graph")).toArray();
    QCOMPARE(graph.size(), 2);
    QCOMPARE(graph.at(0).toObject().value(QLatin1String("accession")).toString(),
             QStringLiteral("ENCSR100AAA"));
    QCOMPARE(body.value(QLatin1String("all")).toString(),
             QStringLiteral("/search/?type=Experiment&sort=accession&from=1&field=accession&limit=all"));

    const Fetched descending =
        get(QStringLiteral("/search/?type=Experiment&sort=-accession&limit=1&field=accession"));
    QCOMPARE(descending.json()
                 .value(QLatin1String("@graph"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("accession"))
                 .toString(),
             QStringLiteral("ENCSR500EEE"));

    QCOMPARE(get(QStringLiteral("/report/?type=Experiment&type=Annotation")).status, 400);
    QCOMPARE(get(QStringLiteral("/search/?type=Experiment&limit=1&limit=2")).status, 400);
}

void TestFakePortal::fieldProjectionKeepsOnlyRequestedPaths()
{
    const Fetched fetched =
        get(QStringLiteral("/search/?type=Experiment&accession=ENCSR100AAA&field=target.label"
                           "&field=replicates.library.biosample.life_stage&field=assembly"));
    QCOMPARE(fetched.status, 200);
    const QJsonObject item = fetched.json().value(QLatin1String("@graph")).toArray().first().toObject();
    QStringList keys = item.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("@id"), QStringLiteral("@type"), QStringLiteral("assembly"),
                                QStringLiteral("replicates"), QStringLiteral("target")}));
    QCOMPARE(item.value(QLatin1String("target")).toObject(),
             (QJsonObject{{QStringLiteral("label"), QStringLiteral("CTCF")}}));
    QCOMPARE(item.value(QLatin1String("assembly")).toArray(),
             (QJsonArray{QStringLiteral("GRCh38"), QStringLiteral("hg19")}));
    const QJsonArray replicates = item.value(QLatin1String("replicates")).toArray();
    QCOMPARE(replicates.size(), 3);
    const QJsonObject expected{
        {QStringLiteral("library"),
         QJsonObject{{QStringLiteral("biosample"),
                      QJsonObject{{QStringLiteral("life_stage"), QStringLiteral("adult")}}}}}};
    QCOMPARE(replicates.at(1).toObject(), expected);
}

void TestFakePortal::defaultSearchFrameHoldsColumnsAndAudit()
{
    const QJsonObject item = get(QStringLiteral("/search/?type=Experiment&accession=ENCSR100AAA"))
                                 .json()
                                 .value(QLatin1String("@graph"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY(item.contains(QLatin1String("audit")));
    QVERIFY(item.contains(QLatin1String("assay_title")));
    QVERIFY(!item.contains(QLatin1String("date_released"))); // not a search column on the Portal either
    QVERIFY(!item.contains(QLatin1String("assembly")));
}

void TestFakePortal::filtersCombineOrWithinAndAcrossKeys()
{
    const auto total = [this](const QString &query) {
        return get(QStringLiteral("/search/?type=Experiment&") + query)
            .json()
            .value(QLatin1String("total"))
            .toInt();
    };
    QCOMPARE(
        total(QStringLiteral("replicates.library.biosample.donor.organism.scientific_name=Mus+musculus")), 1);
    QCOMPARE(total(QStringLiteral("assay_title=TF+ChIP-seq&assay_title=total%20RNA-seq")), 2);
    QCOMPARE(total(QStringLiteral("assay_title=TF+ChIP-seq&assembly=mm10")), 0);
    QCOMPARE(total(QStringLiteral("assembly=hg19")), 1); // array field: any element matches
    QCOMPARE(total(QStringLiteral("biosample_ontology.organ_slims=liver&status=released")), 2);
    QCOMPARE(total(QStringLiteral("target.label!=CTCF")), 3);
    QCOMPARE(total(QStringLiteral("target=*")), 2);
    QCOMPARE(total(QStringLiteral("date_released=gte:2015-01-01&date_released=lte:2020-12-31")), 1);
    QCOMPARE(total(QStringLiteral("audit.ERROR.category=*")), 1);
    QCOMPARE(get(QStringLiteral("/search/?type=Publication&limit=all"))
                 .json()
                 .value(QLatin1String("total"))
                 .toInt(),
             4);
}

void TestFakePortal::facetsCountWithoutTheirOwnFilter()
{
    const QJsonObject body =
        get(QStringLiteral("/search/?type=Experiment&assay_title=TF+ChIP-seq&limit=0")).json();
    QCOMPARE(body.value(QLatin1String("total")).toInt(), 1);
    QVERIFY(body.value(QLatin1String("@graph")).toArray().isEmpty());
    QJsonObject assayFacet;
    for (const auto &facet : body.value(QLatin1String("facets")).toArray()) {
        if (facet.toObject().value(QLatin1String("field")).toString() == u"assay_title") {
            assayFacet = facet.toObject();
        }
    }
    QVERIFY(!assayFacet.isEmpty());
    // The assay facet ignores the assay filter, so every visible experiment's assay is counted.
    QCOMPARE(assayFacet.value(QLatin1String("total")).toInt(), 4);
    QCOMPARE(assayFacet.value(QLatin1String("terms")).toArray().size(), 4);
}

void TestFakePortal::misbehaviourNotFound()
{
    const QString path = QStringLiteral("/experiments/ENCSR500EEE/");
    m_portal->setMisbehaviour(path, Misbehaviour::NotFound, 1);
    QCOMPARE(get(path).status, 404);
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::misbehaviourForbidden()
{
    const QString path = QStringLiteral("/experiments/ENCSR500EEE/");
    m_portal->setMisbehaviour(path, Misbehaviour::Forbidden);
    const Fetched fetched = get(path);
    QCOMPARE(fetched.status, 403);
    QCOMPARE(fetched.json().value(QLatin1String("title")).toString(), QStringLiteral("Forbidden"));
    QCOMPARE(get(path).status, 403); // -1: for ever
    m_portal->setMisbehaviour(path, Misbehaviour::None);
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::misbehaviourServerErrorTwiceThenNormal()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::ServerError, 2);
    const Fetched first = get(path);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.json().value(QLatin1String("code")).toInt(), 503);
    QVERIFY(first.retryAfter.isEmpty());
    QCOMPARE(get(path).status, 503);
    QCOMPARE(get(path).status, 200);
    QCOMPARE(m_portal->requestCount(path), 3);
}

void TestFakePortal::misbehaviourServerErrorWithRetryAfter()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::ServerErrorWithRetryAfter, 1);
    const Fetched fetched = get(path);
    QCOMPARE(fetched.status, 503);
    QCOMPARE(fetched.retryAfter, QByteArray("1"));
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::misbehaviourSlowDoesNotBlockOtherRequests()
{
    const QString slowPath = QStringLiteral("/experiments/ENCSR200BBB/");
    m_portal->setMisbehaviour(slowPath, Misbehaviour::Slow, 1, 400);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> slow(startGet(slowPath));
    QSignalSpy received(m_portal.get(), &FakePortal::requestReceived);
    QVERIFY(received.wait(5000)); // the slow request has reached the server before the fast one starts
    std::unique_ptr<QNetworkReply> fast(startGet(QStringLiteral("/experiments/ENCSR500EEE/")));
    QStringList finishedOrder;
    connect(slow.get(), &QNetworkReply::finished, this,
            [&] { finishedOrder.append(QStringLiteral("slow")); });
    connect(fast.get(), &QNetworkReply::finished, this,
            [&] { finishedOrder.append(QStringLiteral("fast")); });
    QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 2, 10000);
    QCOMPARE(finishedOrder, (QStringList{QStringLiteral("fast"), QStringLiteral("slow")}));
    QVERIFY(clock.elapsed() >= 400);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestFakePortal::misbehaviourTruncatedGivesShortBodyOrError()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::Truncated, 1);
    const Fetched fetched = get(path);
    QVERIFY(!fetched.timedOut);
    QVERIFY2(fetched.error != QNetworkReply::NoError || fetched.body.size() < 10000,
             qPrintable(QStringLiteral("error %1, %2 bytes").arg(fetched.error).arg(fetched.body.size())));
    QCOMPARE(QJsonDocument::fromJson(fetched.body).isNull(), true);
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::misbehaviourNotJson()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::NotJson, 1);
    const Fetched fetched = get(path);
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.contentType.startsWith("text/html"));
    QVERIFY(QJsonDocument::fromJson(fetched.body).isNull());
}

void TestFakePortal::misbehaviourBadGateway()
{
    const QString path = QStringLiteral("/search/");
    m_portal->setMisbehaviour(path, Misbehaviour::BadGateway, 1);
    const Fetched fetched = get(QStringLiteral("/search/?type=Experiment"));
    QCOMPARE(fetched.status, 502);
    QVERIFY(fetched.contentType.startsWith("text/html"));
    QCOMPARE(get(QStringLiteral("/search/?type=Experiment")).status, 200);
}

void TestFakePortal::misbehaviourNeverAnswersStaysSilent()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::NeverAnswers, 1);
    QSignalSpy received(m_portal.get(), &FakePortal::requestReceived);
    std::unique_ptr<QNetworkReply> silent(startGet(path));
    QVERIFY(received.wait(5000));
    QTest::qWait(300);
    QVERIFY(!silent->isFinished());
    QCOMPARE(silent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0); // not even a head
    QCOMPARE(get(QStringLiteral("/experiments/ENCSR500EEE/")).status, 200); // other connections are served
    silent->abort();
    QCOMPARE(get(path).status, 200); // once only
}

void TestFakePortal::misbehaviourDripsDefeatsATransferTimeout()
{
    const QString path = QStringLiteral("/drip/");
    m_portal->addObjectAt(path, QJsonObject{{QStringLiteral("@id"), path}, {QStringLiteral("n"), 42}});
    m_portal->setMisbehaviour(path, Misbehaviour::Drips, 1, 30);
    QNetworkRequest dripping = request(path);
    dripping.setTransferTimeout(200); // restarts with every byte, so a byte each 30 ms never trips it
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_network->get(dripping));
    QSignalSpy head(reply.get(), &QNetworkReply::metaDataChanged);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(head.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("n")).toInt(), 42);
    QVERIFY2(clock.elapsed() >= 30 * (body.size() - 1), qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() > 200); // longer than the transfer timeout, and still no timeout
}

void TestFakePortal::misbehaviourTooManyRequests()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::TooManyRequests, 1);
    const Fetched fetched = get(path);
    QCOMPARE(fetched.status, 429);
    QCOMPARE(fetched.retryAfter, QByteArray("1"));
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::misbehaviourBadGzipFailsToDecompress()
{
    const QString path = QStringLiteral("/experiments/ENCSR100AAA/");
    m_portal->setMisbehaviour(path, Misbehaviour::BadGzip, 1);
    const Fetched fetched = get(path);
    QVERIFY(!fetched.timedOut);
    // Qt tries to gunzip what the header promised and fails with a generic content error (Qt 6.4: "Decompression
    // failed: ..."); this is what PortalClient must explain.
    QCOMPARE(fetched.error, QNetworkReply::UnknownContentError);
    QCOMPARE(get(path).status, 200);
}

void TestFakePortal::countsEveryRequestWithHeaders()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(get(QStringLiteral("/experiments/ENCSR100AAA/?format=json")).status, 200);
    QCOMPARE(get(QStringLiteral("/experiments/ENCSR999ZZZ/")).status, 404);
    QCOMPARE(get(QStringLiteral("/search/?type=Experiment&accession=ENCSR999ZZZ")).status, 404);
    QCOMPARE(m_portal->requestCount(), 3);
    QCOMPARE(m_portal->requestCount(QStringLiteral("/experiments/")), 2);
    QCOMPARE(m_portal->requestCount(QStringLiteral("/search/")), 1);
    const QList<RecordedRequest> requests = m_portal->requests();
    QCOMPARE(requests.first().method, QStringLiteral("GET"));
    QCOMPARE(requests.first().path, QStringLiteral("/experiments/ENCSR100AAA/"));
    QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("format")), QStringLiteral("json"));
    QCOMPARE(requests.first().headers.value("accept"), QByteArray("application/json"));
    QVERIFY(requests.first().headers.contains("host"));
    QVERIFY(requests.first().receivedAtMs >= before);
    QVERIFY(requests.at(2).receivedAtMs >= requests.at(1).receivedAtMs);

    // A redirect is a request of its own. Only the order is asserted: on a reused keep-alive connection,
    // Qt 6.4's QNetworkAccessManager now and then sends a GET that is answered with a 301 twice.
    m_portal->clearRequests();
    QCOMPARE(m_portal->requestCount(), 0);
    QCOMPARE(get(QStringLiteral("/experiments/ENCSR299OLD/?format=json")).status, 200);
    const QList<RecordedRequest> redirected = m_portal->requests();
    QVERIFY(redirected.size() >= 2);
    QCOMPARE(redirected.first().path, QStringLiteral("/experiments/ENCSR299OLD/"));
    QCOMPARE(redirected.last().path, QStringLiteral("/experiments/ENCSR200BBB/"));
    QCOMPARE(m_portal->requestCount(QStringLiteral("/experiments/ENCSR200BBB/")), 1);
}

void TestFakePortal::parsesSplitAndPipelinedRequestsOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_portal->baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    // One whole request and the start of a second in one write, the rest later: answers must come in order.
    socket.write("GET /experiments/ENCSR500EEE/ HTTP/1.1\r\nHost: test\r\n\r\nGET /experiments/ENC");
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->requestCount(), 1, 5000);
    socket.write("SR999ZZZ/ HTTP/1.1\r\nHost: te");
    QTest::qWait(50);
    socket.write("st\r\nConnection: close\r\n\r\n");
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket.readAll();
    const qsizetype first = received.indexOf("HTTP/1.1 200 OK");
    const qsizetype second = received.indexOf("HTTP/1.1 404 Not Found");
    QVERIFY(first >= 0);
    QVERIFY(second > first);
    QVERIFY(received.indexOf("Connection: close", second) > second);
    QCOMPARE(m_portal->requestCount(), 2);
}

void TestFakePortal::strictContentNegotiationServesHtmlWithoutJsonAccept()
{
    m_portal->setStrictContentNegotiation(true);
    QNetworkRequest plain(m_portal->baseUrl().resolved(QUrl(QStringLiteral("/experiments/ENCSR500EEE/"))));
    std::unique_ptr<QNetworkReply> reply(m_network->get(plain));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(reply->rawHeader("Content-Type").startsWith("text/html"));
    plain.setUrl(m_portal->baseUrl().resolved(QUrl(QStringLiteral("/experiments/ENCSR500EEE/?format=json"))));
    reply.reset(m_network->get(plain));
    QSignalSpy finishedJson(reply.get(), &QNetworkReply::finished);
    QVERIFY(finishedJson.wait(10000));
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    m_portal->setStrictContentNegotiation(false);
}

void TestFakePortal::loadFixturesFailsForMissingOrEmptyDirectory()
{
    FakePortal portal;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not exist")));
    QCOMPARE(portal.loadFixtures(QStringLiteral("/nonexistent/encode-fixtures")), -1);
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no fixture object")));
    QCOMPARE(portal.loadFixtures(empty.path()), -1);
}

void TestFakePortal::largeFixtureIsAboveRawMetadataLimit()
{
    const Fetched fetched = get(QStringLiteral("/experiments/ENCSR300CCC/"));
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.body.size() > 524288);
    QCOMPARE(fetched.json().value(QLatin1String("accession")).toString(), QStringLiteral("ENCSR300CCC"));
}

void TestFakePortal::generatedExperimentsLinkExistingFixtures()
{
    QCOMPARE(generatedExperiment(QStringLiteral("ENCSR901GEN"), 7),
             generatedExperiment(QStringLiteral("ENCSR901GEN"), 7));
    QSet<QString> pipelinesSeen;
    int citing = 0;
    for (int variant = 0; variant < 12; ++variant) {
        const QString accession = QStringLiteral("ENCSR9%1GEN").arg(variant, 2, 10, QLatin1Char('0'));
        const QJsonObject experiment = generatedExperiment(accession, variant);
        QCOMPARE(experiment.value(QLatin1String("accession")).toString(), accession);
        QCOMPARE(experiment.value(QLatin1String("@id")).toString(),
                 QStringLiteral("/experiments/%1/").arg(accession));
        for (const auto &file : experiment.value(QLatin1String("files")).toArray()) {
            const QJsonArray pipelines = file.toObject()
                                             .value(QLatin1String("analysis_step_version"))
                                             .toObject()
                                             .value(QLatin1String("analysis_step"))
                                             .toObject()
                                             .value(QLatin1String("pipelines"))
                                             .toArray();
            for (const auto &pipeline : pipelines) {
                const QString id = pipeline.toObject().value(QLatin1String("@id")).toString();
                QVERIFY(sharedPipelineIds().contains(id));
                pipelinesSeen.insert(id);
                // The embedded object frame must agree with the fixture's page frame.
                const QJsonObject page = get(id).json();
                QCOMPARE(pipeline.toObject().value(QLatin1String("title")),
                         page.value(QLatin1String("title")));
                QCOMPARE(pipeline.toObject().value(QLatin1String("pipeline_version")),
                         page.value(QLatin1String("pipeline_version")));
                QCOMPARE(pipeline.toObject().value(QLatin1String("analysis_steps")).toArray().size(),
                         page.value(QLatin1String("analysis_steps")).toArray().size());
            }
            QVERIFY(!file.toObject().value(QLatin1String("quality_metrics")).toArray().isEmpty() ||
                    experiment.value(QLatin1String("assay_title")).toString() == u"ATAC-seq");
        }
        for (const auto &reference : experiment.value(QLatin1String("references")).toArray()) {
            QCOMPARE(reference.toString(), sharedPublicationId());
            QCOMPARE(get(reference.toString()).status, 200);
            ++citing;
        }
        m_portal->addObject(experiment);
        QCOMPARE(get(QStringLiteral("/experiments/%1/").arg(accession)).status, 200);
    }
    QCOMPARE(citing, 4); // variants 0, 3, 6, 9
    QCOMPARE(pipelinesSeen.size(), 3);
}

QTEST_GUILESS_MAIN(TestFakePortal)
#include "tst_fakeportal.moc"
