#include "app/export/DelimitedText.h"

namespace encode::app {

DelimitedTextWriter::DelimitedTextWriter(QTextStream &out, Format format)
    : m_out(out)
    , m_separator(format == Format::Csv ? QLatin1Char(',') : QLatin1Char('\t'))
{
}

QString DelimitedTextWriter::quoted(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void DelimitedTextWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out << m_separator;
        m_out << quoted(fields.at(i), m_separator);
    }
    m_out << '\n';
}

} // namespace encode::app
