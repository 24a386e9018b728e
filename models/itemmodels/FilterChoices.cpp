#include "models/itemmodels/FilterChoices.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace encode::models {
namespace {

// Grouping runs in SQL (a few hundred distinct cells even for 100,000 rows); splitting the
// multi-term cells happens here.
Result<QList<FilterChoice>> choicesOf(const QSqlDatabase &database, const QString &column, bool splitTerms)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tracked_experiments WHERE %1 IS NOT NULL AND %1 <> '' "
                                   "GROUP BY %1")
                        .arg(column)))
        return storageFailure(QStringLiteral("cannot read the %1 values: %2").arg(column, query.lastError().text()));
    QHash<QString, int> counts;
    while (query.next()) {
        const QString cell = query.value(0).toString();
        const QStringList terms = splitTerms ? cell.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{cell};
        for (const QString &term : terms)
            counts[term.trimmed()] += query.value(1).toInt();
    }
    QList<FilterChoice> choices;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        choices.append({it.key(), it.value()});
    std::sort(choices.begin(), choices.end(), [](const FilterChoice &a, const FilterChoice &b) {
        return a.count != b.count ? a.count > b.count : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return choices;
}

} // namespace

Result<QList<FilterChoice>> assayChoices(const QSqlDatabase &database)
{
    return choicesOf(database, QStringLiteral("assay_title"), false);
}

Result<QList<FilterChoice>> organismChoices(const QSqlDatabase &database)
{
    return choicesOf(database, QStringLiteral("organism"), true);
}

Result<QList<FilterChoice>> organChoices(const QSqlDatabase &database)
{
    return choicesOf(database, QStringLiteral("organ"), true);
}

} // namespace encode::models
