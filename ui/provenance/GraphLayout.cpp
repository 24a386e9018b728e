#include "ui/provenance/GraphLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#include <mutex>

namespace encode::ui {
namespace {

constexpr double pointsPerInch = 72.0;

// Graphviz's C API takes char* for names and attribute values it does not keep; these hold the bytes.
void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / pointsPerInch, 'f', 4);
}

// One Graphviz context for the whole process, made on first use and never freed. Graphviz 2.42 keeps
// state across contexts: its pango text-layout plugin caches a pointer to the last font name, which
// lives in the context's font table, so after gvFreeContext() the next layout in the process compares
// against freed memory (ASan: heap-use-after-free in strcmp under textspan_size). A context that lives
// as long as the process keeps that table, and with it the cached pointer, valid.
GVC_t *processContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

// Graphviz is not thread-safe (global state in the layout plugins), so layouts take turns. Today they
// all run on the GUI thread and the lock is never contended.
std::mutex &layoutMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

GraphLayoutResult layOutGraph(const GraphLayoutInput &input)
{
    GraphLayoutResult result;
    const std::lock_guard lock(layoutMutex());
    GVC_t *const context = processContext();
    Agraph_t *graph = agopen(const_cast<char *>("provenance"), Agdirected, nullptr);
    setAttribute(graph, "rankdir", input.leftToRight ? "LR" : "TB");
    setAttribute(graph, "nodesep", "0.3");
    setAttribute(graph, "ranksep", "0.6");

    // Nodes are named by their index, so any id (paths with quotes, spaces) is safe.
    QHash<QString, Agnode_t *> nodes;
    QList<std::pair<QString, Agnode_t *>> order;
    for (qsizetype i = 0; i < input.nodes.size(); ++i) {
        const GraphLayoutInput::Node &node = input.nodes.at(i);
        QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *made = agnode(graph, name.data(), 1);
        setAttribute(made, "shape", "box");
        setAttribute(made, "fixedsize", "true");
        setAttribute(made, "width", inches(node.size.width()));
        setAttribute(made, "height", inches(node.size.height()));
        nodes.insert(node.id, made);
        order.append({node.id, made});
    }
    QList<Agedge_t *> edges;
    for (const GraphLayoutInput::Edge &edge : input.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        edges.append(from && to ? agedge(graph, from, to, nullptr, 1) : nullptr);
    }

    if (gvLayout(context, graph, "dot") != 0) {
        agclose(graph);
        result.error = QStringLiteral("Graphviz could not lay the graph out");
        return result;
    }
    // Graphviz puts y upwards; Qt downwards: flip around the bounding box.
    const boxf box = GD_bb(graph);
    const auto qtPoint = [&box](pointf p) { return QPointF(p.x - box.LL.x, box.UR.y - p.y); };
    result.bounds = QRectF(0, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    for (const auto &[id, node] : order)
        result.centres.insert(id, qtPoint(ND_coord(node)));
    for (Agedge_t *edge : edges) {
        QPainterPath path;
        QPointF tip;
        const splines *curve = edge ? ED_spl(edge) : nullptr;
        if (curve && curve->size > 0) {
            const bezier &spline = curve->list[0];
            path.moveTo(qtPoint(spline.list[0]));
            for (int i = 1; i + 2 < spline.size; i += 3)
                path.cubicTo(qtPoint(spline.list[i]), qtPoint(spline.list[i + 1]), qtPoint(spline.list[i + 2]));
            // With an arrow head, the curve stops short of the node and `ep` is the arrow's tip.
            tip = spline.eflag ? qtPoint(spline.ep) : path.currentPosition();
            if (spline.eflag)
                path.lineTo(tip);
        }
        result.edges.append(path);
        result.arrowTips.append(tip);
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    result.ok = true;
    return result;
}

} // namespace encode::ui
