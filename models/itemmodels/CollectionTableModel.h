#pragma once

#include "models/itemmodels/CollectionColumns.h"
#include "models/collection/CollectionFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace encode::models {

// The tracked collection as a table, bound to the database and fast at 100,000 rows: filtering and
// sorting run in SQL, which returns only the ordered accessions; the shown values are loaded a block
// of rows at a time, when the view first asks for them. The row count is known at once, so the
// scroll bar is right from the start.
class CollectionTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        AccessionRole = Qt::UserRole + 1, // the row's accession, whatever the column
        RawValueRole,                     // the stored value (numbers as numbers, NULL as invalid)
        AuditSeverityRole,                // models::auditSeverity of the worst level flagged, 0 none
    };

    explicit CollectionTableModel(QSqlDatabase database, QObject *parent = nullptr);

    void setFilter(const CollectionFilter &filter);
    [[nodiscard]] const CollectionFilter &filter() const { return m_filter; }

    // Runs the query again (after a change to the collection). Views lose their selection; the
    // caller restores it by accession.
    void reload();

    [[nodiscard]] QString accessionAt(int row) const;
    [[nodiscard]] int rowOf(const QString &accession) const; // -1 when not shown
    [[nodiscard]] const QStringList &accessions() const { return m_accessions; } // shown, in table order
    [[nodiscard]] int totalCount() const;                     // every tracked experiment, as of the last load
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int blockSize = 200;

private:
    void loadAccessions();
    void loadBlock(int block) const;
    [[nodiscard]] QVariant displayValue(CollectionColumn column, const QVariant &raw) const;

    QSqlDatabase m_database;
    CollectionFilter m_filter;
    CollectionColumn m_sortColumn = CollectionColumn::Tracked;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QStringList m_accessions;
    int m_totalCount = 0;
    QHash<QString, int> m_rowByAccession;
    // Loaded rows, by block; a block is empty until first shown. Cleared on reload.
    mutable std::vector<std::vector<QVariantList>> m_blocks;
    mutable QString m_lastError;
};

} // namespace encode::models
