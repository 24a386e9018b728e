// The Graphviz layout wrapper: layers follow the edges, every box gets a place inside the bounds, and
// each edge ends at its target.
#include "ui/provenance/GraphLayout.h"

#include <QTest>

using namespace encode;

class TestGraphLayout final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aChainRunsLeftToRightInLayers()
    {
        ui::GraphLayoutInput input;
        for (const char *id : {"ENCSR000AAA", "ENCFF000AAA", "/data/a \"quoted\" path.bam", "/data/peaks.bed"})
            input.nodes.append({QString::fromUtf8(id), QSizeF(160, 40)});
        input.edges = {{"ENCSR000AAA", "ENCFF000AAA"},
                       {"ENCFF000AAA", "/data/a \"quoted\" path.bam"},
                       {"/data/a \"quoted\" path.bam", "/data/peaks.bed"},
                       {"ENCSR000AAA", "/data/peaks.bed"},
                       {"ENCSR000AAA", "not a node"}};
        const ui::GraphLayoutResult layout = ui::layOutGraph(input);
        QVERIFY2(layout.ok, qPrintable(layout.error));
        QCOMPARE(layout.centres.size(), 4);
        const auto x = [&layout](const char *id) { return layout.centres.value(QString::fromUtf8(id)).x(); };
        QVERIFY(x("ENCSR000AAA") < x("ENCFF000AAA"));
        QVERIFY(x("ENCFF000AAA") < x("/data/a \"quoted\" path.bam"));
        QVERIFY(x("/data/a \"quoted\" path.bam") < x("/data/peaks.bed"));
        for (const QPointF &centre : layout.centres)
            QVERIFY(layout.bounds.adjusted(-1, -1, 1, 1).contains(centre));
        QCOMPARE(layout.edges.size(), 5);
        QVERIFY(layout.edges.last().isEmpty()); // an edge to an unknown node is not drawn
        for (int i = 0; i < 4; ++i) {
            // The tip touches the target box's left side (boxes are 160 wide).
            const QPointF target = layout.centres.value(input.edges.at(i).to);
            QVERIFY(!layout.edges.at(i).isEmpty());
            QVERIFY(qAbs(layout.arrowTips.at(i).x() - (target.x() - 80)) < 2.0);
        }
    }

    void topToBottomPutsLayersUnderEachOther()
    {
        ui::GraphLayoutInput input;
        input.leftToRight = false;
        input.nodes = {{"a", QSizeF(80, 30)}, {"b", QSizeF(80, 30)}};
        input.edges = {{"a", "b"}};
        const ui::GraphLayoutResult layout = ui::layOutGraph(input);
        QVERIFY(layout.ok);
        QVERIFY(layout.centres.value("a").y() < layout.centres.value("b").y());
    }

    // The Provenance view lays out again on every change, so one process runs many layouts. Graphviz
    // keeps state across contexts: with a context per layout, the second one read freed memory (a
    // heap-use-after-free under ASan). The same graph must come out the same way every time.
    void manyLayoutsInOneProcessAgree()
    {
        ui::GraphLayoutInput input;
        input.nodes = {{"a", QSizeF(120, 40)}, {"b", QSizeF(120, 40)}, {"c", QSizeF(120, 40)}};
        input.edges = {{"a", "b"}, {"b", "c"}, {"a", "c"}};
        const ui::GraphLayoutResult first = ui::layOutGraph(input);
        QVERIFY2(first.ok, qPrintable(first.error));
        for (int run = 0; run < 3; ++run) {
            const ui::GraphLayoutResult again = ui::layOutGraph(input);
            QVERIFY2(again.ok, qPrintable(again.error));
            QCOMPARE(again.centres, first.centres);
            QCOMPARE(again.bounds, first.bounds);
            QCOMPARE(again.arrowTips, first.arrowTips);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
