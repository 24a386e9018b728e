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

int auditSeverity(const app::SearchHit &hit)
{
    return !hit.auditErrors.isEmpty() ? 3 : !hit.auditNotCompliant.isEmpty() ? 2 : !hit.auditWarnings.isEmpty() ? 1 : 0;
}

QString auditText(const app::SearchHit &hit)
{
    QStringList parts;
    if (!hit.auditErrors.isEmpty())
        parts.append(QStringLiteral("ERROR ×%1").arg(hit.auditErrors.size()));
    if (!hit.auditNotCompliant.isEmpty())
        parts.append(QStringLiteral("NOT COMPLIANT ×%1").arg(hit.auditNotCompliant.size()));
    if (!hit.auditWarnings.isEmpty())
        parts.append(QStringLiteral("WARNING ×%1").arg(hit.auditWarnings.size()));
    return parts.join(QStringLiteral(" · "));
}

QString auditTooltip(const app::SearchHit &hit)
{
    QStringList lines;
    for (const auto &[level, categories] : {std::pair{QStringLiteral("ERROR"), hit.auditErrors},
                                            std::pair{QStringLiteral("NOT COMPLIANT"), hit.auditNotCompliant},
                                            std::pair{QStringLiteral("WARNING"), hit.auditWarnings}}) {
        for (const QString &category : categories)
            lines.append(level + QStringLiteral(": ") + category);
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
    case AuditSeverityRole: return index.column() == Audit ? auditSeverity(hit) : 0;
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
