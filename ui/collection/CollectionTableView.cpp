#include "ui/collection/CollectionTableView.h"

#include "ui/common/AuditBadgeDelegate.h"
#include "models/itemmodels/CollectionTableModel.h"

#include <QDrag>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace encode::ui {
namespace {

using models::CollectionColumn;
using models::CollectionTableModel;

} // namespace

CollectionTableView::CollectionTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("collectionTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDefaultDropAction(Qt::CopyAction);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(static_cast<int>(CollectionColumn::Tracked), Qt::DescendingOrder);
    setItemDelegateForColumn(static_cast<int>(CollectionColumn::Audit), new AuditBadgeDelegate(CollectionTableModel::AuditSeverityRole, this));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &CollectionTableView::showColumnMenu);
}

QStringList CollectionTableView::droppedFiles(const QDropEvent *event) const
{
    QStringList paths;
    if (event->source() == this)
        return paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void CollectionTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFiles(event).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void CollectionTableView::dragMoveEvent(QDragMoveEvent *event)
{
    // Only onto a row: the row says which experiment the files were made from.
    if (!droppedFiles(event).isEmpty() && indexAt(event->position().toPoint()).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CollectionTableView::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event);
    const QModelIndex target = indexAt(event->position().toPoint());
    if (paths.isEmpty() || !target.isValid()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths, target.data(models::CollectionTableModel::AccessionRole).toString());
}

void CollectionTableView::setMimeDataProvider(std::function<QMimeData *(const QStringList &)> provider)
{
    m_mimeDataFor = std::move(provider);
}

QStringList CollectionTableView::selectedAccessions() const
{
    QStringList accessions;
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &row : rows)
        accessions.append(row.data(CollectionTableModel::AccessionRole).toString());
    return accessions;
}

QString CollectionTableView::currentAccession() const
{
    return currentIndex().data(CollectionTableModel::AccessionRole).toString();
}

void CollectionTableView::selectAccessions(const QStringList &accessions, const QString &current)
{
    auto *model = qobject_cast<CollectionTableModel *>(this->model());
    if (!model || !selectionModel())
        return;
    QItemSelection selection;
    for (const QString &accession : accessions) {
        const int row = model->rowOf(accession);
        if (row >= 0)
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int currentRow = model->rowOf(current);
    if (currentRow >= 0) {
        selectionModel()->setCurrentIndex(model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
        scrollTo(model->index(currentRow, 0));
    }
}

QStringList CollectionTableView::hiddenColumnTitles() const
{
    QStringList titles;
    for (int column = 0; model() && column < model()->columnCount(); ++column) {
        if (isColumnHidden(column))
            titles.append(model()->headerData(column, Qt::Horizontal).toString());
    }
    return titles;
}

void CollectionTableView::hideColumnsTitled(const QStringList &titles)
{
    for (int column = 0; model() && column < model()->columnCount(); ++column)
        setColumnHidden(column, titles.contains(model()->headerData(column, Qt::Horizontal).toString()));
}

void CollectionTableView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *toggle = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        toggle->setEnabled(column != static_cast<int>(CollectionColumn::Accession)); // always shown
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}

void CollectionTableView::startDrag(Qt::DropActions supportedActions)
{
    const QStringList accessions = selectedAccessions();
    if (accessions.isEmpty() || !m_mimeDataFor)
        return;
    QMimeData *mimeData = m_mimeDataFor(accessions);
    if (!mimeData)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData);
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions, Qt::CopyAction);
}

void CollectionTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT openRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace encode::ui
