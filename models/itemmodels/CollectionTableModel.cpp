#include "models/itemmodels/CollectionTableModel.h"

#include "models/collection/CollectionFilterSql.h"
#include "models/database/sqlite/SqliteDialect.h"
#include "models/experiment/AuditCounts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace encode::models {
namespace {

int auditSeverity(const QVariant &summary)
{
    return AuditCounts::fromSummary(summary.toString()).severity();
}

QString auditText(const QVariant &summary)
{
    return AuditCounts::fromSummary(summary.toString()).summaryText();
}

} // namespace

CollectionTableModel::CollectionTableModel(QSqlDatabase database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
    loadAccessions();
}

void CollectionTableModel::setFilter(const CollectionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CollectionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= collectionColumnCount())
        return;
    m_sortColumn = static_cast<CollectionColumn>(column);
    m_sortOrder = order;
    reload();
}

void CollectionTableModel::reload()
{
    beginResetModel();
    loadAccessions();
    endResetModel();
}

void CollectionTableModel::loadAccessions()
{
    m_accessions.clear();
    m_rowByAccession.clear();
    m_blocks.clear();
    m_lastError.clear();
    m_totalCount = 0;

    QVariantList values;
    const QString sql = QStringLiteral("SELECT e.accession FROM tracked_experiments AS e%1 ORDER BY %2 %3, e.accession")
                            .arg(collectionsql::filterWhere(m_filter, values), QLatin1String(columnInfo(m_sortColumn).sortSql),
                                 m_sortOrder == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return;
    }
    while (query.next()) {
        m_rowByAccession.insert(query.value(0).toString(), static_cast<int>(m_accessions.size()));
        m_accessions.append(query.value(0).toString());
    }
    m_blocks.resize((m_accessions.size() + blockSize - 1) / blockSize);

    // Counted with the accessions, not on every selection change that shows it.
    QSqlQuery count(m_database);
    m_totalCount = count.exec(QStringLiteral("SELECT COUNT(*) FROM tracked_experiments")) && count.next()
                       ? count.value(0).toInt()
                       : 0;
}

void CollectionTableModel::loadBlock(int block) const
{
    const QStringList accessions = m_accessions.mid(qsizetype(block) * blockSize, blockSize);
    QStringList columns;
    for (int c = 0; c < collectionColumnCount(); ++c)
        columns.append(QLatin1String(columnInfo(static_cast<CollectionColumn>(c)).selectSql));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM tracked_experiments AS e WHERE %2")
                      .arg(columns.join(QLatin1String(", ")), sqlite::inJsonArrayClause(QStringLiteral("e.accession"))));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(accessions)).toJson(QJsonDocument::Compact)));
    std::vector<QVariantList> rows(static_cast<std::size_t>(accessions.size()));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
    }
    while (query.next()) {
        const int row = m_rowByAccession.value(query.value(0).toString(), -1) - block * blockSize;
        if (row < 0 || row >= static_cast<int>(rows.size()))
            continue;
        QVariantList &values = rows[static_cast<std::size_t>(row)];
        for (int c = 0; c < collectionColumnCount(); ++c)
            values.append(query.value(c));
    }
    m_blocks[static_cast<std::size_t>(block)] = std::move(rows);
}

QString CollectionTableModel::accessionAt(int row) const
{
    return m_accessions.value(row);
}

int CollectionTableModel::rowOf(const QString &accession) const
{
    return m_rowByAccession.value(accession, -1);
}

int CollectionTableModel::totalCount() const
{
    return m_totalCount;
}

int CollectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accessions.size());
}

int CollectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : collectionColumnCount();
}

QVariant CollectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == AccessionRole)
        return m_accessions.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole && role != AuditSeverityRole)
        return {};

    const int block = index.row() / blockSize;
    if (m_blocks[static_cast<std::size_t>(block)].empty())
        loadBlock(block);
    const QVariantList &values = m_blocks[static_cast<std::size_t>(block)][static_cast<std::size_t>(index.row() % blockSize)];
    if (values.isEmpty())
        return {}; // the row went away since the accessions were read; the next reload drops it
    const auto column = static_cast<CollectionColumn>(index.column());
    const QVariant raw = values.at(index.column());
    switch (role) {
    case RawValueRole:
        return raw;
    case AuditSeverityRole:
        return auditSeverity(values.at(static_cast<int>(CollectionColumn::Audit)));
    case Qt::ToolTipRole:
        return column == CollectionColumn::Notes || column == CollectionColumn::Description
                       || column == CollectionColumn::Biosample
                   ? raw
                   : QVariant();
    default:
        return displayValue(column, raw);
    }
}

QVariant CollectionTableModel::displayValue(CollectionColumn column, const QVariant &raw) const
{
    switch (column) {
    case CollectionColumn::Tracked:
    case CollectionColumn::Updated:
        return raw.toDouble() > 0
                   ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(raw.toDouble() * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case CollectionColumn::Audit:
        return auditText(raw);
    case CollectionColumn::Publications:
    case CollectionColumn::DerivedFiles:
        return raw.toInt();
    case CollectionColumn::Notes:
        return raw.toString().simplified();
    default:
        return raw.toString();
    }
}

QVariant CollectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= collectionColumnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(columnInfo(static_cast<CollectionColumn>(section)).title);
}

Qt::ItemFlags CollectionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

} // namespace encode::models
