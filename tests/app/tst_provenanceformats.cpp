// The provenance writers read back: DOT through Graphviz itself, PROV-JSON through QJsonDocument with
// the W3C layout checked, and the plain JSON and text a script or a person reads.
#include "app/provenance/ProvenanceFormats.h"
#include "tests/support/ProvenanceFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace encode;
using testsupport::ProvenanceFixture;

class TestProvenanceFormats final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ProvenanceFixture> m_fixture;

    models::ProvenanceGraph chainOfPeaks() const
    {
        auto graph = m_fixture->service().provenanceOf(m_fixture->path("peaks.bed"));
        return graph.ok() ? graph.value() : models::ProvenanceGraph{};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ProvenanceFixture>();
        QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->error()));
        // One file missing and one changed, so the writers show both.
        QVERIFY(QFile::remove(m_fixture->path("a.bam")));
        QVERIFY(!m_fixture->writeFile("b.bam", "reads of B, edited").isEmpty());
    }

    void cleanup() { m_fixture.reset(); }

    void dotRendersWithGraphviz_data()
    {
        QTest::addColumn<QString>("query"); // a file name, an accession, or "" for everything
        QTest::newRow("chain of a file") << "peaks.bed";
        QTest::newRow("descendants of an experiment") << "ENCSR000AAA";
        QTest::newRow("whole collection") << "";
    }

    void dotRendersWithGraphviz()
    {
        QFETCH(QString, query);
        const QString dot = QStandardPaths::findExecutable("dot");
        QVERIFY2(!dot.isEmpty(),
                 "Graphviz's dot is needed (Debian package graphviz; packaging/dev/setup.sh installs it)");
        const models::ProvenanceService service = m_fixture->service();
        const auto graph = query.isEmpty()
                               ? service.everything()
                               : (query.contains('.') ? service.provenanceOf(m_fixture->path(query))
                                                      : service.descendantsOf(query));
        QVERIFY(graph.ok());
        QVERIFY(graph.value().nodes.size() >= 4);

        QProcess process;
        process.start(dot, {"-Tsvg"});
        QVERIFY(process.waitForStarted());
        process.write(app::provenanceDot(graph.value()).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QString svg = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(process.readAllStandardError().isEmpty(), "dot printed warnings");
        // Graphviz names each node's SVG group after the node id (with '-' written as &#45;).
        const auto inSvg = [](QString id) {
            return id.replace("-", "&#45;");
        };
        for (const models::ProvenanceNode &node : graph.value().nodes)
            QVERIFY2(svg.contains("<title>" + inSvg(node.id) + "</title>"), qPrintable(node.id));
        for (const models::ProvenanceEdge &edge : graph.value().edges)
            QVERIFY2(svg.contains("<title>" + inSvg(edge.from) + "&#45;&gt;" + inSvg(edge.to) + "</title>"),
                     qPrintable(edge.from + "->" + edge.to));
    }

    void dotStylesNodesByKindAndState()
    {
        const QString dot = app::provenanceDot(chainOfPeaks());
        const auto line = [&](const QString &id) {
            for (const QString &l : dot.split('\n')) {
                if (l.trimmed().startsWith('"' + id + "\" ["))
                    return l;
            }
            return QString();
        };
        QVERIFY(line("ENCSR000AAA").contains("shape=box"));
        QVERIFY(line("ENCFF000AAA").contains("shape=note"));
        QVERIFY(line(m_fixture->nodeId("peaks.bed")).contains("shape=ellipse"));
        QVERIFY(line(m_fixture->nodeId("a.bam")).contains("color=\"#cc0000\""));
        QVERIFY(line(m_fixture->nodeId("a.bam")).contains("(missing)"));
        QVERIFY(line(m_fixture->nodeId("b.bam")).contains("color=\"#e69138\""));
        QVERIFY(line(m_fixture->nodeId("b.bam")).contains("(changed)"));
        QVERIFY(line("ENCSR000CCC").contains("dashed")); // untracked
        QVERIFY(line("ENCSR000AAA").contains("TF ChIP-seq"));
    }

    void dotEscapesLabels()
    {
        m_fixture->writeFile("odd \"name\" \\.bed", "x");
        models::DerivedFileEntry entry{
            m_fixture->path("odd \"name\" \\.bed"), {"ENCSR000AAA"}, "tool \"q\"\nline", {}, {}, {}};
        QVERIFY(m_fixture->service().logDerivedFile(entry, 1).ok());
        const auto graph = m_fixture->service().provenanceOf(entry.path);
        QVERIFY(graph.ok());
        QProcess process;
        process.start(QStandardPaths::findExecutable("dot"), {"-Tsvg"});
        QVERIFY(process.waitForStarted());
        process.write(app::provenanceDot(graph.value()).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("odd &quot;name&quot;"));
    }

    void provJsonHasTheW3cLayout()
    {
        const models::ProvenanceGraph graph = chainOfPeaks();
        const QByteArray text = QJsonDocument(app::provJson(graph)).toJson();
        QJsonParseError error;
        const QJsonObject prov = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *section :
             {"prefix", "entity", "activity", "used", "wasGeneratedBy", "wasDerivedFrom"})
            QVERIFY2(prov.value(section).isObject(), section);
        QCOMPARE(prov.value("prefix").toObject().value("encode").toString(),
                 "https://www.encodeproject.org/");

        const QJsonObject entities = prov.value("entity").toObject();
        const QJsonObject activities = prov.value("activity").toObject();
        QCOMPARE(entities.size(), graph.nodes.size());
        QCOMPARE(activities.size(), 4); // one run per logged file
        QCOMPARE(prov.value("used").toObject().size(), graph.edges.size());
        QCOMPARE(prov.value("wasDerivedFrom").toObject().size(), graph.edges.size());
        QCOMPARE(prov.value("wasGeneratedBy").toObject().size(), 4);

        // Every relation names entities and activities the document defines.
        for (const QJsonValue &used : prov.value("used").toObject()) {
            QVERIFY(activities.contains(used.toObject().value("prov:activity").toString()));
            QVERIFY(entities.contains(used.toObject().value("prov:entity").toString()));
        }
        for (const QJsonValue &generated : prov.value("wasGeneratedBy").toObject()) {
            QVERIFY(entities.contains(generated.toObject().value("prov:entity").toString()));
            QVERIFY(activities.contains(generated.toObject().value("prov:activity").toString()));
            QVERIFY(generated.toObject().value("prov:time").toString().endsWith('Z'));
        }
        QSet<QString> derivedPairs;
        for (const QJsonValue &derived : prov.value("wasDerivedFrom").toObject()) {
            const QJsonObject d = derived.toObject();
            QVERIFY(entities.contains(d.value("prov:generatedEntity").toString()));
            QVERIFY(entities.contains(d.value("prov:usedEntity").toString()));
            derivedPairs.insert(d.value("prov:generatedEntity").toString() + " <- " +
                                d.value("prov:usedEntity").toString());
        }
        QVERIFY(
            derivedPairs.contains("tracker:" + m_fixture->nodeId("peaks.bed") + " <- encode:ENCSR000CCC"));
        QVERIFY(derivedPairs.contains("tracker:" + m_fixture->nodeId("a.bam") + " <- encode:ENCFF000AAA"));

        const QJsonObject experiment = entities.value("encode:ENCSR000AAA").toObject();
        QCOMPARE(experiment.value("prov:type").toObject().value("$").toString(), "encode:Experiment");
        QCOMPARE(experiment.value("tracker:assay").toString(), "TF ChIP-seq");
        const QJsonObject peaks = entities.value("tracker:" + m_fixture->nodeId("peaks.bed")).toObject();
        QCOMPARE(peaks.value("tracker:path").toString(), m_fixture->path("peaks.bed"));
        QCOMPARE(peaks.value("tracker:sha256").toString().size(), 64);
        QCOMPARE(entities.value("tracker:" + m_fixture->nodeId("a.bam"))
                     .toObject()
                     .value("tracker:status")
                     .toString(),
                 "missing");
        const QJsonObject run = activities.value("tracker:run-" + m_fixture->nodeId("peaks.bed")).toObject();
        QCOMPARE(run.value("tracker:tool").toString(), "tool for peaks.bed");
        QCOMPARE(run.value("tracker:parameters").toString(), "--threads 4");

        // Stable ids: the same collection gives the same document.
        QCOMPARE(QJsonDocument(app::provJson(chainOfPeaks())).toJson(), text);
    }

    void jsonListsNodesAndEdges()
    {
        const models::ProvenanceGraph graph = chainOfPeaks();
        const QJsonObject json =
            QJsonDocument::fromJson(QJsonDocument(app::provenanceJson(graph)).toJson()).object();
        QCOMPARE(json.value("root").toString(), m_fixture->nodeId("peaks.bed"));
        QCOMPARE(json.value("nodes").toArray().size(), 9);
        QCOMPARE(json.value("edges").toArray().size(), 8);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &node : json.value("nodes").toArray())
            byId.insert(node.toObject().value("node_id").toString(), node.toObject());
        QCOMPARE(byId.value(m_fixture->nodeId("a.bam")).value("status").toString(), "missing");
        QCOMPARE(byId.value(m_fixture->nodeId("b.bam")).value("status").toString(), "changed");
        QCOMPARE(byId.value(m_fixture->nodeId("peaks.bed")).value("status").toString(), "unchanged");
        QCOMPARE(byId.value(m_fixture->nodeId("peaks.bed")).value("tool_used").toString(),
                 "tool for peaks.bed");
        QCOMPARE(byId.value("ENCSR000AAA").value("biosample_summary").toString(), "HepG2");
        QCOMPARE(byId.value("ENCSR000BBB").value("tracked").toBool(), false);
        QCOMPARE(byId.value("ENCFF000AAA").value("kind").toString(), "encode_file");
    }

    void textShowsEveryStep()
    {
        const QString text = app::provenanceText(chainOfPeaks());
        for (const QString &part :
             {m_fixture->path("peaks.bed"), m_fixture->path("merged.bam"), QString("tool for a.bam"),
              QString("--threads 4"), QString("ENCSR000AAA  experiment: TF ChIP-seq, HepG2, Homo sapiens"),
              QString("ENCSR000CCC  experiment (untracked)"), QString("[missing]"),
              QString("ENCFF000AAA  ENCODE file of ENCSR000AAA")})
            QVERIFY2(text.contains(part), qPrintable(part + "\n" + text));
        QVERIFY(text.indexOf("peaks.bed") < text.indexOf("merged.bam"));
        const QString down = app::provenanceText(m_fixture->service().descendantsOf("ENCSR000AAA").value());
        QVERIFY(down.startsWith("ENCSR000AAA"));
        QVERIFY(down.contains("-> " + m_fixture->path("a.bam")));
    }
};

QTEST_GUILESS_MAIN(TestProvenanceFormats)
#include "tst_provenanceformats.moc"
