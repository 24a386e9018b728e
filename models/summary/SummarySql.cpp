// The summary's SQL in SQLite's dialect. Every grouping first groups the raw cells (a covering-index
// scan for the indexed columns), then relabels or splits only the few hundred distinct cells.
#include "models/summary/SummarySql.h"

namespace encode::models::summarysql {
namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString totalsStatement(const QString &where, bool filtered)
{
    // Without a filter every child row belongs to a tracked experiment (untracking deletes them), so
    // the children are counted without the IN lookup, which costs more than the count itself.
    const auto ofSelected = [filtered](const char *column) {
        return filtered ? QStringLiteral(" WHERE %1 IN selected").arg(QLatin1String(column)) : QString();
    };
    const QString derived =
        filtered
            ? QStringLiteral("(SELECT COUNT(*) FROM derived_files AS d WHERE EXISTS (SELECT 1 FROM "
                             "json_each(CASE WHEN json_valid(d.source_accessions) THEN d.source_accessions "
                             "ELSE '[]' END) AS s WHERE s.value IN selected))")
            : QStringLiteral("(SELECT COUNT(*) FROM derived_files)");
    // A paper is the same paper by PMID, else DOI, else title (CitationCollector's rule, without its
    // whitespace folding); a row with none of them counts on its own.
    return QStringLiteral(
               "WITH selected AS (SELECT e.accession FROM tracked_experiments AS e%1) "
               "SELECT (SELECT COUNT(*) FROM selected), "
               "(SELECT COUNT(DISTINCT COALESCE('pmid:' || NULLIF(TRIM(p.pmid), ''), "
               "'doi:' || LOWER(NULLIF(TRIM(p.doi), '')), 'title:' || LOWER(NULLIF(TRIM(p.title), '')), "
               "'row:' || p.id)) FROM publications AS p%2), "
               "%3, "
               "(SELECT COUNT(*) FROM external_references AS r%4)")
        .arg(where, ofSelected("p.experiment_accession"), derived, ofSelected("r.experiment_accession"));
}

QString singleValueCountsStatement(const QString &column, const QString &where, const QString &emptyLabel)
{
    return QStringLiteral(
               "SELECT COALESCE(NULLIF(TRIM(cell), ''), %3) AS label, SUM(n) AS total FROM "
               "(SELECT e.%1 AS cell, COUNT(*) AS n FROM tracked_experiments AS e%2 GROUP BY e.%1) "
               "GROUP BY label ORDER BY total DESC, label")
        .arg(column, where, quoted(emptyLabel));
}

QString multiValueCountsStatement(const QString &column, const QString &where, const QString &emptyLabel)
{
    // Comma lists are split by a recursive CTE (rest = what is left to split, with a trailing comma);
    // JSON arrays go through json_each. A cell that yields no term counts as empty.
    return QStringLiteral(
               "WITH RECURSIVE "
               "cells(cell, n, is_json) AS (SELECT e.%1, COUNT(*), "
               "CASE WHEN json_valid(e.%1) THEN json_type(e.%1) = 'array' ELSE 0 END "
               "FROM tracked_experiments AS e%2 GROUP BY e.%1), "
               "split(cell, n, rest, term) AS ("
               "SELECT cell, n, cell || ',', NULL FROM cells WHERE cell IS NOT NULL AND NOT is_json "
               "UNION ALL SELECT cell, n, substr(rest, instr(rest, ',') + 1), TRIM(substr(rest, 1, "
               "instr(rest, ',') - 1)) "
               "FROM split WHERE rest <> ''), "
               "terms(cell, n, term) AS ("
               "SELECT DISTINCT cell, n, term FROM split WHERE term <> '' "
               "UNION SELECT c.cell, c.n, TRIM(j.value) FROM cells AS c, json_each(CASE WHEN c.is_json THEN "
               "c.cell ELSE '[]' END) AS j "
               "WHERE j.type = 'text' AND TRIM(j.value) <> '') "
               "SELECT label, SUM(n) AS total FROM ("
               "SELECT term AS label, n FROM terms "
               "UNION ALL SELECT %3, n FROM cells WHERE cell IS NULL OR cell NOT IN (SELECT cell FROM "
               "terms)) "
               "GROUP BY label ORDER BY total DESC, label")
        .arg(column, where, quoted(emptyLabel));
}

QStringList fillScopeStatements()
{
    return {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS summary_scope (accession TEXT PRIMARY KEY)"),
            QStringLiteral("DELETE FROM temp.summary_scope"),
            QStringLiteral("INSERT OR IGNORE INTO temp.summary_scope SELECT value FROM json_each(?)")};
}

QString inScopeCondition(const QString &column)
{
    return QStringLiteral("%1 IN (SELECT accession FROM temp.summary_scope)").arg(column);
}

} // namespace encode::models::summarysql
