#include "models/collection/CollectionFilterSql.h"

#include "models/database/sqlite/SqliteDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace encode::models::collectionsql {
namespace {

QString columnOf(Grouping grouping)
{
    return QStringLiteral("e.") + QLatin1String(groupingInfo(grouping).column);
}

// The cell equals `value`, or, for a grouping whose cells list terms, one of its terms does, by the
// rule of cellTerms() and in the same letter case as the summary's counts: a JSON array through
// json_each, a comma list with a comma on both sides once the spaces beside its commas are gone.
QString equalsCondition(Grouping grouping, const QString &value, QVariantList &values)
{
    const QString column = columnOf(grouping);
    values.append(value);
    if (!groupingInfo(grouping).multiValued)
        return column + QStringLiteral(" = ?");
    values.append(value); // the comma list
    values.append(value); // the JSON array
    return QStringLiteral(
               "(TRIM(%1) = ? OR instr(',' || REPLACE(REPLACE(%1, ', ', ','), ' ,', ',') || ',', ',' || ? || ',') > 0 "
               "OR EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(%1) AND json_type(%1) = 'array' THEN %1 "
               "ELSE '[]' END) AS term WHERE term.type = 'text' AND TRIM(term.value) = ?))")
        .arg(column);
}

QString groupCondition(const GroupValue &group, QVariantList &values)
{
    if (group.value == QLatin1String(groupingInfo(group.grouping).emptyLabel))
        return QStringLiteral("(%1 IS NULL OR TRIM(%1) = '')").arg(columnOf(group.grouping));
    return equalsCondition(group.grouping, group.value, values);
}

void addField(QStringList &conditions, QVariantList &values, CollectionFilter::Match match, Grouping grouping,
              const QString &text)
{
    if (text.isEmpty())
        return;
    if (match == CollectionFilter::Match::Exact) {
        conditions.append(equalsCondition(grouping, text, values));
        return;
    }
    conditions.append(sqlite::likeClause(columnOf(grouping)));
    values.append(sqlite::containsPattern(text));
}

void addWords(QStringList &conditions, QVariantList &values, const QString &text)
{
    static const QStringList searched{QStringLiteral("e.accession"),       QStringLiteral("e.assay_title"),
                                      QStringLiteral("e.target"),          QStringLiteral("e.biosample_summary"),
                                      QStringLiteral("e.description"),     QStringLiteral("e.notes")};
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts)) {
        QStringList anyColumn;
        for (const QString &column : searched) {
            anyColumn.append(sqlite::likeClause(column));
            values.append(sqlite::containsPattern(word));
        }
        conditions.append(QLatin1Char('(') + anyColumn.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
}

} // namespace

QString filterWhere(const CollectionFilter &filter, QVariantList &values)
{
    QStringList conditions;
    addField(conditions, values, filter.match, Grouping::Assay, filter.assay);
    addField(conditions, values, filter.match, Grouping::Organism, filter.organism);
    addField(conditions, values, filter.match, Grouping::Organ, filter.organ);
    if (filter.group)
        conditions.append(groupCondition(*filter.group, values));
    addWords(conditions, values, filter.text);
    if (!filter.accessions.isEmpty()) {
        conditions.append(sqlite::inJsonArrayClause(QStringLiteral("e.accession")));
        values.append(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(filter.accessions)).toJson(QJsonDocument::Compact)));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace encode::models::collectionsql
