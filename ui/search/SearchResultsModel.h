#pragma once

#include "app/search/PortalSearch.h"

#include <QAbstractTableModel>

namespace encode::ui {

// One page of Portal search results for a table: one row per experiment, tracked rows marked, audit
// flags as badges. Sorting is the Portal's (portalSortField), since a page is only part of the answer.
class SearchResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Tracked, Accession, Audit, Assay, Target, Biosample, Organism, Organ, BiosampleType, Lab, Status, Released, ColumnCount };
    enum Role {
        AccessionRole = Qt::UserRole + 1,
        AuditSeverityRole, // models::auditSeverity of the worst level flagged, 0 none
        TrackedRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPage(const app::SearchPage &page);
    // Marks experiments as tracked (they were just added to the collection).
    void markTracked(const QStringList &accessions);

    [[nodiscard]] const app::SearchPage &page() const { return m_page; }
    [[nodiscard]] const app::SearchHit &hit(int row) const { return m_page.experiments.at(row); }
    // The Portal field a column sorts by; empty when the Portal cannot sort by it.
    [[nodiscard]] static QString portalSortField(int column);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    app::SearchPage m_page;
};

} // namespace encode::ui
