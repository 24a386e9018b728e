// The SQL behind the collection table's columns (SQLite dialect: json_each, COLLATE NOCASE).
#include "models/itemmodels/CollectionColumns.h"

#include "models/experiment/AuditLevel.h"

#include <QByteArray>

#include <array>

namespace encode::models {
namespace {

// Counts are correlated subqueries: cheap for the few hundred rows a page loads, and for sorting they
// use the experiment_accession indexes.
constexpr const char *publicationCount =
    "(SELECT COUNT(*) FROM publications AS p WHERE p.experiment_accession = e.accession)";
constexpr const char *derivedFileCount =
    "(SELECT COUNT(*) FROM derived_files AS d WHERE d.source_accessions LIKE '%\"' || e.accession || '\"%' "
    "AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(d.source_accessions) THEN d.source_accessions "
    "ELSE '[]' END) WHERE value = e.accession))";

// models::auditSeverity in SQL, worst level first, so the column sorts as its badges rank.
const char *auditSeveritySql()
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray cases = "(CASE";
        for (const AuditLevel level : auditLevels()) {
            if (auditSeverity(level) > 0)
                cases += " WHEN e.audit_summary LIKE '%\"" + auditLevelName(level).toLatin1() + "\"%' THEN " +
                         QByteArray::number(auditSeverity(level));
        }
        return cases + " ELSE 0 END)";
    }();
    return sql.constData();
}

const std::array<CollectionColumnInfo, static_cast<std::size_t>(CollectionColumn::Count)> &columns()
{
    static const std::array<CollectionColumnInfo, static_cast<std::size_t>(CollectionColumn::Count)> infos{{
        {"Accession", "e.accession", "e.accession"},
        {"Assay", "e.assay_title", "e.assay_title COLLATE NOCASE"},
        {"Target", "e.target", "e.target COLLATE NOCASE"},
        {"Biosample", "e.biosample_summary", "e.biosample_summary COLLATE NOCASE"},
        {"Organism", "e.organism", "e.organism"},
        {"Organ", "e.organ", "e.organ"},
        {"Biosample type", "e.biosample_type", "e.biosample_type"},
        {"Status", "e.status", "e.status"},
        {"Released", "e.date_released", "e.date_released"},
        {"Lab", "e.lab", "e.lab"},
        {"Assembly", "e.assembly", "e.assembly"},
        {"Replication", "e.replication_type", "e.replication_type"},
        {"Life stage", "e.life_stage", "e.life_stage"},
        {"Publications", publicationCount, publicationCount},
        {"Derived files", derivedFileCount, derivedFileCount},
        {"Audit", "e.audit_summary", auditSeveritySql()},
        {"Notes", "e.notes", "e.notes COLLATE NOCASE"},
        {"Description", "e.description", "e.description COLLATE NOCASE"},
        {"Tracked", "e.tracked_at", "e.tracked_at"},
        {"Updated", "e.updated_at", "e.updated_at"},
    }};
    return infos;
}

} // namespace

const CollectionColumnInfo &columnInfo(CollectionColumn column)
{
    return columns().at(static_cast<std::size_t>(column));
}

} // namespace encode::models
