// Searching the Portal: the query -> parameter mapping, validation, and the search service against the fake
// Portal (projections, paging through /report/, zero hits, facet counts, carts and copied search URLs).
#include "app/portal/PortalClient.h"
#include "app/search/ImportSource.h"
#include "app/search/PortalSearch.h"
#include "app/search/SearchQuery.h"
#include "tests/support/AwaitTask.h"
#include "tests/support/FakePortal.h"
#include "tests/support/FakeSearch.h"
#include "tests/support/PortalFixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QTest>

using namespace encode;
using namespace std::chrono_literals;
using app::PortalSearch;
using app::SearchQuery;
using models::Failure;
using testsupport::FakePortal;
using testsupport::Misbehaviour;

namespace {

constexpr int generatedCount = 30;

QString generatedAccession(int i)
{
    return QStringLiteral("ENCSR%1ZZZ").arg(700 + i);
}

void setFilter(SearchQuery &query, const QString &filter, const QString &value)
{
    QStringList SearchQuery::*list = nullptr;
    if (filter == "assay_title") list = &SearchQuery::assayTitle;
    else if (filter == "organism") list = &SearchQuery::organism;
    else if (filter == "organ") list = &SearchQuery::organ;
    else if (filter == "biosample_type") list = &SearchQuery::biosampleType;
    else if (filter == "biosample_term_name") list = &SearchQuery::biosampleTermName;
    else if (filter == "target") list = &SearchQuery::target;
    else if (filter == "status") list = &SearchQuery::status;
    else if (filter == "lab") list = &SearchQuery::lab;
    else if (filter == "award") list = &SearchQuery::award;
    else if (filter == "assembly") list = &SearchQuery::assembly;
    else if (filter == "replication_type") list = &SearchQuery::replicationType;
    else if (filter == "life_stage") list = &SearchQuery::lifeStage;
    else if (filter == "sex") list = &SearchQuery::sex;
    else if (filter == "treatment") list = &SearchQuery::treatment;
    else if (filter == "genetic_modification") list = &SearchQuery::geneticModification;
    if (list)
        query.*list = QStringList{value};
    else if (filter == "perturbed")
        query.perturbed = value == "true";
    else if (filter == "search_term")
        query.searchTerm = value;
    else if (filter == "date_released_from")
        query.dateReleasedFrom = value;
    else if (filter == "date_released_to")
        query.dateReleasedTo = value;
    else
        qFatal("unknown filter %s", qPrintable(filter));
}

// The values of `key` in a query as the Portal reads them (form decoding: '+' is a space).
QStringList decodedValues(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    const QString encoded = query.query(QUrl::FullyEncoded);
    for (const testsupport::QueryItem &item : testsupport::parseFormQuery(encoded.toUtf8())) {
        if (item.key == key)
            values.append(item.value);
    }
    return values;
}

QStringList accessionsOf(const app::SearchPage &page)
{
    QStringList accessions;
    for (const app::SearchHit &hit : page.experiments)
        accessions.append(hit.accession);
    return accessions;
}

} // namespace

class TestPortalSearch final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<app::PortalClient> m_client;
    QList<QJsonObject> m_generated;

    template <typename T>
    T await(QCoro::Task<T> &&task)
    {
        return testsupport::awaitTask(std::move(task));
    }

    // The generated experiments whose `path` holds `value`.
    QStringList generatedWith(const QString &path, const QString &value) const
    {
        QStringList accessions;
        for (const QJsonObject &object : m_generated) {
            for (const QJsonValue &found : testsupport::valuesAtPath(object, path)) {
                if (found.toVariant().toString() == value) {
                    accessions.append(object.value("accession").toString());
                    break;
                }
            }
        }
        return accessions;
    }

    // The last request the fake Portal received for `pathPrefix`.
    testsupport::RecordedRequest lastRequest(const QString &pathPrefix) const
    {
        const QList<testsupport::RecordedRequest> requests = m_portal->requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->path.startsWith(pathPrefix))
                return *it;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<FakePortal>();
        QVERIFY(m_portal->start());
        m_generated.clear();
        for (int i = 0; i < generatedCount; ++i) {
            m_generated.append(testsupport::generatedExperiment(generatedAccession(i), i));
            if (i == 1) { // an ERROR audit beside the generated WARNING
                QJsonObject audit = m_generated.last().value("audit").toObject();
                audit.insert("ERROR", QJsonArray{QJsonObject{{"category", "extremely low read depth"}, {"level", 60}}});
                m_generated.last().insert("audit", audit);
            }
            m_portal->addObject(m_generated.last());
        }
        app::PortalSettings settings;
        settings.baseUrl = m_portal->baseUrl();
        settings.requestsPerSecond = 1000;
        settings.firstBackoff = 10ms;
        settings.maxRetries = 1;
        m_client = std::make_unique<app::PortalClient>(settings);
    }

    void cleanup()
    {
        m_client.reset();
        m_portal.reset();
    }

    void everyFilterMapsToItsPortalParameter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("assay_title") << "assay_title" << "TF ChIP-seq" << "assay_title" << "TF ChIP-seq";
        QTest::newRow("assay with &") << "assay_title" << "CUT&RUN" << "assay_title" << "CUT&RUN";
        QTest::newRow("organism") << "organism" << "Homo sapiens"
                                  << "replicates.library.biosample.donor.organism.scientific_name" << "Homo sapiens";
        QTest::newRow("organ") << "organ" << "liver" << "biosample_ontology.organ_slims" << "liver";
        QTest::newRow("biosample_type") << "biosample_type" << "cell line" << "biosample_ontology.classification"
                                        << "cell line";
        QTest::newRow("biosample_term_name") << "biosample_term_name" << "K562" << "biosample_ontology.term_name"
                                             << "K562";
        QTest::newRow("target") << "target" << "eGFP-NFE2" << "target.label" << "eGFP-NFE2";
        QTest::newRow("status") << "status" << "archived" << "status" << "archived";
        QTest::newRow("lab") << "lab" << "Michael Snyder, Stanford" << "lab.title" << "Michael Snyder, Stanford";
        QTest::newRow("award") << "award" << "Roadmap" << "award.project" << "Roadmap";
        QTest::newRow("assembly") << "assembly" << "GRCh38" << "assembly" << "GRCh38";
        QTest::newRow("replication_type") << "replication_type" << "isogenic" << "replication_type" << "isogenic";
        QTest::newRow("life_stage") << "life_stage" << "adult" << "replicates.library.biosample.life_stage" << "adult";
        QTest::newRow("sex") << "sex" << "female" << "replicates.library.biosample.sex" << "female";
        QTest::newRow("treatment") << "treatment" << "estradiol"
                                   << "replicates.library.biosample.treatments.treatment_term_name" << "estradiol";
        QTest::newRow("genetic_modification")
            << "genetic_modification" << "insertion" << "replicates.library.biosample.applied_modifications.category"
            << "insertion";
        QTest::newRow("perturbed") << "perturbed" << "true" << "perturbed" << "true";
        QTest::newRow("search_term") << "search_term" << "a+b liver" << "searchTerm" << "a+b liver";
        QTest::newRow("date_released_from") << "date_released_from" << "2020-01-01" << "date_released"
                                            << "gte:2020-01-01";
        QTest::newRow("date_released_to") << "date_released_to" << "2020-12-31" << "date_released" << "lte:2020-12-31";
    }

    void everyFilterMapsToItsPortalParameter()
    {
        QFETCH(QString, filter);
        QFETCH(QString, value);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        SearchQuery query;
        setFilter(query, filter, value);
        const QUrlQuery portal = query.toPortalQuery();
        QCOMPARE(decodedValues(portal, key), QStringList{expected});
        QCOMPARE(decodedValues(portal, "type"), QStringList{"Experiment"});
        if (filter != "status")
            QCOMPARE(decodedValues(portal, "status"), QStringList{"released"});
        QVERIFY(!portal.hasQueryItem("limit"));
        QVERIFY(!portal.hasQueryItem("from"));
    }

    void severalValuesOfOneFilterAreAllSent()
    {
        SearchQuery query;
        query.assayTitle = {"TF ChIP-seq", "Histone ChIP-seq"};
        query.status.clear();
        const QUrlQuery portal = query.toPortalQuery();
        QCOMPARE(decodedValues(portal, "assay_title"), (QStringList{"TF ChIP-seq", "Histone ChIP-seq"}));
        QVERIFY(decodedValues(portal, "status").isEmpty());
    }

    void validationNamesWhatIsAccepted_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("defaults") << "" << "" << 25 << 0 << "";
        QTest::newRow("limits at the edges") << "2020-01-01" << "2020-01-01" << 1000 << 5 << "";
        QTest::newRow("limit 1") << "" << "" << 1 << 0 << "";
        QTest::newRow("slashes") << "2020/01/01" << "" << 25 << 0 << "expected YYYY-MM-DD";
        QTest::newRow("no dashes") << "" << "20200101" << 25 << 0 << "expected YYYY-MM-DD";
        QTest::newRow("month 13") << "2020-13-01" << "" << 25 << 0 << "expected YYYY-MM-DD";
        QTest::newRow("february 30") << "" << "2021-02-30" << 25 << 0 << "expected YYYY-MM-DD";
        QTest::newRow("reversed") << "2021-01-01" << "2020-01-01" << 25 << 0 << "reversed";
        QTest::newRow("limit 0") << "" << "" << 0 << 0 << "expected a number from 1 to 1000";
        QTest::newRow("limit 1001") << "" << "" << 1001 << 0 << "expected a number from 1 to 1000";
        QTest::newRow("negative offset") << "" << "" << 25 << -1 << "expected 0 or more";
    }

    void validationNamesWhatIsAccepted()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(QString, message);
        SearchQuery query;
        query.dateReleasedFrom = from;
        query.dateReleasedTo = to;
        query.limit = limit;
        query.offset = offset;
        const models::Status status = query.validate();
        if (message.isEmpty()) {
            QVERIFY2(!status, status ? qPrintable(status->message) : "");
            return;
        }
        QVERIFY(status);
        QCOMPARE(status->kind, Failure::Kind::InvalidInput);
        QVERIFY2(status->message.contains(message), qPrintable(status->message));
    }

    void unknownFieldNamesAreListedWithTheAcceptedOnes()
    {
        QVERIFY(!app::checkFieldNames({"assay_title", "organism", "biosample_ontology.organ_slims"}));
        const models::Status status = app::checkFieldNames({"assay_title", "colour"});
        QVERIFY(status);
        QVERIFY(status->message.contains("colour"));
        for (const char *name : {"assay_title", "organism", "organ", "biosample_type", "target", "lab", "assembly",
                                 "life_stage", "status"})
            QVERIFY2(status->message.contains(QLatin1String(name)), name);
        QCOMPARE(app::friendlyFieldName("replicates.library.biosample.donor.organism.scientific_name"),
                 QStringLiteral("organism"));
    }

    void aCopiedSearchUrlBecomesAQuery()
    {
        const auto parsed = SearchQuery::fromPortalUrl(
            QUrl("https://www.encodeproject.org/search/?type=Experiment&status=released&assay_title=TF+ChIP-seq"
                 "&assay_title=CUT%26RUN&target.label!=CTCF&searchTerm=liver+cancer&limit=all&field=accession"
                 "&from=25&format=json"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.failure().message));
        const SearchQuery &query = parsed.value();
        QVERIFY(query.status.isEmpty()); // only what the URL says
        QCOMPARE(query.searchTerm, QStringLiteral("liver cancer"));
        const QList<std::pair<QString, QString>> expected{
            {"status", "released"}, {"assay_title", "TF ChIP-seq"}, {"assay_title", "CUT&RUN"}, {"target.label!", "CTCF"}};
        QCOMPARE(query.rawFilters, expected);
        const QUrlQuery portal = query.toPortalQuery();
        QCOMPARE(decodedValues(portal, "assay_title"), (QStringList{"TF ChIP-seq", "CUT&RUN"}));
        QCOMPARE(decodedValues(portal, "target.label!"), QStringList{"CTCF"});
        QVERIFY(decodedValues(portal, "limit").isEmpty());
        QVERIFY(decodedValues(portal, "field").isEmpty());

        for (const char *bad : {"https://www.encodeproject.org/search/?type=File&assay_title=ATAC-seq",
                                "not a url", "https://www.encodeproject.org/experiments/ENCSR000EDP/",
                                "ftp://www.encodeproject.org/search/?type=Experiment"}) {
            const auto rejected = SearchQuery::fromPortalUrl(QUrl(QString::fromUtf8(bad)));
            QVERIFY2(!rejected.ok(), bad);
            QCOMPARE(rejected.failure().kind, Failure::Kind::InvalidInput);
            QVERIFY(rejected.failure().message.contains("expected"));
        }
    }

    void searchRequestsOnlyTheShownFieldsAndFillsTheColumns()
    {
        const QString assay = m_generated.at(1).value("assay_title").toString();
        SearchQuery query;
        query.assayTitle = {assay};
        query.limit = 100;
        const QSet<QString> tracked{generatedAccession(1)};
        PortalSearch search(*m_client, [&tracked](const QString &accession) { return tracked.contains(accession); });
        const auto page = await(search.search(query));
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.failure().message));
        const QStringList expected = generatedWith("assay_title", assay);
        QVERIFY(expected.size() > 1 && expected.size() < generatedCount);
        QCOMPARE(page.value().total, expected.size());
        QCOMPARE(accessionsOf(page.value()), expected);
        QVERIFY(!page.value().hasMore());

        const testsupport::RecordedRequest request = lastRequest("/search/");
        QCOMPARE(request.path, QStringLiteral("/search/"));
        QCOMPARE(decodedValues(request.query, "field"), PortalSearch::projectedFields());
        QCOMPARE(decodedValues(request.query, "type"), QStringList{"Experiment"});
        QCOMPARE(decodedValues(request.query, "assay_title"), QStringList{assay});
        QCOMPARE(decodedValues(request.query, "limit"), QStringList{"100"});

        int withAudit = 0;
        for (const app::SearchHit &hit : page.value().experiments) {
            const QJsonObject source = m_generated.at(hit.accession.mid(5, 3).toInt() - 700);
            QCOMPARE(hit.assayTitle, assay);
            QCOMPARE(hit.lab, source.value("lab").toObject().value("title").toString());
            QCOMPARE(hit.dateReleased, source.value("date_released").toString());
            QCOMPARE(hit.status, QStringLiteral("released"));
            QCOMPARE(hit.biosampleSummary, source.value("biosample_summary").toString());
            QCOMPARE(hit.biosampleType,
                     source.value("biosample_ontology").toObject().value("classification").toString());
            QCOMPARE(hit.organs, source.value("biosample_ontology").toObject().value("organ_slims").toVariant().toStringList());
            QVERIFY(!hit.organisms.isEmpty());
            for (const QJsonValue &organism :
                 testsupport::valuesAtPath(source, "replicates.library.biosample.organism.scientific_name"))
                QVERIFY(hit.organisms.contains(organism.toString()));
            for (const auto &[level, categories] :
                 {std::pair{QStringLiteral("ERROR"), hit.auditErrors}, std::pair{QStringLiteral("WARNING"), hit.auditWarnings}}) {
                QStringList expectedCategories;
                for (const QJsonValue &category : testsupport::valuesAtPath(source, "audit." + level + ".category")) {
                    if (!expectedCategories.contains(category.toString()))
                        expectedCategories.append(category.toString());
                }
                QCOMPARE(categories, expectedCategories);
            }
            withAudit += (hit.auditErrors.isEmpty() && hit.auditNotCompliant.isEmpty() && hit.auditWarnings.isEmpty()) ? 0 : 1;
            QCOMPARE(hit.tracked, tracked.contains(hit.accession));
            QCOMPARE(hit.toJson().value("tracked").toBool(), hit.tracked);
        }
        QVERIFY(withAudit > 0);
        QCOMPARE(page.value().experiments.first().toJson().value("audit").toObject().value("ERROR").toArray(),
                 QJsonArray{"extremely low read depth"});
    }

    void offsetPagesThroughReport()
    {
        PortalSearch search(*m_client);
        SearchQuery query;
        query.limit = 10;
        const auto first = await(search.search(query));
        QVERIFY(first.ok());
        QCOMPARE(first.value().total, generatedCount);
        QVERIFY(first.value().hasMore());
        query.offset = 10;
        const auto second = await(search.search(query));
        QVERIFY(second.ok());
        const testsupport::RecordedRequest request = lastRequest("/report/");
        QCOMPARE(request.path, QStringLiteral("/report/"));
        QCOMPARE(decodedValues(request.query, "from"), QStringList{"10"});
        QCOMPARE(decodedValues(request.query, "field"), PortalSearch::projectedFields());
        QCOMPARE(second.value().offset, 10);
        QCOMPARE(second.value().experiments.size(), 10);
        QVERIFY(second.value().hasMore());
        query.offset = 25;
        const auto last = await(search.search(query));
        QVERIFY(last.ok());
        QCOMPARE(last.value().experiments.size(), 5);
        QVERIFY(!last.value().hasMore());
        const QJsonObject json = last.value().toJson();
        QCOMPARE(json.value("count").toInt(), 5);
        QCOMPARE(json.value("offset").toInt(), 25);
        QCOMPARE(json.value("total").toInt(), generatedCount);
        QCOMPARE(json.value("has_more").toBool(), false);

        QStringList all = accessionsOf(first.value()) + accessionsOf(second.value()) + accessionsOf(last.value());
        QCOMPARE(all.size(), 25);
        all.removeDuplicates();
        QCOMPARE(all.size(), 25); // the pages do not overlap
    }

    void zeroHitsIsAnEmptyAnswer()
    {
        PortalSearch search(*m_client);
        SearchQuery query;
        query.target = {"NO-SUCH-TARGET"};
        const auto page = await(search.search(query));
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.failure().message));
        QCOMPARE(page.value().total, 0);
        QVERIFY(page.value().experiments.isEmpty());
        QCOMPARE(page.value().toJson().value("has_more").toBool(), false);
        const auto facets = await(search.facets({"assay_title"}, query));
        QVERIFY(facets.ok());
        QCOMPARE(facets.value().total, 0);
        QCOMPARE(facets.value().toJson().value("facets").toObject().value("assay_title").toArray().size(), 0);
    }

    void aPortalErrorIsAFailureNotZeroHits()
    {
        m_portal->setMisbehaviour("/search/", testsupport::Misbehaviour::NotFound);
        PortalSearch search(*m_client);
        const auto page = await(search.search(SearchQuery{}));
        QVERIFY(!page.ok());
    }

    void facetsCountTermsUnderTheFilters()
    {
        // A numeric bucket key, as the Portal gives for number fields.
        QJsonObject numeric = testsupport::generatedExperiment("ENCSR699ZZZ", 1);
        numeric.insert("assembly", QJsonArray{38});
        m_portal->addObject(numeric);
        m_generated.append(numeric);

        PortalSearch search(*m_client);
        const QString organ = m_generated.first().value("biosample_ontology").toObject().value("organ_slims").toArray().first().toString();
        SearchQuery query;
        query.organ = {organ};
        const auto counts = await(search.facets({"assay_title", "organism", "assembly"}, query));
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.failure().message));
        const QStringList inOrgan = generatedWith("biosample_ontology.organ_slims", organ);
        QCOMPARE(counts.value().total, inOrgan.size());
        const testsupport::RecordedRequest request = lastRequest("/search/");
        QCOMPARE(decodedValues(request.query, "limit"), QStringList{"0"});
        QCOMPARE(decodedValues(request.query, "biosample_ontology.organ_slims"), QStringList{organ});

        const QJsonObject facets = counts.value().toJson().value("facets").toObject();
        QCOMPARE(facets.keys(), (QStringList{"assay_title", "assembly", "organism"}));
        int sum = 0;
        for (const QJsonValue &term : facets.value("assay_title").toArray()) {
            const QString assay = term.toObject().value("term").toString();
            int expected = 0;
            for (const QString &accession : generatedWith("assay_title", assay))
                expected += inOrgan.contains(accession) ? 1 : 0;
            QCOMPARE(term.toObject().value("count").toInt(), expected);
            sum += expected;
        }
        QCOMPARE(sum, inOrgan.size());
        QVERIFY(!facets.value("organism").toArray().isEmpty());

        const auto all = await(search.facets({"assembly"}, SearchQuery{}));
        QVERIFY(all.ok());
        bool sawNumber = false;
        for (const auto &term : all.value().facets.first().second)
            sawNumber = sawNumber || (term.term == "38" && term.count == 1);
        QVERIFY(sawNumber);

        const auto unknown = await(search.facets({"colour"}, SearchQuery{}));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.failure().kind, Failure::Kind::InvalidInput);

        const auto everything = await(search.facets({}, SearchQuery{}));
        QVERIFY(everything.ok());
        QStringList names;
        for (const auto &[name, terms] : everything.value().facets)
            names.append(name);
        QVERIFY(names.contains("assay_title"));
        QVERIFY(names.contains("organism"));
        QVERIFY(!names.contains("type"));
    }

    void aCartListsItsExperiments()
    {
        m_portal->addObject(QJsonObject{
            {"@id", "/carts/5d1c0f3e-7c2a-4c1e-9a55-0b7f2f1d2a10/"},
            {"@type", QJsonArray{"Cart", "Item"}},
            {"status", "current"},
            {"name", "my picks"},
            {"elements", QJsonArray{QString("/experiments/" + generatedAccession(3) + "/"), "/annotations/ENCSR400DDD/",
                                    QString("/experiments/" + generatedAccession(1) + "/"),
                                    QString("/experiments/" + generatedAccession(3) + "/")}},
        });
        PortalSearch search(*m_client);
        const QStringList expected{generatedAccession(3), generatedAccession(1)};
        for (const char *given : {"https://www.encodeproject.org/carts/5d1c0f3e-7c2a-4c1e-9a55-0b7f2f1d2a10/",
                                  "/carts/5d1c0f3e-7c2a-4c1e-9a55-0b7f2f1d2a10/",
                                  "5d1c0f3e-7c2a-4c1e-9a55-0b7f2f1d2a10"}) {
            const auto accessions = await(search.cartAccessions(QString::fromUtf8(given)));
            QVERIFY2(accessions.ok(), accessions.ok() ? given : qPrintable(accessions.failure().message));
            QCOMPARE(accessions.value(), expected);
        }
        QCOMPARE(lastRequest("/carts/").path, QStringLiteral("/carts/5d1c0f3e-7c2a-4c1e-9a55-0b7f2f1d2a10/"));

        const auto missing = await(search.cartAccessions("0000-missing"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.failure().kind, Failure::Kind::NotFound);
        const auto bad = await(search.cartAccessions("not a cart/.."));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.failure().kind, Failure::Kind::InvalidInput);
        const auto notACart = await(search.cartAccessions(
            QString("https://www.encodeproject.org/experiments/" + generatedAccession(2) + "/")));
        QVERIFY(!notACart.ok());
    }

    void aSearchUrlGivesEveryAccessionPageByPage()
    {
        const QString assay = m_generated.at(1).value("assay_title").toString();
        const auto parsed = SearchQuery::fromPortalUrl(
            QUrl(QString::fromUtf8("https://www.encodeproject.org/search/?type=Experiment&assay_title=" +
                                   QUrl::toPercentEncoding(assay) + "&limit=25")));
        QVERIFY(parsed.ok());
        PortalSearch search(*m_client);
        m_portal->clearRequests();
        const auto found = await(search.allAccessions(parsed.value(), 1000, 2));
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.failure().message));
        const QStringList expected = generatedWith("assay_title", assay);
        QVERIFY(expected.size() > 2);
        QCOMPARE(found.value().accessions, expected);
        QVERIFY(!found.value().capped());
        QCOMPARE(m_portal->requestCount("/report/"), (expected.size() + 1) / 2);

        const auto capped = await(search.allAccessions(SearchQuery{}, 7, 5));
        QVERIFY(capped.ok());
        QCOMPARE(capped.value().accessions.size(), 7);
        QCOMPARE(capped.value().total, generatedCount);
        QVERIFY(capped.value().capped());

        SearchQuery nothing;
        nothing.lab = {"Nobody, Nowhere"};
        const auto none = await(search.allAccessions(nothing));
        QVERIFY(none.ok());
        QVERIFY(none.value().accessions.isEmpty());
    }

    void sortKeysGoToThePortalOnEveryPage()
    {
        PortalSearch search(*m_client);
        SearchQuery query;
        query.limit = 10;
        query.sort = {"-assay_title"};
        const auto first = await(search.search(query));
        QVERIFY(first.ok());
        QCOMPARE(decodedValues(lastRequest("/search/").query, "sort"), QStringList{"-assay_title"});
        QStringList assays;
        for (const app::SearchHit &hit : first.value().experiments)
            assays.append(hit.assayTitle);
        QVERIFY(std::is_sorted(assays.crbegin(), assays.crend()));
        query.offset = 10;
        QVERIFY(await(search.search(query)).ok());
        QCOMPARE(decodedValues(lastRequest("/report/").query, "sort"), QStringList{"-assay_title"});
    }

    void pastedTextIsRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: refused
        QTest::addColumn<QStringList>("accessions");
        QTest::addColumn<QString>("message");
        using Kind = app::ImportSource::Kind;
        QTest::newRow("one per line, a comment, duplicates")
            << "ENCSR000EDP\n# a comment\nENCSR000AKB  # trailing\nENCSR000EDP\n" << int(Kind::Accessions)
            << QStringList{"ENCSR000EDP", "ENCSR000AKB"} << "";
        QTest::newRow("commas and tabs") << "ENCSR000EDP,ENCSR000AKB\tTSTSR123456" << int(Kind::Accessions)
                                         << QStringList{"ENCSR000EDP", "ENCSR000AKB", "TSTSR123456"} << "";
        QTest::newRow("search URL") << "https://www.encodeproject.org/search/?type=Experiment&organism=x" << int(Kind::SearchUrl)
                                    << QStringList{} << "";
        QTest::newRow("report URL") << "https://www.encodeproject.org/report/?type=Experiment" << int(Kind::SearchUrl)
                                    << QStringList{} << "";
        QTest::newRow("cart URL") << "https://www.encodeproject.org/carts/d7c1e-09/" << int(Kind::Cart) << QStringList{} << "";
        QTest::newRow("cart path") << "/carts/d7c1e-09/" << int(Kind::Cart) << QStringList{} << "";
        QTest::newRow("lower case, normalised") << "encsr000edp\n Encsr000akb" << int(Kind::Accessions)
                                                << QStringList{"ENCSR000EDP", "ENCSR000AKB"} << "";
        QTest::newRow("inner space") << "ENCSR000 EDP" << -1 << QStringList{} << "'ENCSR000'";
        QTest::newRow("a file accession") << "ENCSR000EDP ENCFF001AAA" << -1 << QStringList{} << "ENCFF001AAA";
        QTest::newRow("an experiment page") << "https://www.encodeproject.org/experiments/ENCSR000EDP/" << -1 << QStringList{}
                                            << "expected a /search/ or /report/ page";
        QTest::newRow("advanced query") << "https://www.encodeproject.org/search/?type=Experiment&advancedQuery=x" << -1
                                        << QStringList{} << "advanced queries";
        QTest::newRow("nothing") << " # only a comment\n" << -1 << QStringList{} << "nothing to track";
    }

    void pastedTextIsRecognised()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QStringList, accessions);
        QFETCH(QString, message);
        const auto source = app::ImportSource::fromText(text);
        if (kind < 0) {
            QVERIFY(!source.ok());
            QCOMPARE(source.failure().kind, Failure::Kind::InvalidInput);
            QVERIFY2(source.failure().message.contains(message), qPrintable(source.failure().message));
            return;
        }
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.failure().message));
        QCOMPARE(int(source.value().kind), kind);
        QCOMPARE(source.value().accessions, accessions);
        if (kind != int(app::ImportSource::Kind::Accessions))
            QCOMPARE(source.value().reference, text.trimmed());
    }

    void eachImportSourceResolvesToItsExperiments()
    {
        PortalSearch search(*m_client);
        const auto list = await(app::resolveImport(search, app::ImportSource::fromText("ENCSR000EDP ENCSR000AKB").value()));
        QVERIFY(list.ok());
        QCOMPARE(list.value().accessions, (QStringList{"ENCSR000EDP", "ENCSR000AKB"}));
        QCOMPARE(m_portal->requestCount(), 0); // a list needs no request

        m_portal->addObjectAt("/carts/abc/", QJsonObject{{"@id", "/carts/abc/"},
                                                          {"elements", QJsonArray{"/experiments/ENCSR700ZZZ/", "/files/ENCFF1/"}}});
        const auto cart = await(app::resolveImport(search, app::ImportSource::fromText("/carts/abc/").value()));
        QVERIFY(cart.ok());
        QCOMPARE(cart.value().accessions, QStringList{"ENCSR700ZZZ"});

        const QString assay = m_generated.at(0).value("assay_title").toString();
        const auto url = await(app::resolveImport(
            search,
            app::ImportSource::fromText("https://www.encodeproject.org/search/?type=Experiment&assay_title=" +
                                        QString::fromUtf8(QUrl::toPercentEncoding(assay)))
                .value(),
            3));
        QVERIFY(url.ok());
        QCOMPARE(url.value().accessions, generatedWith("assay_title", assay).mid(0, 3));
        QCOMPARE(url.value().total, generatedWith("assay_title", assay).size());
    }

    void cancellingOneRunLeavesTheOthers()
    {
        m_portal->setMisbehaviour("/search/", Misbehaviour::Slow, -1, 2000);
        app::CancelToken stopped;
        PortalSearch cancelled(*m_client, {}, stopped);
        PortalSearch other(*m_client);
        SearchQuery query;
        query.limit = 5;
        auto stoppedTask = cancelled.search(query);
        auto otherTask = other.search(query);
        QTimer::singleShot(200, [stopped] { stopped.cancel(); });
        QElapsedTimer timer;
        timer.start();
        const auto stoppedResult = await(std::move(stoppedTask));
        QVERIFY(timer.elapsed() < 1500);
        QVERIFY(!stoppedResult.ok());
        QCOMPARE(stoppedResult.failure().kind, Failure::Kind::Cancelled);
        const auto otherResult = await(std::move(otherTask));
        QVERIFY2(otherResult.ok(), otherResult.ok() ? "" : qPrintable(otherResult.failure().message));
        QCOMPARE(otherResult.value().experiments.size(), 5);
        // A cancelled token stays cancelled: a later request of that run is not sent.
        const int before = m_portal->requestCount();
        QVERIFY(!await(cancelled.search(query)).ok());
        QCOMPARE(m_portal->requestCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestPortalSearch)
#include "tst_portalsearch.moc"
