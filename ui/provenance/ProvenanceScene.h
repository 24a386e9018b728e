#pragma once

#include "models/provenance/ProvenanceGraph.h"

#include <QGraphicsScene>

namespace encode::ui {

// A provenance graph drawn for a QGraphicsView: one box per node, styled by kind (ENCODE experiment
// blue, ENCODE file green, derived file grey; a missing file red and dashed, a changed one orange, an
// untracked source dashed) and laid out in layers by Graphviz, sources on the left; an arrow from each
// source to what was derived from it. Each box item carries its node id (NodeIdKey) for clicks and tests.
class ProvenanceScene final : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr int NodeIdKey = 0;  // QGraphicsItem::data key of a box: the node id
    static constexpr int EdgeKey = 1;    // of an edge: "from->to"

    explicit ProvenanceScene(QObject *parent = nullptr);

    // Replaces what is drawn; false (with the scene empty) when Graphviz could not lay it out.
    bool showGraph(const models::ProvenanceGraph &graph);
    [[nodiscard]] const models::ProvenanceGraph &graph() const { return m_graph; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    models::ProvenanceGraph m_graph;
    QString m_error;
};

// How a node is told apart, for the boxes and the legend.
[[nodiscard]] QColor nodeFill(models::ProvenanceNodeKind kind);
[[nodiscard]] QColor stateColour(models::FileState state);

} // namespace encode::ui
