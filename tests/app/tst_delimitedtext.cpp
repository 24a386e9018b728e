// CSV/TSV quoting follows RFC 4180, and a real CSV parser reads back exactly what was written.
#include "app/export/DelimitedText.h"
#include "tests/support/Rfc4180Reader.h"

#include <QTest>

using encode::app::DelimitedTextWriter;
using encode::testsupport::parseRfc4180;
using encode::testsupport::UnterminatedLastLine;

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
        // Drop: a row that loses its line break must show up as a missing row.
        QCOMPARE(parseRfc4180(text, separator, UnterminatedLastLine::Drop), rows);
    }
};

QTEST_GUILESS_MAIN(TestDelimitedText)
#include "tst_delimitedtext.moc"
