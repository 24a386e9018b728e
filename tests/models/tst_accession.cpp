// Accession syntax: exact matching for the engine, normalising for what people type.
#include "models/experiment/Accession.h"

#include <QTest>

using namespace encode::models;

class TestAccession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactMatchIsTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("experiment");
        QTest::addColumn<bool>("file");
        QTest::newRow("experiment") << "ENCSR000EDP" << true << false;
        QTest::newRow("test server, digits") << "TSTSR123456" << true << false;
        QTest::newRow("file") << "ENCFF000AAA" << false << true;
        QTest::newRow("trailing newline") << "ENCSR000EDP\n" << false << false;
        QTest::newRow("leading space") << " ENCSR000EDP" << false << false;
        QTest::newRow("lower case") << "encsr000edp" << false << false;
        QTest::newRow("too long") << "ENCSR000EDPX" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }

    void exactMatchIsTheWholeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, experiment);
        QFETCH(bool, file);
        QCOMPARE(isExperimentAccession(text), experiment);
        QCOMPARE(isFileAccession(text), file);
        QCOMPARE(!checkExperimentAccession(text), experiment);
        QCOMPARE(!checkEncodeAccession(text), experiment || file);
    }

    void typedTextIsNormalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("accession"); // empty: refused
        QTest::newRow("exact") << "ENCSR000EDP" << "ENCSR000EDP";
        QTest::newRow("lower case") << "encsr000edp" << "ENCSR000EDP";
        QTest::newRow("pasted with a newline") << "ENCSR000EDP\n" << "ENCSR000EDP";
        QTest::newRow("tabs and spaces") << "\t encSR000edp  " << "ENCSR000EDP";
        QTest::newRow("inner space") << "ENCSR 000EDP" << "";
        QTest::newRow("inner newline") << "ENCSR000\nEDP" << "";
        QTest::newRow("control character") << "ENCSR000EDP\x01" << "";
        QTest::newRow("a file accession") << "ENCFF000AAA" << "";
        QTest::newRow("a digit short") << "ENCSR00EDP" << "";
        // Unicode's case mapping would make ASCII of these; they are not accessions.
        QTest::newRow("long s") << QString::fromUtf8("enc\u017Fr000edp") << "";
        QTest::newRow("dotless i") << QString::fromUtf8("encsr000\u0131ab") << "";
        QTest::newRow("fullwidth letters") << QString::fromUtf8("\uFF25NCSR000EDP") << "";
        QTest::newRow("Cyrillic E") << QString::fromUtf8("\u0415NCSR000EDP") << "";
    }

    void typedTextIsNormalised()
    {
        QFETCH(QString, text);
        QFETCH(QString, accession);
        const Result<QString> parsed = parseExperimentAccession(text);
        QCOMPARE(parsed.ok(), !accession.isEmpty());
        if (parsed.ok()) {
            QCOMPARE(parsed.value(), accession);
            return;
        }
        QCOMPARE(parsed.failure().kind, Failure::Kind::InvalidInput);
        QVERIFY2(parsed.failure().message.contains(quotedInput(text)), qPrintable(parsed.failure().message));
        QVERIFY(parsed.failure().message.contains("such as ENCSR000EDP"));
    }

    void controlCharactersAreShownInMessages()
    {
        QCOMPARE(quotedInput("A\nB\tC\x01"), QStringLiteral("'A\\nB\\tC\\u0001'"));
    }

    void aListNamesEveryBadEntry()
    {
        const Result<QStringList> parsed =
            parseExperimentAccessions({"encsr000edp", "ENCSR1", "ENCSR000AKB", "nope"});
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.failure().message.contains("'ENCSR1'"));
        QVERIFY(parsed.failure().message.contains("'nope'"));
        QVERIFY(!parsed.failure().message.contains("ENCSR000AKB"));

        const Result<QStringList> good = parseExperimentAccessions({" encsr000edp", "ENCSR000AKB\n"});
        QVERIFY(good.ok());
        QCOMPARE(good.value(), (QStringList{"ENCSR000EDP", "ENCSR000AKB"}));
    }

    void encodeAccessionsAreExperimentsOrFiles()
    {
        QCOMPARE(parseEncodeAccession(" encff000aaa").value(), QStringLiteral("ENCFF000AAA"));
        QCOMPARE(parseEncodeAccession("ENCSR000EDP").value(), QStringLiteral("ENCSR000EDP"));
        QVERIFY(!parseEncodeAccession("ENCAN000AAA").ok());
        QVERIFY(!parseEncodeAccession(QString::fromUtf8("enc\uFB00000aaa")).ok()); // "ﬀ" ligature
    }
};

QTEST_GUILESS_MAIN(TestAccession)
#include "tst_accession.moc"
