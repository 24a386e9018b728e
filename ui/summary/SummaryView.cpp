#include "ui/summary/SummaryView.h"

#include "ui/common/PictureFile.h"
#include "ui/common/UserPrompts.h"
#include "models/database/CollectionFiles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

constexpr int barsShown = 12; // the rest is summed into one "other" bar
const QString otherLabel = QStringLiteral("(%1 other values)");

} // namespace

SummaryView::SummaryView(UserPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_totals(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("summaryView"));
    m_totals->setObjectName(QStringLiteral("summaryTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    auto *charts = new QWidget;
    charts->setLayout(m_grid);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(scroll, 1);
}

void SummaryView::showSummary(const QSqlDatabase &database, const std::optional<QStringList> &shown, int total)
{
    models::CollectionFilter filter;
    if (shown)
        filter.accessions = shown->isEmpty() ? QStringList{QStringLiteral("-")} : *shown; // "-" matches nothing
    m_collectionPath = models::collectionPathOf(database);
    const models::Result<models::CollectionSummary> summary = models::summarizeCollection(database, filter);
    if (!summary.ok()) {
        m_totals->setText(summary.failure().message.toHtmlEscaped());
        return;
    }
    m_summary = summary.value();
    const QLocale locale;
    const QString scope = shown ? tr("the %1 of %2 experiments the Collection view's filter shows")
                                      .arg(locale.toString(m_summary.totalExperiments), locale.toString(total))
                                : tr("the whole collection");
    m_totals->setText(tr("<span style='font-size:x-large'><b>%1</b> experiments · <b>%2</b> publications · "
                         "<b>%3</b> derived files · <b>%4</b> external references</span><br>Summarising %5. "
                         "Click a bar to show those experiments; right-click a chart to save it.")
                          .arg(locale.toString(m_summary.totalExperiments), locale.toString(m_summary.totalPublications),
                               locale.toString(m_summary.totalDerivedFiles),
                               locale.toString(m_summary.totalExternalReferences), scope));
    rebuildCharts();
}

void SummaryView::rebuildCharts()
{
    for (QChartView *view : std::as_const(m_charts))
        delete view;
    m_charts.clear();
    int index = 0;
    for (const models::SummaryGrouping &grouping : m_summary.groupings) {
        QChartView *view = makeChart(grouping);
        m_charts.insert(grouping.grouping, view);
        m_grid->addWidget(view, index / 2, index % 2);
        ++index;
    }
}

QChartView *SummaryView::makeChart(const models::SummaryGrouping &grouping)
{
    // The most frequent first, from the top: a horizontal bar chart lists categories bottom-up.
    QList<models::SummaryCount> counts = grouping.counts.mid(0, barsShown);
    int rest = 0;
    for (qsizetype i = barsShown; i < grouping.counts.size(); ++i)
        rest += grouping.counts.at(i).count;
    if (rest > 0)
        counts.append({otherLabel.arg(grouping.counts.size() - barsShown), rest});
    std::reverse(counts.begin(), counts.end());

    auto *set = new QBarSet(models::groupingTitle(grouping.grouping));
    set->setColor(QColor(0x35, 0x84, 0xe4));
    set->setLabelColor(palette().color(QPalette::WindowText)); // the default is white, unreadable outside the bar
    QStringList categories;
    int highest = 0;
    for (const models::SummaryCount &count : std::as_const(counts)) {
        *set << count.count;
        categories.append(count.value);
        highest = std::max(highest, count.count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("<b>%1</b>").arg(models::groupingTitle(grouping.grouping)));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, highest) * 1.15); // room for the labels
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("chart_") + models::groupingKey(grouping.grouping));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(std::max(220, 90 + 24 * static_cast<int>(counts.size())));
    view->setMinimumWidth(420);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const models::Grouping shown = grouping.grouping;
    connect(set, &QBarSet::clicked, this, [this, shown, categories](int index) {
        const QString value = categories.value(index);
        if (!value.startsWith(QLatin1Char('(')) || !value.endsWith(QStringLiteral("other values)")))
            Q_EMIT filterRequested({shown, value});
    });
    connect(set, &QBarSet::hovered, view, [view](bool over, int) {
        view->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, shown](const QPoint &at) {
        QMenu menu(view);
        menu.addAction(tr("Save Chart as PNG or SVG…"), this, [this, view, shown] { offerSave(view, shown); });
        menu.exec(view->mapToGlobal(at));
    });
    return view;
}

QChartView *SummaryView::chart(models::Grouping grouping) const
{
    return m_charts.value(grouping);
}

void SummaryView::offerSave(QChartView *view, models::Grouping grouping)
{
    const QString key = models::groupingKey(grouping);
    const QString path = m_prompts.saveFileName(this, tr("Save Chart"),
                                                QDir::home().filePath(QStringLiteral("encode-%1.png").arg(key)),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (models::Status failed = saveChart(view, path, m_collectionPath))
        m_prompts.warn(this, tr("Save Chart"), failed->message);
}

models::Status SummaryView::saveChart(QChartView *view, const QString &path, const QString &collectionPath)
{
    return savePicture(path, collectionPath, view->size(), view->chart()->title(),
                       [view](QPainter &painter, const QRectF &target) {
                           // The widget as it is drawn on screen (QGraphicsView::render would redraw the
                           // scene alone, without the chart's axis labels as text).
                           painter.scale(target.width() / view->width(), target.height() / view->height());
                           static_cast<QWidget *>(view)->render(&painter);
                       });
}

} // namespace encode::ui
