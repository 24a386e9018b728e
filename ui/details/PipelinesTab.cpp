#include "ui/details/PipelinesTab.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace encode::ui {

PipelinesTab::PipelinesTab(QWidget *parent)
    : DetailsTab(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("pipelinesTab"));
    m_tree->setObjectName(QStringLiteral("pipelinesTree"));
    m_tree->setHeaderLabels({tr("Pipeline / software"), tr("Version"), tr("Status")});
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setContent(m_tree, tr("No pipelines"));
    setEmpty(true);
}

QString PipelinesTab::title() const
{
    return tr("Pipelines (%1)").arg(m_tree->topLevelItemCount());
}

void PipelinesTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    m_tree->clear();
    for (const models::Pipeline &pipeline : details.pipelines) {
        auto *item = new QTreeWidgetItem(m_tree, {pipeline.title, pipeline.version, pipeline.analysisStatus});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (pipeline.software.isEmpty()) {
            auto *none = new QTreeWidgetItem(item, {tr("No software listed")});
            none->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        for (const models::Software &software : pipeline.software)
            new QTreeWidgetItem(item, {software.name, software.version});
    }
    m_tree->expandAll();
    setEmpty(details.pipelines.isEmpty());
}

void PipelinesTab::clear()
{
    m_tree->clear();
    setEmpty(true);
}

} // namespace encode::ui
