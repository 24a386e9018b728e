// CSV/TSV quoting follows RFC 4180, and a real CSV parser reads back exactly what was written.
#include "export/DelimitedText.h"

#include <QTest>

using encode::app::DelimitedTextWriter;

namespace {

// A strict RFC 4180 reader, independent of the writer, to parse the output back.
QList<QStringList> parseRfc4180(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == '\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestDelimitedText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("tsv");
        QTest::newRow("plain") << "ENCSR000EDP" << "ENCSR000EDP" << "ENCSR000EDP";
        QTest::newRow("comma") << "liver, epithelium" << "\"liver, epithelium\"" << "liver, epithelium";
        QTest::newRow("tab") << "a\tb" << "a\tb" << "\"a\tb\"";
        QTest::newRow("quote") << "the \"best\" cell" << "\"the \"\"best\"\" cell\"" << "\"the \"\"best\"\" cell\"";
        QTest::newRow("newline") << "line 1\nline 2" << "\"line 1\nline 2\"" << "\"line 1\nline 2\"";
        QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"" << "\"a\rb\"";
        QTest::newRow("formula stays exact") << "=cmd|' /C calc'!A0" << "=cmd|' /C calc'!A0" << "=cmd|' /C calc'!A0";
        QTest::newRow("non-ASCII") << "Ünïcödé – 腎臓" << "Ünïcödé – 腎臓" << "Ünïcödé – 腎臓";
        QTest::newRow("empty") << "" << "" << "";
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, csv);
        QFETCH(QString, tsv);
        QCOMPARE(DelimitedTextWriter::quoted(field, ','), csv);
        QCOMPARE(DelimitedTextWriter::quoted(field, '\t'), tsv);
    }

    void rowsReadBackExactly_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(DelimitedTextWriter::Format::Csv);
        QTest::newRow("tsv") << int(DelimitedTextWriter::Format::Tsv);
    }

    void rowsReadBackExactly()
    {
        QFETCH(int, format);
        const QList<QStringList> rows{
            {"accession", "notes", "organ"},
            {"ENCSR000AAA", "said \"hi\",\tthen\nleft", "liver, epithelium"},
            {"ENCSR000AAB", "", "+1"},
            {"ENCSR000AAC", "@sum(1)", "-2"},
        };
        QString text;
        QTextStream out(&text);
        DelimitedTextWriter writer(out, DelimitedTextWriter::Format(format));
        for (const QStringList &row : rows)
            writer.writeRow(row);
        out.flush();
        const QChar separator = format == int(DelimitedTextWriter::Format::Csv) ? ',' : '\t';
        QCOMPARE(parseRfc4180(text, separator), rows);
    }
};

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
