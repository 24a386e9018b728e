#pragma once

#include <QString>
#include <QStringList>

// The statements behind summarizeCollection(); their text is SQLite's (json_each, a recursive split),
// defined beside it in SummarySql.cpp, so that another backend replaces that file alone.
// `where` is "" or " WHERE ..." over tracked_experiments AS e; its values are the only bound ones.
namespace encode::models::summarysql {

// One row: experiments, distinct publications, derived files, external references. With
// `filtered` false, derived files are counted whatever their sources name.
[[nodiscard]] QString totalsStatement(const QString &where, bool filtered);

// (value, count) rows, most frequent first and ties by value, for a column holding one value per
// experiment; NULL and blank cells count as `emptyLabel` (our own constant, never user input).
[[nodiscard]] QString singleValueCountsStatement(const QString &column, const QString &where,
                                                 const QString &emptyLabel);

// The same for a column holding a ", "-joined list or a JSON array of terms: each term counts once.
[[nodiscard]] QString multiValueCountsStatement(const QString &column, const QString &where,
                                                const QString &emptyLabel);

// A long list of accessions (the window summarising its filtered rows) is parsed once into a
// temporary table of this connection, not once by each of the counting statements: the statements
// that empty and fill it (the fill binds the list as one JSON array), and the condition that uses it.
[[nodiscard]] QStringList fillScopeStatements();
[[nodiscard]] QString inScopeCondition(const QString &column);

} // namespace encode::models::summarysql
