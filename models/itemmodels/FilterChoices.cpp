#include "models/itemmodels/FilterChoices.h"

#include "models/collection/CellTerms.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace encode::models {

// Grouping runs in SQL (a few hundred distinct cells even for 100,000 rows); splitting the
// multi-term cells happens here.
Result<QList<FilterChoice>> filterChoices(const QSqlDatabase &database, Grouping grouping)
{
    const GroupingInfo &info = groupingInfo(grouping);
    const QString column = QLatin1String(info.column);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tracked_experiments WHERE %1 IS NOT NULL AND %1 <> '' "
                                   "GROUP BY %1")
                        .arg(column)))
        return storageFailure(QStringLiteral("cannot read the %1 values: %2").arg(column, query.lastError().text()));
    QHash<QString, int> counts;
    while (query.next()) {
        const QString cell = query.value(0).toString();
        const QStringList terms = info.multiValued ? cellTerms(cell) : QStringList{cell.trimmed()};
        for (const QString &term : terms) {
            if (!term.isEmpty())
                counts[term] += query.value(1).toInt();
        }
    }
    QList<FilterChoice> choices;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        choices.append({it.key(), it.value()});
    std::sort(choices.begin(), choices.end(), [](const FilterChoice &a, const FilterChoice &b) {
        return a.count != b.count ? a.count > b.count : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return choices;
}

} // namespace encode::models
