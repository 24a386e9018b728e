// The Search view against the fake Portal on loopback, offscreen: facets that filter (OR within a facet,
// AND across), chips, paging and sorting through the Portal, tracking a selection with progress and
// Cancel, the import sources, the details of a result, and the message when the Portal is down.
#include "ui/MainWindow.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "models/itemmodels/CollectionTableModel.h"
#include "app/portal/PortalClient.h"
#include "ui/search/FacetSidebar.h"
#include "ui/search/FilterChips.h"
#include "ui/search/ImportDialog.h"
#include "ui/search/SearchHitDialog.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/search/SearchSession.h"
#include "ui/search/SearchView.h"
#include "tests/support/FakePortal.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/TestCollection.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace encode;
using ui::SearchResultsModel;

namespace {

constexpr int generatedCount = 60; // more than one page of 50

QString generatedAccession(int i)
{
    return QStringLiteral("ENCSR%1ZZZ").arg(700 + i);
}

app::PortalSettings quickSettings(const QUrl &baseUrl)
{
    app::PortalSettings settings;
    settings.baseUrl = baseUrl;
    settings.requestsPerSecond = 50;
    settings.maxRetries = 0;
    settings.transferTimeout = std::chrono::milliseconds(5000);
    return settings;
}

QSet<QString> distinct(const QStringList &values)
{
    return QSet<QString>(values.cbegin(), values.cend());
}

QStringList column(const SearchResultsModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// The query items of the last request to `path` (a /search/ with limit=0 is the facets request).
QUrlQuery lastQuery(const testsupport::FakePortal &portal, const QString &path, bool facets)
{
    const QList<testsupport::RecordedRequest> requests = portal.requests();
    for (auto request = requests.crbegin(); request != requests.crend(); ++request) {
        const bool isFacets = request->query.queryItemValue("limit") == "0";
        if (request->path == path && isFacets == facets)
            return request->query;
    }
    return {};
}

} // namespace

class TestSearchView final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::FakePortal> m_portal;
    std::unique_ptr<app::PortalClient> m_client;
    std::unique_ptr<testsupport::ScriptedPrompts> m_prompts;
    std::unique_ptr<ui::SearchView> m_view;

    ui::SearchSession &session() { return m_view->session(); }
    SearchResultsModel *results() { return m_view->results(); }

    // A started view whose first page and facet counts have arrived.
    void startView()
    {
        m_view->start();
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy() && results()->rowCount() > 0, 10000);
    }

    void tick(const QString &field, const QString &term)
    {
        QTreeWidgetItem *item = m_view->facets()->termItem(field, term);
        QVERIFY2(item, qPrintable(field + ": " + term + " is not listed"));
        item->setCheckState(0, Qt::Checked);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
    }

    int facetCount(const QString &field, const QString &term)
    {
        QTreeWidgetItem *item = m_view->facets()->termItem(field, term);
        return item ? item->text(1).remove(QLatin1Char(',')).toInt() : -1;
    }

    void select(const QStringList &accessions)
    {
        m_view->table()->clearSelection();
        for (int row = 0; row < results()->rowCount(); ++row) {
            if (accessions.contains(results()->hit(row).accession))
                m_view->table()->selectionModel()->select(results()->index(row, 0),
                                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(m_view->table()->selectionModel()->selectedRows().size(), accessions.size());
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<testsupport::FakePortal>();
        QVERIFY(m_portal->start());
        QVERIFY(m_portal->loadFixtures(testsupport::fixtureDirectory()) > 10);
        for (int i = 0; i < generatedCount; ++i)
            m_portal->addObject(testsupport::generatedExperiment(generatedAccession(i), i));
        m_client = std::make_unique<app::PortalClient>(quickSettings(m_portal->baseUrl()));
        m_prompts = std::make_unique<testsupport::ScriptedPrompts>();
        m_view = std::make_unique<ui::SearchView>(*m_client, *m_prompts);
        m_view->resize(1300, 800);
        m_view->show();
    }

    void cleanup()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isTracking(), 15000);
        m_view.reset();
        m_client.reset();
        m_portal.reset();
    }

    void firstSearchShowsReleasedExperimentsAndCounts()
    {
        startView();
        QCOMPARE(session().activeFilters(), (QList<std::pair<QString, QString>>{{"status", "released"}}));
        QCOMPARE(lastQuery(*m_portal, "/search/", false).queryItemValue("status"), QStringLiteral("released"));
        QCOMPARE(results()->rowCount(), ui::SearchSession::pageSize);
        const int total = results()->page().total;
        QVERIFY(total > ui::SearchSession::pageSize);
        QCOMPARE(facetCount("status", "released"), total);
        // Every generated experiment has one organism (one fixture has none).
        int organisms = 0;
        for (const char *organism : {"Homo sapiens", "Mus musculus"})
            organisms += std::max(0, facetCount("organism", organism));
        QCOMPARE(organisms, total - 1);
        QCOMPARE(m_view->findChild<QLabel *>("pageLabel")->text(), QStringLiteral("1–50 of %1 experiments").arg(total));
    }

    void tickingTermsFiltersOrWithinAFacetAndAcrossFacets()
    {
        startView();
        const int tfCount = facetCount("assay_title", "TF ChIP-seq");
        const int histoneCount = facetCount("assay_title", "Histone ChIP-seq");
        QVERIFY(tfCount > 0 && histoneCount > 0);

        tick("assay_title", "TF ChIP-seq");
        QCOMPARE(lastQuery(*m_portal, "/search/", false).allQueryItemValues("assay_title"), QStringList{"TF ChIP-seq"});
        QCOMPARE(results()->page().total, tfCount);
        QCOMPARE(distinct(column(results(), SearchResultsModel::Assay)), QSet<QString>{"TF ChIP-seq"});
        // Its own facet still lists the other assays, so that a second one can be added (OR).
        QCOMPARE(facetCount("assay_title", "Histone ChIP-seq"), histoneCount);

        tick("assay_title", "Histone ChIP-seq");
        QCOMPARE(lastQuery(*m_portal, "/search/", false).allQueryItemValues("assay_title"),
                 (QStringList{"TF ChIP-seq", "Histone ChIP-seq"}));
        QCOMPARE(results()->page().total, tfCount + histoneCount);
        QCOMPARE(distinct(column(results(), SearchResultsModel::Assay)), (QSet<QString>{"TF ChIP-seq", "Histone ChIP-seq"}));

        // Another facet narrows (AND), and the counts follow the filters.
        const int mouse = facetCount("organism", "Mus musculus");
        QVERIFY(mouse > 0 && mouse < tfCount + histoneCount);
        tick("organism", "Mus musculus");
        QCOMPARE(results()->page().total, mouse);
        QCOMPARE(distinct(column(results(), SearchResultsModel::Organism)), QSet<QString>{"Mus musculus"});
        QCOMPARE(facetCount("organism", "Mus musculus"), mouse);
        QCOMPARE(facetCount("assay_title", "TF ChIP-seq") + facetCount("assay_title", "Histone ChIP-seq"), mouse);
    }

    void chipsShowTheFiltersAndRemoveThem()
    {
        startView();
        tick("assay_title", "ATAC-seq");
        tick("organism", "Homo sapiens");
        QList<QToolButton *> chips = m_view->findChildren<QToolButton *>("filterChip");
        QCOMPARE(chips.size(), 3); // status, assay, organism
        QToolButton *assayChip = nullptr;
        for (QToolButton *chip : chips) {
            if (chip->text().startsWith("Assay: ATAC-seq"))
                assayChip = chip;
        }
        QVERIFY(assayChip);
        QTest::mouseClick(assayChip, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
        QVERIFY(session().ticked("assay_title").isEmpty());
        QCOMPARE(m_view->facets()->termItem("assay_title", "ATAC-seq")->checkState(0), Qt::Unchecked);
        QVERIFY(lastQuery(*m_portal, "/search/", false).allQueryItemValues("assay_title").isEmpty());
        QCOMPARE(m_view->findChildren<QToolButton *>("filterChip").size(), 2);

        QTest::mouseClick(m_view->findChild<QPushButton *>("clearAllFilters"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
        QVERIFY(session().activeFilters().isEmpty());
        QCOMPARE(m_view->findChildren<QToolButton *>("filterChip").size(), 0);
        const QUrlQuery query = lastQuery(*m_portal, "/search/", false);
        QVERIFY(!query.hasQueryItem("status") && !query.hasQueryItem("replicates.library.biosample.donor.organism.scientific_name"));
        QCOMPARE(query.queryItemValue("type"), QStringLiteral("Experiment"));
    }

    void searchTextGoesToThePortal()
    {
        startView();
        auto *box = m_view->findChild<QLineEdit *>("searchBox");
        box->setText("HepG2");
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
        QCOMPARE(lastQuery(*m_portal, "/search/", false).queryItemValue("searchTerm"), QStringLiteral("HepG2"));
        QVERIFY(results()->rowCount() > 0);
        QVERIFY(results()->page().total < 64);
    }

    void pagesComeFromTheReportEndpoint()
    {
        startView();
        const int total = results()->page().total;
        const QString firstOnPageOne = results()->hit(0).accession;
        QTest::mouseClick(m_view->findChild<QPushButton *>("nextPage"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(results()->page().offset, ui::SearchSession::pageSize, 10000);
        QCOMPARE(lastQuery(*m_portal, "/report/", false).queryItemValue("from"), QStringLiteral("50"));
        QCOMPARE(results()->rowCount(), total - ui::SearchSession::pageSize);
        QVERIFY(!column(results(), SearchResultsModel::Accession).contains(firstOnPageOne));
        QVERIFY(!m_view->findChild<QPushButton *>("nextPage")->isEnabled());
        QCOMPARE(m_view->findChild<QLabel *>("pageLabel")->text(),
                 QStringLiteral("51–%1 of %1 experiments").arg(total));
        QTest::mouseClick(m_view->findChild<QPushButton *>("previousPage"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(results()->page().offset, 0, 10000);
        QCOMPARE(results()->hit(0).accession, firstOnPageOne);
    }

    void headerClicksSortThroughThePortal()
    {
        startView();
        QHeaderView *header = m_view->table()->horizontalHeader();
        header->sectionClicked(SearchResultsModel::Assay);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
        QCOMPARE(lastQuery(*m_portal, "/search/", false).queryItemValue("sort"), QStringLiteral("assay_title"));
        QStringList assays = column(results(), SearchResultsModel::Assay);
        QVERIFY(std::is_sorted(assays.cbegin(), assays.cend()));
        header->sectionClicked(SearchResultsModel::Assay);
        QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), 10000);
        QCOMPARE(lastQuery(*m_portal, "/search/", false).queryItemValue("sort"), QStringLiteral("-assay_title"));
        assays = column(results(), SearchResultsModel::Assay);
        QVERIFY(std::is_sorted(assays.crbegin(), assays.crend()));
    }

    void trackSelectedStoresTheSelectionWithProgress()
    {
        testsupport::TestCollection collection;
        QVERIFY(collection.repository().save(testsupport::sampleRecord("ENCSR100AAA"), {}).ok());
        QVERIFY(collection.repository().setNotes("ENCSR100AAA", "my own note") == std::nullopt);
        m_view->setCollection(collection.database());
        startView();
        QTRY_VERIFY_WITH_TIMEOUT(column(results(), SearchResultsModel::Accession).contains("ENCSR100AAA"), 10000);
        const int row100 = static_cast<int>(column(results(), SearchResultsModel::Accession).indexOf("ENCSR100AAA"));
        QVERIFY(results()->index(row100, 0).data(SearchResultsModel::TrackedRole).toBool());
        QCOMPARE(results()->index(row100, SearchResultsModel::Tracked).data().toString(), QStringLiteral("✓ Tracked"));

        const QStringList wanted{"ENCSR100AAA", generatedAccession(1), generatedAccession(2), generatedAccession(3)};
        select(wanted);
        m_view->findChild<QLineEdit *>("batchNotes")->setText("for the liver project");
        QSignalSpy changed(m_view.get(), &ui::SearchView::collectionChanged);
        auto *progress = m_view->findChild<QProgressBar *>("trackingProgress");
        QList<int> seen;
        connect(progress, &QProgressBar::valueChanged, this, [&seen](int value) { seen.append(value); });
        QVERIFY(m_view->findChild<QPushButton *>("trackButton")->text().contains("4"));
        m_view->actions().trackSelected->trigger();
        QVERIFY(m_view->isTracking());
        QVERIFY(!m_view->actions().trackSelected->isEnabled()); // one run at a time
        QVERIFY(m_view->findChild<QWidget *>("trackingBar")->isVisible());
        QCOMPARE(progress->maximum(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isTracking(), 20000);

        QVERIFY2(m_prompts->warnings.isEmpty(), qPrintable(m_prompts->warnings.join('\n')));
        QCOMPARE(collection.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 4);
        QVERIFY(seen.contains(4));
        QVERIFY(changed.count() >= 2); // as experiments arrive, and at the end
        QVERIFY(!m_view->findChild<QWidget *>("trackingBar")->isVisible());
        // The batch note goes to the new experiments only; a note written before stays.
        QCOMPARE(collection.repository().notes(generatedAccession(2)).value(), QStringLiteral("for the liver project"));
        QCOMPARE(collection.repository().notes("ENCSR100AAA").value(), QStringLiteral("my own note"));
        for (const QString &accession : wanted) {
            const int row = static_cast<int>(column(results(), SearchResultsModel::Accession).indexOf(accession));
            QVERIFY(results()->index(row, 0).data(SearchResultsModel::TrackedRole).toBool());
        }
    }

    void cancelStopsTrackingButNotTheSearch()
    {
        testsupport::TestCollection collection;
        m_view->setCollection(collection.database());
        startView();
        QStringList wanted;
        for (int row = 0; row < 5; ++row)
            wanted.append(results()->hit(row).accession);
        select(wanted);
        // Tracking asks /search/ for its batch; it stalls there. Pages come from /report/.
        m_portal->setMisbehaviour("/search/", testsupport::Misbehaviour::Slow, -1, 3000);
        QSignalSpy received(m_portal.get(), &testsupport::FakePortal::requestReceived);
        QSignalSpy status(m_view.get(), &ui::SearchView::statusMessage);
        m_view->actions().trackSelected->trigger();
        QVERIFY(received.wait(5000));
        QTest::mouseClick(m_view->findChild<QPushButton *>("nextPage"), Qt::LeftButton);
        QTest::mouseClick(m_view->findChild<QPushButton *>("cancelTracking"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isTracking(), 5000);
        QCOMPARE(collection.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 0);
        QVERIFY(m_prompts->warnings.isEmpty()); // a cancel is what the user asked for, not an error
        QVERIFY(status.last().first().toString().contains("Cancelled"));
        // The page asked for meanwhile still arrives: cancelling the run cancelled only its requests.
        QTRY_COMPARE_WITH_TIMEOUT(results()->page().offset, ui::SearchSession::pageSize, 10000);
        QVERIFY(!m_view->findChild<QWidget *>("offlineBanner")->isVisible());
        m_portal->setMisbehaviour("/search/", testsupport::Misbehaviour::None);
    }

    void aPortalThatCannotBeReachedSaysSoAndRetryRecovers()
    {
        const quint16 port = static_cast<quint16>(m_portal->baseUrl().port());
        m_view.reset();
        m_client.reset();
        m_portal.reset(); // nothing listens on the port now
        m_client = std::make_unique<app::PortalClient>(quickSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        m_view = std::make_unique<ui::SearchView>(*m_client, *m_prompts);
        m_view->show();
        m_view->start();
        auto *banner = m_view->findChild<QWidget *>("offlineBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(m_view->findChild<QLabel *>("offlineText")->text().contains("cannot be reached"));
        QVERIFY(m_prompts->warnings.isEmpty()); // not a modal dialog
        QCOMPARE(results()->rowCount(), 0);

        m_portal = std::make_unique<testsupport::FakePortal>();
        QVERIFY(m_portal->loadFixtures(testsupport::fixtureDirectory()) > 10);
        if (!m_portal->start(port))
            QSKIP("the port was taken by another process meanwhile");
        QTest::mouseClick(m_view->findChild<QPushButton *>("retryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results()->rowCount() > 0, 10000);
        QVERIFY(!banner->isVisible());
    }

    void importDialogRecognisesWhatIsPasted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("verdict");
        using Kind = app::ImportSource::Kind;
        QTest::newRow("accessions") << "ENCSR000EDP, ENCSR000AKB\nENCSR000EDP" << true << int(Kind::Accessions) << "2 experiment";
        QTest::newRow("search URL") << "https://www.encodeproject.org/search/?type=Experiment&assay_title=ATAC-seq" << true
                                    << int(Kind::SearchUrl) << "A Portal search";
        QTest::newRow("cart") << "https://www.encodeproject.org/carts/abc-123/" << true << int(Kind::Cart) << "A Portal cart";
        QTest::newRow("lower case") << "ENCSR000EDP encsr000akb" << true << int(Kind::Accessions) << "2 experiment";
        QTest::newRow("bad accession") << "ENCSR000EDP ENCSR000AK" << false << -1 << "ENCSR000AK";
        QTest::newRow("file accession") << "ENCFF000AAA" << false << -1 << "ENCFF000AAA";
        QTest::newRow("other type") << "https://www.encodeproject.org/search/?type=Biosample" << false << -1 << "type=Experiment";
        QTest::newRow("empty") << "  \n" << false << -1 << "Paste or type";
    }

    void importDialogRecognisesWhatIsPasted()
    {
        QFETCH(QString, text);
        QFETCH(bool, usable);
        QFETCH(int, kind);
        QFETCH(QString, verdict);
        ui::ImportDialog dialog(*m_prompts);
        dialog.setText(text);
        QCOMPARE(dialog.source().has_value(), usable);
        if (usable)
            QCOMPARE(int(dialog.source()->kind), kind);
        const QString shown = dialog.findChild<QLabel *>("importVerdict")->text();
        QVERIFY2(shown.contains(verdict), qPrintable(shown));
        QCOMPARE(dialog.findChild<QPushButton *>("importTrack")->isEnabled(), usable);
    }

    void importingACartTracksItsExperiments()
    {
        testsupport::TestCollection collection;
        m_view->setCollection(collection.database());
        m_portal->addObjectAt("/carts/lab-cart/",
                              QJsonObject{{"@id", "/carts/lab-cart/"},
                                          {"@type", QJsonArray{"Cart", "Item"}},
                                          {"elements", QJsonArray{"/experiments/ENCSR100AAA/",
                                                                  QString("/experiments/" + generatedAccession(5) + "/"),
                                                                  "/files/ENCFF100AAA/"}}});
        const auto source = app::ImportSource::fromText(m_portal->baseUrl().toString() + "/carts/lab-cart/");
        QVERIFY(source.ok());
        m_view->importFrom(source.value());
        QVERIFY(m_view->isTracking());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isTracking(), 20000);
        QVERIFY2(m_prompts->warnings.isEmpty(), qPrintable(m_prompts->warnings.join('\n')));
        QCOMPARE(collection.scalar("SELECT group_concat(accession, ' ') FROM (SELECT accession FROM tracked_experiments "
                                   "ORDER BY accession)").toString(),
                 "ENCSR100AAA " + generatedAccession(5));
    }

    void importingASearchUrlTracksItsExperiments()
    {
        testsupport::TestCollection collection;
        m_view->setCollection(collection.database());
        const auto source = app::ImportSource::fromText(
            m_portal->baseUrl().toString() + "/search/?type=Experiment&assay_title=DNase-seq&status=released");
        QVERIFY(source.ok());
        m_view->importFrom(source.value());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isTracking(), 20000);
        QVERIFY2(m_prompts->warnings.isEmpty(), qPrintable(m_prompts->warnings.join('\n')));
        const int stored = collection.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt();
        QVERIFY(stored > 0);
        QCOMPARE(collection.scalar("SELECT COUNT(*) FROM tracked_experiments WHERE assay_title = 'DNase-seq'").toInt(), stored);
    }

    void doubleClickShowsTheDetailsOfAResult()
    {
        startView();
        m_view->table()->setCurrentIndex(results()->index(0, SearchResultsModel::Accession));
        m_view->actions().showDetails->trigger();
        auto *dialog = m_view->findChild<ui::SearchHitDialog *>("searchHitDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().startsWith(results()->hit(0).accession));
        QVERIFY(dialog->findChild<QPushButton *>("trackHitButton")); // not tracked yet
        dialog->close();
    }
};

// The window: tracking from the Search view with no collection open uses the default collection, and
// the Collection view shows what arrived.
class TestSearchInWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trackingWithoutACollectionOpensTheDefaultOne()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir home;
        const QString path = home.filePath("tracker.db");
        qputenv("ENCODE_TRACKER_DB", path.toUtf8());
        testsupport::FakePortal portal;
        QVERIFY(portal.start());
        QVERIFY(portal.loadFixtures(testsupport::fixtureDirectory()) > 10);
        ui::MainWindow window(portal.baseUrl().toString(), std::make_unique<testsupport::ScriptedPrompts>());
        window.show();
        window.showSearch();
        ui::SearchView *view = window.searchView();
        QVERIFY(view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->results()->rowCount() > 0, 10000);
        view->table()->selectRow(0);
        const QString accession = view->results()->hit(0).accession;
        view->actions().trackSelected->trigger();
        QCOMPARE(window.collectionPath(), path);
        QVERIFY(view->isVisible()); // the user stays in the Search view
        QTRY_VERIFY_WITH_TIMEOUT(!view->isTracking(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.collectionView()->table()->model()->rowCount(), 1, 5000);
        QCOMPARE(window.collectionView()->table()->model()->index(0, 0).data(models::CollectionTableModel::AccessionRole).toString(),
                 accession);
        qunsetenv("ENCODE_TRACKER_DB");
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int failed = 0;
    {
        TestSearchView test;
        failed += QTest::qExec(&test, argc, argv);
    }
    {
        TestSearchInWindow test;
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}

#include "tst_searchview.moc"
