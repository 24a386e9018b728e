#include "ui/details/DerivedFilesTab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QTreeWidget>

namespace encode::ui {
namespace {

// Everything else recorded about the file, for the tooltip: the columns keep to what tells files apart.
QString describe(const models::DerivedFile &file)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(label, value));
    };
    add(DerivedFilesTab::tr("Description"), file.description);
    add(DerivedFilesTab::tr("Type"), file.fileType);
    add(DerivedFilesTab::tr("Parameters"), file.parameters);
    add(DerivedFilesTab::tr("Notes"), file.notes);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DerivedFilesTab::DerivedFilesTab(QWidget *parent)
    : DetailsTab(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("derivedFilesTab"));
    m_tree->setObjectName(QStringLiteral("derivedFilesTree"));
    m_tree->setHeaderLabels({tr("Path"), tr("Sources"), tr("Tool"), tr("Created")});
    m_tree->setRootIsDecorated(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideMiddle); // a path's file name is at its end
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setContent(m_tree, tr("No derived files recorded"));
    setEmpty(true);
}

QString DerivedFilesTab::title() const
{
    return tr("Derived files (%1)").arg(m_tree->topLevelItemCount());
}

void DerivedFilesTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    m_tree->clear();
    for (const models::DerivedFile &file : details.derivedFiles) {
        const QString created =
            file.createdAt > 0 ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(file.createdAt * 1000.0))
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QString();
        auto *item = new QTreeWidgetItem(
            m_tree, {file.filePath, file.sourceAccessions.join(QLatin1String(", ")), file.toolUsed, created});
        const QString tip = describe(file);
        item->setToolTip(0, tip.isEmpty() ? file.filePath : file.filePath + QLatin1Char('\n') + tip);
    }
    setEmpty(details.derivedFiles.isEmpty());
}

void DerivedFilesTab::clear()
{
    m_tree->clear();
    setEmpty(true);
}

} // namespace encode::ui
