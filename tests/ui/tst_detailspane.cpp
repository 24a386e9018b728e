// The details pane on experiments mapped from our Portal fixtures (tests/data/portal, see its README),
// stored in a real collection and read back, as the window will show them.
#include "ui/details/AuditEntries.h"
#include "ui/details/DetailsPane.h"
#include "ui/details/MetricFields.h"
#include "models/experiment/ExperimentMapper.h"
#include "tests/support/PortalFixtures.h"
#include "tests/support/TestCollection.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace encode;

namespace {

const QString portalBase = QStringLiteral("https://www.encodeproject.org");

QJsonObject experimentFixture(const QString &accession)
{
    return testsupport::readFixture("experiments/" + accession + ".json");
}

template <typename T> T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text, int column = 0)
{
    const QList<QTreeWidgetItem *> items =
        tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, column);
    return items.isEmpty() ? nullptr : items.constFirst();
}

// The targets of the links in a rich-text label, in order.
QStringList hrefs(const QString &html)
{
    QStringList targets;
    QRegularExpressionMatchIterator it = QRegularExpression("href=\"([^\"]*)\"").globalMatch(html);
    while (it.hasNext())
        targets.append(it.next().captured(1).replace("&amp;", "&"));
    return targets;
}

QStringList tabTitles(const QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    return titles;
}

} // namespace

class TestDetailsPane final : public QObject {
    Q_OBJECT

private:
    testsupport::TestCollection m_collection;

    // Maps the fixture, tracks it into the collection and reads it back.
    models::ExperimentDetails tracked(const QString &accession, const QString &notes = {})
    {
        const models::ExperimentMapper mapper(portalBase);
        const models::ExperimentRecord record =
            mapper.map(experimentFixture(accession), testsupport::allFixtureObjects(), {});
        models::CollectionRepository repository = m_collection.repository();
        models::SaveOptions options;
        options.notes = notes;
        options.now = 1700000000;
        const auto saved = repository.save(record, options);
        if (!saved.ok())
            qFatal("save failed: %s", qPrintable(saved.failure().message));
        const auto details = repository.details(accession);
        if (!details.ok() || !details.value())
            qFatal("no details for %s", qPrintable(accession));
        return *details.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_collection.isOpen(), qPrintable(m_collection.openError()));
        // Numbers are formatted in the user's locale; pin one so the expectations hold everywhere.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void headerMarksSeriousAudits()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA"));
        QCOMPARE(pane.accession(), QStringLiteral("ENCSR100AAA"));
        QCOMPARE(child<QLabel>(pane, "detailsAccession")->text(), QStringLiteral("ENCSR100AAA"));
        const QString summary = child<QLabel>(pane, "detailsSummary")->text();
        QVERIFY2(summary.contains("TF ChIP-seq") && summary.contains("CTCF-human") &&
                     summary.contains("HepG2"),
                 qPrintable(summary));
        auto *error = child<QToolButton>(pane, "auditBadge_ERROR");
        QVERIFY(error->isVisibleTo(&pane));
        QCOMPARE(error->text(), QStringLiteral("ERROR 1"));
        QVERIFY(error->toolTip().contains("missing control alignments"));
        QVERIFY(pane.findChild<QToolButton *>("auditBadge_WARNING"));
        QVERIFY(!pane.findChild<QToolButton *>("auditBadge_NOT_COMPLIANT"));

        // A click on the badge shows the audits.
        auto *tabs = child<QTabWidget>(pane, "detailsTabs");
        error->click();
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("auditsTab"));

        pane.showExperiment(tracked("ENCSR200BBB"));
        QVERIFY(pane.findChild<QToolButton *>("auditBadge_NOT_COMPLIANT"));
        QVERIFY(!pane.findChild<QToolButton *>("auditBadge_ERROR"));

        pane.showExperiment(tracked("ENCSR500EEE"));
        QVERIFY(pane.findChildren<QToolButton *>(QRegularExpression("^auditBadge_")).isEmpty());
    }

    void tabTitlesShowCounts()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA"));
        QCOMPARE(tabTitles(child<QTabWidget>(pane, "detailsTabs")),
                 (QStringList{"Overview", "Publications (2)", "Pipelines (2)", "Quality metrics (4)",
                              "Audits (2)", "References (4)", "Derived files (0)", "Raw JSON"}));
    }

    void overviewShowsStoredFieldsByName()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA"));
        QCOMPARE(child<QLabel>(pane, "overview_organ")->text(), QStringLiteral("liver, epithelium"));
        QCOMPARE(child<QLabel>(pane, "overview_assembly")->text(), QStringLiteral("GRCh38, hg19"));
        auto *lab = child<QLabel>(pane, "overview_lab");
        QCOMPARE(lab->text(), QStringLiteral("Avery Lindqvist, Example Institute"));
        QCOMPARE(lab->toolTip(), QStringLiteral("/labs/avery-lindqvist/"));
        auto *award = child<QLabel>(pane, "overview_award");
        QVERIFY2(award->text().contains("INTEGRATED MAPPING OF REGULATORY ELEMENTS"),
                 qPrintable(award->text()));
        QVERIFY(award->text().contains("U54HG900001"));
        QCOMPARE(award->toolTip(), QStringLiteral("/awards/U54HG900001/"));
        const QString trackedAt =
            QDateTime::fromSecsSinceEpoch(1700000000).toLocalTime().toString("yyyy-MM-dd HH:mm");
        QCOMPARE(child<QLabel>(pane, "overview_tracked")->text(), trackedAt);

        // An absent property is a dash, not an empty row or "null".
        pane.showExperiment(tracked("ENCSR500EEE"));
        QCOMPARE(child<QLabel>(pane, "overview_target")->text(), QStringLiteral("—"));
        QCOMPARE(child<QLabel>(pane, "overview_geo")->text(), QStringLiteral("—"));
    }

    void linksGoThroughTheSignal()
    {
        ui::DetailsPane pane;
        QSignalSpy spy(&pane, &ui::DetailsPane::openUrlRequested);
        pane.showExperiment(tracked("ENCSR100AAA"));

        auto *geo = child<QLabel>(pane, "overview_geo");
        QCOMPARE(hrefs(geo->text()),
                 QStringList{"https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE123456"});
        Q_EMIT geo->linkActivated(hrefs(geo->text()).constFirst());
        auto *portal = child<QLabel>(pane, "overview_portalPage");
        QCOMPARE(hrefs(portal->text()), QStringList{portalBase + "/experiments/ENCSR100AAA/"});
        Q_EMIT portal->linkActivated(hrefs(portal->text()).constFirst());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toUrl(),
                 QUrl("https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE123456"));
        QCOMPARE(spy.at(1).at(0).toUrl(), QUrl(portalBase + "/experiments/ENCSR100AAA/"));

        // Every id in the References tab is a link to its site.
        QStringList targets;
        for (QLabel *link :
             child<QTreeWidget>(pane, "referencesTree")->findChildren<QLabel *>("referenceLink"))
            targets.append(hrefs(link->text()));
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{"https://doi.org/10.1000/example.one", "https://doi.org/10.1000/example.two",
                              "https://pubmed.ncbi.nlm.nih.gov/21111111/",
                              "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE123456"}));
        QLabel *first =
            child<QTreeWidget>(pane, "referencesTree")->findChildren<QLabel *>("referenceLink").constFirst();
        Q_EMIT first->linkActivated(hrefs(first->text()).constFirst());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toUrl(), QUrl(hrefs(first->text()).constFirst()));
    }

    void publicationsLinkToPubMedAndDoi()
    {
        ui::DetailsPane pane;
        QSignalSpy spy(&pane, &ui::DetailsPane::openUrlRequested);
        pane.showExperiment(tracked("ENCSR100AAA"));
        auto *view = child<QTextBrowser>(pane, "publicationsView");
        QCOMPARE(hrefs(view->toHtml()),
                 (QStringList{"https://pubmed.ncbi.nlm.nih.gov/21111111/",
                              "https://doi.org/10.1000/example.one", "https://doi.org/10.1000/example.two"}));
        const QString text = view->toPlainText();
        QVERIFY(text.contains("A map of CTCF insulator sites in a human liver cell line"));
        QVERIFY(text.contains("Insulator loops revisited with high-resolution ChIP"));
        QVERIFY(text.contains("Genome Research, 2012"));
        QVERIFY(text.contains("Alvarez MJ, Brennan KT"));

        Q_EMIT view->anchorClicked(QUrl("https://pubmed.ncbi.nlm.nih.gov/21111111/"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(), QUrl("https://pubmed.ncbi.nlm.nih.gov/21111111/"));
        auto *tab = child<QWidget>(pane, "publicationsTab");
        QVERIFY(!child<QLabel>(*tab, "emptyPlaceholder")->isVisibleTo(tab));
        QVERIFY(view->isVisibleTo(tab));
    }

    void emptyTabsSayWhy()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR500EEE"));
        auto *publications = child<QWidget>(pane, "publicationsTab");
        auto *placeholder = child<QLabel>(*publications, "emptyPlaceholder");
        QCOMPARE(placeholder->text(), QStringLiteral("No publications"));
        QVERIFY(placeholder->isVisibleTo(publications));
        auto *audits = child<QWidget>(pane, "auditsTab");
        QVERIFY(child<QLabel>(*audits, "emptyPlaceholder")->isVisibleTo(audits));
        QCOMPARE(tabTitles(child<QTabWidget>(pane, "detailsTabs")).at(1), QStringLiteral("Publications (0)"));
    }

    void pipelinesListTheirSoftware()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA"));
        auto *tree = child<QTreeWidget>(pane, "pipelinesTree");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("TF ChIP-seq alignment and filtering"));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("released"));
        QTreeWidgetItem *bwa = findItem(tree, "BWA");
        QVERIFY(bwa);
        QCOMPARE(bwa->text(1), QStringLiteral("0.7.17"));
        QCOMPARE(bwa->parent(), tree->topLevelItem(0));
        QVERIFY(findItem(tree, "IDR"));
    }

    void qualityMetricsAreReadable()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR200BBB"));
        auto *tree = child<QTreeWidget>(pane, "qualityMetricsTree");
        QCOMPARE(tree->topLevelItemCount(), 3); // one per file
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("ENCFF201BBB"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("StarQualityMetric"));
        QTreeWidgetItem *uniquely = findItem(tree, "Uniquely mapped reads %");
        QVERIFY(uniquely);
        QCOMPARE(uniquely->text(1), QStringLiteral("90.47%"));
        QCOMPARE(findItem(tree, "Number of input reads")->text(1), QStringLiteral("24,681,357"));
        QCOMPARE(findItem(tree, "Average mapped length")->text(1), QStringLiteral("199.37"));
        for (const QString &hidden :
             QStringList{"@id", "@type", "uuid", "status", "step_run", "quality_metric_of", "schema_version",
                         "date_created", "lab", "award", "assay_term_id"}) {
            QVERIFY2(!findItem(tree, hidden), qPrintable(hidden));
            QVERIFY2(!findItem(tree, ui::readableMetricKey(hidden)), qPrintable(hidden));
        }

        pane.showExperiment(tracked("ENCSR100AAA"));
        QCOMPARE(findItem(tree, "Mapped reads %")->text(1), QStringLiteral("87.42%"));
        QCOMPARE(findItem(tree, "Mapped %")->text(1), QStringLiteral("94.27%")); // mapped_pct
        QCOMPARE(findItem(tree, "IDR cutoff")->text(1), QStringLiteral("0.05")); // idr_cutoff
    }

    void auditsShowCategoryAndDetailText()
    {
        ui::DetailsPane pane;
        QSignalSpy spy(&pane, &ui::DetailsPane::openUrlRequested);
        pane.showExperiment(tracked("ENCSR100AAA"));
        auto *view = child<QTextBrowser>(pane, "auditsView");
        const QString text = view->toPlainText();
        QVERIFY(text.contains("missing control alignments"));
        QVERIFY(text.contains("low read length"));
        QVERIFY(text.contains("Control experiment ENCSR100ZZZ has no alignments"));
        QVERIFY(!text.contains("{ENCSR100ZZZ|"));
        // ERROR before WARNING.
        QVERIFY(text.indexOf("missing control alignments") < text.indexOf("low read length"));
        QVERIFY(view->toHtml().contains(portalBase + "/experiments/ENCSR100ZZZ/"));
        Q_EMIT view->anchorClicked(QUrl(portalBase + "/files/ENCFF102AAA/"));
        QCOMPARE(spy.count(), 1);
    }

    void auditMarkup_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << "No links here."
                               << "No links here."
                               << "No links here.";
        QTest::newRow("one link")
            << "File {ENCFF1|/files/ENCFF1/} is short."
            << "File ENCFF1 is short."
            << "File <a href=\"https://www.encodeproject.org/files/ENCFF1/\">ENCFF1</a> is short.";
        QTest::newRow("two links, escaped") << "{A|/a/} & {B<|/b/}"
                                            << "A & B<"
                                            << "<a href=\"https://www.encodeproject.org/a/\">A</a> &amp; <a "
                                               "href=\"https://www.encodeproject.org/b/\">B&lt;</a>";
        QTest::newRow("not a path") << "{text|nowhere}"
                                    << "text"
                                    << "text";
        QTest::newRow("unbalanced") << "{broken|/x/"
                                    << "{broken|/x/"
                                    << "{broken|/x/";
    }

    void auditMarkup()
    {
        QFETCH(QString, detail);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(ui::auditDetailText(detail), text);
        QCOMPARE(ui::auditDetailHtml(detail, QUrl(portalBase + "/")), html);
    }

    void rawJsonSearchShowsMatchesAndTheirParents()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA"));
        auto *tree = child<QTreeWidget>(pane, "rawJsonTree");
        auto *search = child<QLineEdit>(pane, "rawJsonSearch");
        // The Portal's keys at the first level, collapsed below it.
        QTreeWidgetItem *accession = findItem(tree, "accession");
        QTreeWidgetItem *replicates = findItem(tree, "replicates");
        QVERIFY(accession && replicates && !accession->parent() && !replicates->parent());
        QCOMPARE(accession->text(1), QStringLiteral("ENCSR100AAA"));
        QCOMPARE(replicates->text(1), QStringLiteral("[3 items]"));
        QCOMPARE(replicates->child(0)->text(0), QStringLiteral("[0]"));
        QVERIFY(!replicates->isExpanded());

        search->setText("biosample_summary");
        QVERIFY(!findItem(tree, "biosample_summary")->isHidden());
        QVERIFY(accession->isHidden());
        QVERIFY(replicates->isHidden());

        // A key deep inside shows the way to it.
        search->setText("life_stage");
        QVERIFY(!replicates->isHidden());
        QVERIFY(replicates->isExpanded());
        QVERIFY(accession->isHidden());
        QTreeWidgetItem *lifeStage = findItem(tree, "life_stage");
        QVERIFY(lifeStage && !lifeStage->isHidden());
        QCOMPARE(lifeStage->text(1), QStringLiteral("child"));

        // Values match too.
        search->setText("EFO:0001187");
        QVERIFY(!findItem(tree, "biosample_ontology")->isHidden());
        QVERIFY(findItem(tree, "biosample_summary")->isHidden());

        search->clear();
        QVERIFY(!accession->isHidden());
        QVERIFY(!replicates->isHidden());
        QVERIFY(!replicates->isExpanded());
    }

    void notesSaveAndRevert()
    {
        ui::DetailsPane pane;
        QSignalSpy spy(&pane, &ui::DetailsPane::notesSaveRequested);
        pane.showExperiment(tracked("ENCSR100AAA", "first thoughts"));
        auto *editor = child<QPlainTextEdit>(pane, "notesEditor");
        auto *save = child<QPushButton>(pane, "saveNotesButton");
        auto *revert = child<QPushButton>(pane, "revertNotesButton");
        QCOMPARE(editor->toPlainText(), QStringLiteral("first thoughts"));
        QVERIFY(!save->isEnabled());

        editor->setPlainText("changed my mind");
        QVERIFY(save->isEnabled());
        revert->click();
        QCOMPARE(editor->toPlainText(), QStringLiteral("first thoughts"));
        QVERIFY(!save->isEnabled());

        editor->setPlainText("control is missing:\ncheck ENCSR100ZZZ");
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ENCSR100AAA"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("control is missing:\ncheck ENCSR100ZZZ"));
        QVERIFY(!save->isEnabled());

        // Unsaved edits survive a refresh of the same experiment, not a switch to another.
        editor->setPlainText("draft");
        pane.showExperiment(tracked("ENCSR100AAA", "first thoughts"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("draft"));
        pane.showExperiment(tracked("ENCSR200BBB", "mouse"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("mouse"));
    }

    void showNothingClears()
    {
        ui::DetailsPane pane;
        pane.showExperiment(tracked("ENCSR100AAA", "some notes"));
        pane.showNothing();
        QCOMPARE(pane.accession(), QString());
        QCOMPARE(child<QLabel>(pane, "detailsAccession")->text(), QString());
        QVERIFY(pane.findChildren<QToolButton *>(QRegularExpression("^auditBadge_")).isEmpty());
        auto *editor = child<QPlainTextEdit>(pane, "notesEditor");
        QVERIFY(editor->toPlainText().isEmpty());
        QVERIFY(!editor->isEnabled());
        QCOMPARE(child<QTreeWidget>(pane, "rawJsonTree")->topLevelItemCount(), 0);
        QCOMPARE(child<QTreeWidget>(pane, "qualityMetricsTree")->topLevelItemCount(), 0);
        QVERIFY(child<QTextBrowser>(pane, "publicationsView")->toPlainText().isEmpty());
        QCOMPARE(tabTitles(child<QTabWidget>(pane, "detailsTabs")).at(1), QStringLiteral("Publications (0)"));
        QVERIFY(child<QLabel>(pane, "detailsPlaceholder")->isVisibleTo(&pane));

        QSignalSpy spy(&pane, &ui::DetailsPane::notesSaveRequested);
        child<QPushButton>(pane, "saveNotesButton")->click();
        QCOMPARE(spy.count(), 0);
    }

    void metricKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("portal label") << "Uniquely mapped reads %"
                                      << "Uniquely mapped reads %";
        QTest::newRow("snake case") << "total_qc_failed"
                                    << "Total QC failed";
        QTest::newRow("one word") << "duplicates"
                                  << "Duplicates";
        QTest::newRow("percent") << "mapped_pct"
                                 << "Mapped %";
        QTest::newRow("short capitals kept") << "Nt"
                                             << "Nt";
        QTest::newRow("abbreviation") << "NRF"
                                      << "NRF";
    }

    void metricKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QCOMPARE(ui::readableMetricKey(key), label);
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
