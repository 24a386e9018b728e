#include "ui/details/QualityMetricsTab.h"

#include "ui/details/JsonDisplay.h"
#include "ui/details/MetricFields.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QTreeWidget>

namespace encode::ui {
namespace {

void setBold(QTreeWidgetItem *item)
{
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
}

// Nested values (rare: per-replicate tables) become child rows rather than one line of JSON.
void addValue(QTreeWidgetItem *parent, const QString &label, const QString &key, const QJsonValue &value)
{
    const QString text = readableValue(value);
    auto *item = new QTreeWidgetItem(parent, {label, text});
    item->setToolTip(0, key);
    item->setToolTip(1, text);
    if (!text.isNull())
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, readableMetricKey(it.key()), it.key(), it.value());
    } else {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(item, QString::number(i + 1), key, array.at(i));
    }
}

} // namespace

QualityMetricsTab::QualityMetricsTab(QWidget *parent)
    : DetailsTab(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("qualityMetricsTab"));
    m_tree->setObjectName(QStringLiteral("qualityMetricsTree"));
    m_tree->setHeaderLabels({tr("File / metric"), tr("Value")});
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    setContent(m_tree, tr("No quality metrics"));
    setEmpty(true);
}

QString QualityMetricsTab::title() const
{
    return tr("Quality metrics (%1)").arg(m_count);
}

QTreeWidgetItem *QualityMetricsTab::fileItem(const QString &fileAccession)
{
    const QString name = fileAccession.isEmpty() ? tr("(unknown file)") : fileAccession;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == name)
            return m_tree->topLevelItem(i);
    }
    auto *item = new QTreeWidgetItem(m_tree, {name});
    setBold(item);
    item->setFirstColumnSpanned(true);
    return item;
}

void QualityMetricsTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    m_tree->clear();
    for (const models::QualityMetric &metric : details.qualityMetrics) {
        auto *metricItem = new QTreeWidgetItem(fileItem(metric.fileAccession), {metric.metricType});
        setBold(metricItem);
        metricItem->setFirstColumnSpanned(true);
        for (const MetricField &field : visibleMetricFields(metric.metricData))
            addValue(metricItem, field.label, field.key, field.value);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    // A gap, so the longest names ("Reads with MAPQ >= 30 %") do not run into their values.
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + m_tree->fontMetrics().averageCharWidth() * 3);
    m_count = details.qualityMetrics.size();
    setEmpty(m_count == 0);
}

void QualityMetricsTab::clear()
{
    m_tree->clear();
    m_count = 0;
    setEmpty(true);
}

} // namespace encode::ui
