#include "models/collection/CellTerms.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::models {

QStringList cellTerms(const QString &cell)
{
    QStringList terms;
    const auto add = [&terms](const QString &term) {
        if (const QString trimmed = term.trimmed(); !trimmed.isEmpty())
            terms.append(trimmed);
    };
    if (cell.trimmed().startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(cell.toUtf8());
        if (document.isArray()) {
            for (const QJsonValue &value : document.array()) {
                if (value.isString())
                    add(value.toString());
            }
            return terms;
        }
    }
    for (const QString &term : cell.split(QLatin1Char(',')))
        add(term);
    return terms;
}

} // namespace encode::models
