// The citation engine and its writers over a hostile collection: golden files for every format,
// then each output read back the way a reference manager would (BibTeX braces and keys, RIS lines,
// CSL-JSON items), so a change that breaks an importer fails here even if a golden file is updated.
#include "app/citations/CitationCollector.h"
#include "app/citations/CitationFormat.h"
#include "app/citations/CitationNames.h"
#include "tests/support/CitationFixtures.h"
#include "tests/support/TestCollection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace encode::app;
using encode::testsupport::TestCollection;

Q_DECLARE_METATYPE(encode::app::CitationFormat)

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(ENCODE_TEST_DATA_DIR "/citations/") + name;
}

} // namespace

class TestCitations final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestCollection> m_collection;

    CitationSet collect(const QStringList &accessions = {}, bool datasets = true)
    {
        const auto set = collectCitations(m_collection->repository(), {accessions, datasets});
        if (!set.ok())
            qWarning("collecting failed: %s", qPrintable(set.failure().message));
        return set.ok() ? set.value() : CitationSet{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_collection = std::make_unique<TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
        auto repository = m_collection->repository();
        QVERIFY(encode::testsupport::seedHostileCitations(repository));
    }

    void goldenFiles_data()
    {
        QTest::addColumn<CitationFormat>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("bibtex") << CitationFormat::Bibtex << "hostile.bib";
        QTest::newRow("ris") << CitationFormat::Ris << "hostile.ris";
        QTest::newRow("csl-json") << CitationFormat::CslJson << "hostile.csl.json";
        QTest::newRow("json") << CitationFormat::Json << "hostile.json";
    }

    void goldenFiles()
    {
        QFETCH(CitationFormat, format);
        QFETCH(QString, file);
        const QByteArray produced = formatCitations(collect(), format).toUtf8();
        QFile golden(goldenPath(file));
        if (qEnvironmentVariableIsSet("ENCODE_UPDATE_GOLDEN")) { // regenerate, then review the diff
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(produced);
            golden.close();
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable("missing golden file " + golden.fileName()));
        const QByteArray expected = golden.readAll();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QString::fromUtf8(produced), QString::fromUtf8(expected));
    }

    void portalAuthors_data()
    {
        QTest::addColumn<QString>("portal");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("literal");
        QTest::newRow("initials") << "Dunham I"
                                  << "Dunham"
                                  << "I."
                                  << "";
        QTest::newRow("non-ASCII") << "Müller JÖ"
                                   << "Müller"
                                   << "J. Ö."
                                   << "";
        QTest::newRow("hyphenated") << "O'Brien-Smith J-P"
                                    << "O'Brien-Smith"
                                    << "J.-P."
                                    << "";
        QTest::newRow("particle") << "de la Cruz MA"
                                  << "de la Cruz"
                                  << "M. A."
                                  << "";
        QTest::newRow("consortium") << "ENCODE Project Consortium"
                                    << ""
                                    << ""
                                    << "ENCODE Project Consortium";
        QTest::newRow("one word") << "Madonna"
                                  << "Madonna"
                                  << ""
                                  << "";
        QTest::newRow("formula") << "=cmd|' /C calc'!A0"
                                 << ""
                                 << ""
                                 << "=cmd|' /C calc'!A0";
        QTest::newRow("spaces") << "  Doe   J  "
                                << "Doe"
                                << "J."
                                << "";
    }

    void portalAuthors()
    {
        QFETCH(QString, portal);
        const CitationName name = parsePortalAuthor(portal);
        QTEST(name.family, "family");
        QTEST(name.given, "given");
        QTEST(name.literal, "literal");
    }

    void labAuthors()
    {
        const CitationName pi = labAuthor("J. Michael Cherry, Stanford", "/labs/j-michael-cherry/");
        QCOMPARE(pi.family, "Cherry");
        QCOMPARE(pi.given, "J. Michael");
        QCOMPARE(labAuthor("ENCODE Processing Pipeline", {}).literal, "ENCODE Processing Pipeline");
        QCOMPARE(labAuthor({}, "/labs/encode-processing-pipeline/").literal, "Encode Processing Pipeline");
        QVERIFY(labAuthor({}, {}).literal.isEmpty());
    }

    void eachPaperOnceWithEveryCitingExperiment()
    {
        const CitationSet set = collect({}, false);
        QCOMPARE(set.publications.size(), 4);
        QCOMPARE(set.publications.at(0).publication.pmid, "22955616");
        QCOMPARE(set.publications.at(0).experiments, QStringList({"ENCSR100AAA", "ENCSR200BBB"}));
        QCOMPARE(set.publications.at(1).experiments, QStringList({"ENCSR100AAA"}));
        QVERIFY(set.datasets.isEmpty());
        QStringList keys;
        for (const PublicationCitation &citation : set.publications)
            keys.append(citation.key);
        QCOMPARE(keys, QStringList({"encode2012integrated", "obriensmith2021quoted", "encode2012integratedb",
                                    "anonnd"}));
    }

    void selectedExperimentsOnly()
    {
        const CitationSet second = collect({"ENCSR200BBB"}, false);
        QCOMPARE(second.publications.size(), 3);
        QCOMPARE(second.publications.at(0).experiments, QStringList({"ENCSR200BBB"}));
        const CitationSet none = collect({"ENCSR300CCC"}, false);
        QVERIFY(none.isEmpty());
        const CitationSet datasetsOnly = collect({"ENCSR300CCC", "ENCSR100AAA"}, true);
        QCOMPARE(datasetsOnly.datasets.size(), 2);
        QCOMPARE(datasetsOnly.datasets.at(0).accession, "ENCSR300CCC"); // in the order asked for
        QCOMPARE(datasetsOnly.datasets.at(1).doi, "10.17989/ENCSR100AAA");
        QCOMPARE(datasetsOnly.datasets.at(1).title, "TF ChIP-seq of CTCF in HepG2 (ENCSR100AAA)");
        QCOMPARE(datasetsOnly.datasets.at(1).year, "2020");
        QCOMPARE(datasetsOnly.datasets.at(1).authors.at(0).literal, "ENCODE Project Consortium");
        QCOMPARE(datasetsOnly.datasets.at(1).authors.at(1).family, "Ito");
    }

    void untrackedAccessionIsNamed()
    {
        const auto set =
            collectCitations(m_collection->repository(), {{"ENCSR100AAA", "ENCSR999ZZZ"}, false});
        QVERIFY(!set.ok());
        QCOMPARE(set.failure().kind, encode::models::Failure::Kind::NotFound);
        QVERIFY2(set.failure().message.contains("ENCSR999ZZZ"), qPrintable(set.failure().message));
        QVERIFY(!set.failure().message.contains("ENCSR100AAA"));
    }

    // bibtex counts every brace, escaped or not: each entry must close exactly where it ends, keys
    // must be unique, and no TeX special character may reach a field unescaped.
    void bibtexReadsBack()
    {
        const QString bib = formatCitations(collect(), CitationFormat::Bibtex);
        static const QRegularExpression entryStart(QStringLiteral("^@(article|misc)\\{([^,\\s]+),$"));
        static const QRegularExpression fieldLine(QStringLiteral("^  ([a-z]+) = \\{(.*)\\},?$"));
        QSet<QString> keys;
        int depth = 0;
        int entries = 0;
        for (const QString &line : bib.split('\n')) {
            if (depth == 0) {
                if (line.isEmpty())
                    continue;
                const QRegularExpressionMatch start = entryStart.match(line);
                QVERIFY2(start.hasMatch(), qPrintable(line));
                QVERIFY2(!keys.contains(start.captured(2).toLower()), qPrintable(start.captured(2)));
                keys.insert(start.captured(2).toLower());
                ++entries;
            } else if (line != "}") {
                const QRegularExpressionMatch field = fieldLine.match(line);
                QVERIFY2(field.hasMatch(), qPrintable(line));
                QString value = field.captured(2);
                if (field.captured(1) != "url" && field.captured(1) != "doi") {
                    value.remove(QRegularExpression(R"(\\[#$%&_{}])"));
                    QVERIFY2(!value.contains(QRegularExpression(R"([#$%&_~^|<>])")), qPrintable(line));
                }
            }
            for (const QChar c : line) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                QVERIFY2(depth >= 0, qPrintable(line));
            }
        }
        QCOMPARE(depth, 0);
        QCOMPARE(entries, 7);
        QVERIFY(bib.contains(
            "author = {{ENCODE Project Consortium} and Dunham, I. and Kundaje, A. and Müller, J. Ö.}"));
        QVERIFY(bib.contains("{Smith and Jones}, A. B."));
        QVERIFY(bib.contains("@misc{ENCSR100AAA,"));
    }

    void risReadsBack()
    {
        const QString ris = formatCitations(collect(), CitationFormat::Ris);
        QCOMPARE(ris.count('\n'), ris.count("\r\n"));
        QVERIFY(!ris.contains(QRegularExpression("\r(?!\n)")));
        static const QRegularExpression tagLine(QStringLiteral("^([A-Z][A-Z0-9])  - (.*)$"));
        QStringList types;
        QString current;
        for (const QString &line : ris.split("\r\n")) {
            if (line.isEmpty()) {
                QVERIFY2(current.isEmpty(), "a blank line inside a record");
                continue;
            }
            const QRegularExpressionMatch match = tagLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const QString tag = match.captured(1);
            if (current.isEmpty()) {
                QCOMPARE(tag, "TY");
                current = match.captured(2);
                types.append(current);
                continue;
            }
            QVERIFY2(tag != "TY", "TY inside a record");
            if (tag == "ER") {
                QCOMPARE(match.captured(2), "");
                current.clear();
            }
            QVERIFY2(tag != "JO" && tag != "AN", qPrintable(line)); // Zotero misreads both
        }
        QVERIFY2(current.isEmpty(), "the last record has no ER");
        QCOMPARE(types, QStringList({"JOUR", "JOUR", "JOUR", "JOUR", "DATA", "DATA", "DATA"}));
        QVERIFY(ris.contains("AU  - Müller, J. Ö.\r\n"));
        QVERIFY(ris.contains("AU  - ENCODE Project Consortium\r\n"));
        QVERIFY(ris.contains("T2  - Journal of \"Hostile\" Data & Stuff\r\n"));
        QVERIFY(ris.contains("M2  - PMID: 22955616\r\n"));
        QVERIFY(ris.contains("DO  - 10.17989/ENCSR100AAA\r\n"));
        QVERIFY(ris.contains("DA  - 2020/01/02/\r\n"));
    }

    void cslJsonReadsBack()
    {
        QJsonParseError error{};
        const QJsonDocument document =
            QJsonDocument::fromJson(formatCitations(collect(), CitationFormat::CslJson).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        QSet<QString> ids;
        for (const QJsonValue &value : document.array()) {
            const QJsonObject item = value.toObject();
            QVERIFY(item.value("id").isString());
            QVERIFY(!ids.contains(item.value("id").toString()));
            ids.insert(item.value("id").toString());
            const QString type = item.value("type").toString();
            QVERIFY2(type == "article-journal" || type == "dataset", qPrintable(type));
            for (const QJsonValue &author : item.value("author").toArray()) {
                const QJsonObject name = author.toObject();
                QVERIFY(name.value("family").isString() != name.value("literal").isString());
                QVERIFY(!name.contains("given") || name.value("given").isString());
            }
            if (item.contains("issued")) {
                const QJsonObject issued = item.value("issued").toObject();
                if (issued.contains("date-parts")) {
                    for (const QJsonValue &part : issued.value("date-parts").toArray().at(0).toArray())
                        QVERIFY(part.isDouble());
                } else {
                    QVERIFY(issued.value("literal").isString());
                }
            }
            for (const char *text :
                 {"title", "container-title", "DOI", "PMID", "URL", "note", "publisher", "number"})
                QVERIFY(!item.contains(text) || item.value(text).isString());
            if (item.contains("PMID"))
                QVERIFY(item.value("note").toString().contains("PMID: " + item.value("PMID").toString()));
        }
        QCOMPARE(ids.size(), 7);
        const QJsonObject dataset = document.array().at(4).toObject();
        QCOMPARE(dataset.value("type").toString(), "dataset");
        QCOMPARE(dataset.value("DOI").toString(), "10.17989/ENCSR100AAA");
        QCOMPARE(dataset.value("issued").toObject().value("date-parts").toArray().at(0).toArray(),
                 QJsonArray({2020, 1, 2}));
    }

    void jsonHoldsThePublicationRows()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(formatCitations(collect(), CitationFormat::Json).toUtf8()).object();
        QCOMPARE(json.value("count").toInt(), 4);
        const QJsonObject first = json.value("publications").toArray().at(0).toObject();
        QCOMPARE(first.value("pmid").toString(), "22955616");
        QCOMPARE(first.value("experiments").toArray(), QJsonArray({"ENCSR100AAA", "ENCSR200BBB"}));
        QVERIFY(json.value("publications").toArray().at(2).toObject().value("pmid").isNull());
        QCOMPARE(json.value("datasets").toArray().size(), 3);
        const QJsonObject withoutDatasets =
            QJsonDocument::fromJson(formatCitations(collect({}, false), CitationFormat::Json).toUtf8())
                .object();
        QVERIFY(!withoutDatasets.contains("datasets"));
    }

    void formatNames()
    {
        QCOMPARE(citationFormatNames(), QStringList({"json", "bibtex", "ris", "csl-json"}));
        QCOMPARE(citationFormatNamed("csl-json"), std::optional(CitationFormat::CslJson));
        QVERIFY(!citationFormatNamed("BibTeX"));
    }
};

QTEST_GUILESS_MAIN(TestCitations)
#include "tst_citations.moc"
