#include "tests/support/Rfc4180Reader.h"

namespace encode::testsupport {

QList<QStringList> parseRfc4180(const QString &text, QChar separator, UnterminatedLastLine lastLine)
{
    const QChar quote = QLatin1Char('"');
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == quote && i + 1 < text.size() && text.at(i + 1) == quote) {
                field += quote;
                ++i;
            } else if (c == quote) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == quote) {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (lastLine == UnterminatedLastLine::Keep && (!field.isEmpty() || !row.isEmpty()))
        rows.append(row << field);
    return rows;
}

} // namespace encode::testsupport
