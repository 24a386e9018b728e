#include "CollectionTableView.h"

#include "itemmodels/CollectionTableModel.h"

#include <QDrag>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>

namespace encode::ui {
namespace {

using models::CollectionColumn;
using models::CollectionTableModel;

// Draws the audit column as a badge whose colour says the worst level: red ERROR, orange
// NOT_COMPLIANT, amber WARNING. Other cells are drawn as usual.
class AuditBadgeDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int severity = index.data(CollectionTableModel::AuditSeverityRole).toInt();
        const QString text = index.data().toString();
        if (severity == 0 || text.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        QStyledItemDelegate::paint(painter, plain, QModelIndex()); // background and selection only
        const QColor colour = severity == 3 ? QColor(0xc6, 0x28, 0x28) : severity == 2 ? QColor(0xe6, 0x6a, 0x00) : QColor(0xb0, 0x8a, 0x00);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect badge = option.rect.adjusted(3, 3, -3, -3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
        QFont font = option.font;
        font.setBold(severity >= 2);
        painter->setFont(font);
        painter->drawText(badge.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, badge.width() - 10));
        painter->restore();
    }
};

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
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(static_cast<int>(CollectionColumn::Tracked), Qt::DescendingOrder);
    setItemDelegateForColumn(static_cast<int>(CollectionColumn::Audit), new AuditBadgeDelegate(this));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &CollectionTableView::showColumnMenu);
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
