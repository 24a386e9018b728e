#include "details/ReferencesTab.h"

#include "details/ReferenceLinks.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace encode::ui {

ReferencesTab::ReferencesTab(QWidget *parent)
    : DetailsTab(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("referencesTab"));
    m_tree->setObjectName(QStringLiteral("referencesTree"));
    m_tree->setHeaderLabels({tr("Type"), tr("ID"), tr("Description"), tr("Linked")});
    m_tree->setRootIsDecorated(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    setContent(m_tree, tr("No external references"));
    setEmpty(true);
}

QString ReferencesTab::title() const
{
    return tr("References (%1)").arg(m_tree->topLevelItemCount());
}

void ReferencesTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    m_tree->clear();
    for (const models::ExternalReference &reference : details.externalReferences) {
        const QString linked =
            reference.linkedAt > 0
                ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(reference.linkedAt * 1000.0))
                      .toLocalTime()
                      .toString(QStringLiteral("yyyy-MM-dd"))
                : QString();
        auto *item = new QTreeWidgetItem(
            m_tree, {referenceTypeLabel(reference.type), reference.id, reference.description, linked});
        item->setToolTip(0, reference.type);
        item->setToolTip(2, reference.description);
        const QUrl url = referenceUrl(reference.type, reference.id);
        if (!url.isValid())
            continue;
        // The label draws the id as a link; the item's own text would show through it.
        item->setText(1, QString());
        item->setData(1, Qt::UserRole, reference.id);
        auto *link = new QLabel(linkHtml(url, reference.id));
        link->setObjectName(QStringLiteral("referenceLink"));
        link->setToolTip(url.toString());
        forwardLinks(link);
        m_tree->setItemWidget(item, 1, link);
    }
    setEmpty(details.externalReferences.isEmpty());
}

void ReferencesTab::clear()
{
    m_tree->clear();
    setEmpty(true);
}

} // namespace encode::ui
