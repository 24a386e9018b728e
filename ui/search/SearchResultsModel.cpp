#include "ui/search/SearchResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace encode::ui {
namespace {

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

QString auditText(const app::SearchHit &hit)
{
    QStringList parts;
    for (const models::AuditLevel level : models::auditLevels()) {
        if (const qsizetype count = hit.auditCategories(level).size(); count > 0)
            parts.append(QStringLiteral("%1 ×%2").arg(models::auditLevelCaption(level)).arg(count));
    }
    return parts.join(QStringLiteral(" · "));
}

QString auditTooltip(const app::SearchHit &hit)
{
    QStringList lines;
    for (const models::AuditLevel level : models::auditLevels()) {
        for (const QString &category : hit.auditCategories(level))
            lines.append(models::auditLevelCaption(level) + QStringLiteral(": ") + category);
    }
    return lines.join(QLatin1Char('\n'));
}

QString cellText(const app::SearchHit &hit, int column)
{
    switch (column) {
    case SearchResultsModel::Tracked: return hit.tracked ? SearchResultsModel::tr("✓ Tracked") : QString();
    case SearchResultsModel::Accession: return hit.accession;
    case SearchResultsModel::Assay: return hit.assayTitle;
    case SearchResultsModel::Target: return hit.target;
    case SearchResultsModel::Biosample: return hit.biosampleSummary.isEmpty() ? hit.biosampleTermName : hit.biosampleSummary;
    case SearchResultsModel::Organism: return joined(hit.organisms);
    case SearchResultsModel::Organ: return joined(hit.organs);
    case SearchResultsModel::BiosampleType: return hit.biosampleType;
    case SearchResultsModel::Lab: return hit.lab;
    case SearchResultsModel::Status: return hit.status;
    case SearchResultsModel::Released: return hit.dateReleased;
    case SearchResultsModel::Audit: return auditText(hit);
    default: return {};
    }
}

} // namespace

void SearchResultsModel::setPage(const app::SearchPage &page)
{
    beginResetModel();
    m_page = page;
    endResetModel();
}

void SearchResultsModel::markTracked(const QStringList &accessions)
{
    for (int row = 0; row < m_page.experiments.size(); ++row) {
        app::SearchHit &hit = m_page.experiments[row];
        if (!hit.tracked && accessions.contains(hit.accession)) {
            hit.tracked = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QString SearchResultsModel::portalSortField(int column)
{
    switch (column) {
    case Accession: return QStringLiteral("accession");
    case Assay: return QStringLiteral("assay_title");
    case Target: return QStringLiteral("target.label");
    case Biosample: return QStringLiteral("biosample_summary");
    case Organism: return QStringLiteral("replicates.library.biosample.organism.scientific_name");
    case Organ: return QStringLiteral("biosample_ontology.organ_slims");
    case BiosampleType: return QStringLiteral("biosample_ontology.classification");
    case Lab: return QStringLiteral("lab.title");
    case Status: return QStringLiteral("status");
    case Released: return QStringLiteral("date_released");
    default: return {}; // tracked is ours, not the Portal's; audits are not sortable there
    }
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_page.experiments.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_page.experiments.size())
        return {};
    const app::SearchHit &hit = m_page.experiments.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cellText(hit, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Audit)
            return auditTooltip(hit);
        if (index.column() == Tracked)
            return hit.tracked ? tr("In your collection") : tr("Not in your collection");
        return cellText(hit, index.column());
    case Qt::FontRole:
        if (hit.tracked) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Tracked)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case AccessionRole: return hit.accession;
    case AuditSeverityRole: return index.column() == Audit ? hit.auditCounts().severity() : 0;
    case TrackedRole: return hit.tracked;
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tracked: return tr("Tracked");
    case Accession: return tr("Accession");
    case Assay: return tr("Assay");
    case Target: return tr("Target");
    case Biosample: return tr("Biosample");
    case Organism: return tr("Organism");
    case Organ: return tr("Organ");
    case BiosampleType: return tr("Biosample type");
    case Lab: return tr("Lab");
    case Status: return tr("Status");
    case Released: return tr("Released");
    case Audit: return tr("Audit");
    default: return {};
    }
}

} // namespace encode::ui
