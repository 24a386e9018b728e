// The Summary view in the window, offscreen: a chart per grouping with the engine's counts, following
// the Collection view's filter and content; clicking a bar filters the collection to it; charts save
// as PNG and SVG.
#include "ui/MainWindow.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "ui/summary/SummaryView.h"
#include "tests/support/ScriptedPrompts.h"
#include "tests/support/TestCollection.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace encode;

namespace {

QBarSet *barsOf(QChartView *view)
{
    const auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().value(0));
    return series ? series->barSets().value(0) : nullptr;
}

QStringList categoriesOf(QChartView *view)
{
    const auto axes = view->chart()->axes(Qt::Vertical);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList();
}

} // namespace

class TestSummaryView final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestCollection> m_collection;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::SummaryView *summary() { return m_window->findChild<ui::SummaryView *>("summaryView"); }

    void showSummary()
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
                action->trigger();
        }
        QVERIFY(summary()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_collection = std::make_unique<testsupport::TestCollection>();
        models::CollectionRepository repository = m_collection->repository();
        QVERIFY(repository.save(testsupport::sampleRecord("ENCSR001AAA", "TF ChIP-seq", "Homo sapiens", "liver"), {}).ok());
        QVERIFY(repository.save(testsupport::sampleRecord("ENCSR002AAA", "TF ChIP-seq", "Mus musculus", "liver, brain"), {}).ok());
        QVERIFY(repository.save(testsupport::sampleRecord("ENCSR003AAA", "DNase-seq", "Homo sapiens", "brain"), {}).ok());
        m_window = std::make_unique<ui::MainWindow>("http://127.0.0.1:9", std::make_unique<testsupport::ScriptedPrompts>());
        m_window->resize(1300, 900);
        m_window->show();
        QVERIFY(m_window->openCollection(m_collection->path()));
    }

    void cleanup() { m_window.reset(); }

    void eachGroupingIsAChartWithTheEngineCounts()
    {
        showSummary();
        QCOMPARE(summary()->summary().totalExperiments, 3);
        QVERIFY(summary()->findChild<QLabel *>("summaryTotals")->text().contains("<b>3</b> experiments"));
        for (const models::GroupingInfo &grouping : models::allGroupings())
            QVERIFY2(summary()->chart(grouping.grouping), grouping.key);
        QChartView *organs = summary()->chart(models::Grouping::Organ);
        // Most frequent at the top, which a horizontal bar chart draws last.
        QCOMPARE(categoriesOf(organs), (QStringList{"liver", "brain"}));
        QCOMPARE(barsOf(organs)->at(0), 2.0);
        QCOMPARE(barsOf(organs)->at(1), 2.0);
        QCOMPARE(categoriesOf(summary()->chart(models::Grouping::Assay)), (QStringList{"DNase-seq", "TF ChIP-seq"}));
        QCOMPARE(barsOf(summary()->chart(models::Grouping::Assay))->at(1), 2.0);
    }

    void clickingABarFiltersTheCollection()
    {
        showSummary();
        QChartView *organisms = summary()->chart(models::Grouping::Organism);
        const int mouse = static_cast<int>(categoriesOf(organisms).indexOf("Mus musculus"));
        QVERIFY(mouse >= 0);
        Q_EMIT barsOf(organisms)->clicked(mouse);
        ui::CollectionView *collection = m_window->collectionView();
        QVERIFY(collection->isVisible());
        QCOMPARE(collection->table()->model()->rowCount(), 1);
        QCOMPARE(collection->filteredAccessions(), std::optional<QStringList>(QStringList{"ENCSR002AAA"}));
        auto *chip = collection->findChild<QToolButton *>("groupFilter");
        QVERIFY(chip->isVisible());
        QCOMPARE(chip->text(), QStringLiteral("Organism: Mus musculus  ✕"));

        // The summary follows the filter...
        showSummary();
        QCOMPARE(summary()->summary().totalExperiments, 1);
        // ...and a term of a list ("liver, brain") filters exactly: brain is in two experiments.
        QChartView *organs = summary()->chart(models::Grouping::Organ);
        QVERIFY(categoriesOf(organs).contains("brain"));
        chip->click();
        QCOMPARE(collection->table()->model()->rowCount(), 3);
        showSummary();
        organs = summary()->chart(models::Grouping::Organ);
        Q_EMIT barsOf(organs)->clicked(static_cast<int>(categoriesOf(organs).indexOf("brain")));
        QCOMPARE(collection->table()->model()->rowCount(), 2);
    }

    void theSummaryFollowsChangesToTheCollection()
    {
        showSummary();
        QVERIFY(m_collection->repository().save(testsupport::sampleRecord("ENCSR004AAA", "WGBS"), {}).ok());
        m_window->collectionView()->reloadKeepingSelection();
        QTRY_COMPARE(summary()->summary().totalExperiments, 4);
        QVERIFY(categoriesOf(summary()->chart(models::Grouping::Assay)).contains("WGBS"));
    }

    void chartsSaveAsPngAndSvg()
    {
        showSummary();
        QTemporaryDir dir;
        QVERIFY(!ui::SummaryView::saveChart(summary()->chart(models::Grouping::Assay), dir.filePath("assay.png"), m_collection->path()));
        const QImage png(dir.filePath("assay.png"));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 100);
        QVERIFY(!ui::SummaryView::saveChart(summary()->chart(models::Grouping::Assay), dir.filePath("assay.svg"), m_collection->path()));
        QFile svg(dir.filePath("assay.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("TF ChIP-seq"));
    }
};

QTEST_MAIN(TestSummaryView)
#include "tst_summaryview.moc"
