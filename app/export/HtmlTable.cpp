#include "app/export/HtmlTable.h"

#include "app/export/ExportColumns.h"

#include <QVariant>

namespace encode::app {

namespace {

// Excel starts a new row at a bare <br>; this Office style keeps the break inside the cell (widely
// used, not yet checked on a real Excel: INTEROP.md section 5).
constexpr auto kLineBreak = QLatin1String("<br style=\"mso-data-placement:same-cell\">");

// Inline on each cell rather than in a <style> block: a clipboard paste may hand Excel only the
// table fragment, without the document head.
constexpr auto kTextCellStart = QLatin1String("<td style=\"mso-number-format:'\\@'\">");

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString cellHtml(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalised.toHtmlEscaped().replace(QLatin1Char('\n'), kLineBreak);
}

void appendCell(QString &html, const QVariant &value)
{
    const QString text = exportText(value);
    if (text.isEmpty()) {
        html += QLatin1String("<td></td>");
    } else if (isNumber(value)) {
        html += QLatin1String("<td x:num=\"") + text + QLatin1String("\">") + text + QLatin1String("</td>");
    } else {
        html += kTextCellStart + cellHtml(spreadsheetSafeText(text)) + QLatin1String("</td>");
    }
}

} // namespace

QString spreadsheetSafeText(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString experimentsHtmlTable(const QList<models::ExperimentListRow> &rows)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n"
                                  "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                                  " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n"
                                  "<head>\n"
                                  "<meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                                  "<title>ENCODE experiments</title>\n"
                                  "</head>\n"
                                  "<body>\n"
                                  "<table x:str border=\"1\">\n<tr>");
    for (const QString &header : exportHeaders())
        html += QLatin1String("<th>") + header.toHtmlEscaped() + QLatin1String("</th>");
    html += QLatin1String("</tr>\n");
    for (const models::ExperimentListRow &row : rows) {
        html += QLatin1String("<tr>");
        for (const QVariant &value : exportValues(row))
            appendCell(html, value);
        html += QLatin1String("</tr>\n");
    }
    html += QLatin1String("</table>\n</body>\n</html>\n");
    return html;
}

} // namespace encode::app
