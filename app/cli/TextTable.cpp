#include "app/cli/TextTable.h"

#include <algorithm>

namespace encode::app::cli {
namespace {

QString fitted(QString cell, qsizetype width)
{
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (cell.size() > width)
        cell = cell.left(width - 1) + QChar(0x2026);
    return cell;
}

} // namespace

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows, int widestColumn)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::min<qsizetype>(widestColumn, std::max(widths.at(c), row.at(c).size()));
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < widths.size(); ++c)
            line += fitted(cells.value(c), widths.at(c)).leftJustified(widths.at(c)) + QStringLiteral("  ");
        out << line.trimmed() << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (const qsizetype width : std::as_const(widths))
        rules.append(QString(width, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList &row : rows)
        printRow(row);
}

} // namespace encode::app::cli
