#pragma once

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace encode::ui {

// A directed graph laid out in layers by Graphviz's "dot" (libgvc): we give the boxes' sizes and the
// edges, Graphviz gives back where each box goes and the curve of each edge. Coordinates are in
// scene units (points), y growing downwards as in Qt.
struct GraphLayoutInput {
    struct Node {
        QString id;
        QSizeF size;
    };
    struct Edge {
        QString from;
        QString to;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    bool leftToRight = true; // sources on the left, what was derived from them on the right
};

struct GraphLayoutResult {
    QHash<QString, QPointF> centres; // by node id
    QList<QPainterPath> edges;       // in input order; each ends where its arrow head goes
    QList<QPointF> arrowTips;        // the end point of each edge (the arrow's tip)
    QRectF bounds;
    bool ok = false;
    QString error;
};

[[nodiscard]] GraphLayoutResult layOutGraph(const GraphLayoutInput &input);

} // namespace encode::ui
