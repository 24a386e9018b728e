#pragma once

#include <QStringList>
#include <QTextStream>

namespace encode::app {

// CSV and TSV rows with RFC 4180 quoting: a field holding the separator, a quote, CR or LF is
// quoted and its quotes doubled, so R's read.csv and pandas' read_csv read back exactly what was
// written. Values are never altered otherwise.
class DelimitedTextWriter final {
public:
    enum class Format { Csv, Tsv };

    DelimitedTextWriter(QTextStream &out, Format format);

    void writeRow(const QStringList &fields);

    [[nodiscard]] static QString quoted(const QString &field, QChar separator);

private:
    QTextStream &m_out;
    QChar m_separator;
};

} // namespace encode::app
