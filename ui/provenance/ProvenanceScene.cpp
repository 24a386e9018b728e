#include "ui/provenance/ProvenanceScene.h"

#include "ui/provenance/GraphLayout.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QtMath>

namespace encode::ui {
namespace {

using models::FileState;
using models::ProvenanceNodeKind;

constexpr qreal boxWidth = 190;
constexpr qreal boxHeight = 46;

QString secondLine(const models::ProvenanceNode &node)
{
    if (node.encode) {
        if (!node.encode->tracked)
            return ProvenanceScene::tr("not in the collection");
        return node.encode->assay.isEmpty() ? node.encode->biosample : node.encode->assay;
    }
    if (node.state == FileState::Missing || node.state == FileState::Changed)
        return models::fileStateName(node.state);
    return node.file ? node.file->tool : QString();
}

QPolygonF arrowHead(const QPainterPath &path, const QPointF &tip)
{
    const qreal angle = qDegreesToRadians(path.angleAtPercent(1.0));
    const QPointF back(-qCos(angle) * 9, qSin(angle) * 9);
    const QPointF side(qSin(angle) * 4.5, qCos(angle) * 4.5);
    return QPolygonF({tip, tip + back + side, tip + back - side});
}

} // namespace

QColor nodeFill(ProvenanceNodeKind kind)
{
    switch (kind) {
    case ProvenanceNodeKind::Experiment: return {0xd6, 0xe6, 0xfa};
    case ProvenanceNodeKind::EncodeFile: return {0xdc, 0xf0, 0xdc};
    case ProvenanceNodeKind::DerivedFile: return {0xf2, 0xf2, 0xf2};
    }
    return Qt::white;
}

QColor stateColour(FileState state)
{
    switch (state) {
    case FileState::Missing: return {0xc6, 0x28, 0x28};
    case FileState::Changed: return {0xe6, 0x6a, 0x00};
    default: return {0x60, 0x60, 0x60};
    }
}

ProvenanceScene::ProvenanceScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

bool ProvenanceScene::showGraph(const models::ProvenanceGraph &graph)
{
    clear();
    m_graph = graph;
    m_error.clear();
    GraphLayoutInput input;
    for (const models::ProvenanceNode &node : graph.nodes)
        input.nodes.append({node.id, QSizeF(boxWidth, boxHeight)});
    for (const models::ProvenanceEdge &edge : graph.edges)
        input.edges.append({edge.from, edge.to});
    const GraphLayoutResult layout = layOutGraph(input);
    if (!layout.ok) {
        m_error = layout.error;
        return false;
    }

    const QPen edgePen(QColor(0x70, 0x70, 0x70), 1.4);
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const QPainterPath &path = layout.edges.at(i);
        if (path.isEmpty())
            continue;
        auto *line = addPath(path, edgePen);
        line->setData(EdgeKey, QString(graph.edges.at(i).from + QStringLiteral("->") + graph.edges.at(i).to));
        line->setZValue(0);
        auto *head = addPolygon(arrowHead(path, layout.arrowTips.at(i)), edgePen, QBrush(edgePen.color()));
        head->setZValue(0);
    }

    QFont bold;
    bold.setBold(true);
    for (const models::ProvenanceNode &node : graph.nodes) {
        const QPointF centre = layout.centres.value(node.id);
        auto *box = addRect(QRectF(-boxWidth / 2, -boxHeight / 2, boxWidth, boxHeight));
        box->setPos(centre);
        box->setZValue(1);
        box->setData(NodeIdKey, node.id);
        box->setBrush(nodeFill(node.kind));
        QPen pen(stateColour(node.state), node.id == graph.rootId ? 2.6 : 1.4);
        const bool untracked = node.encode && !node.encode->tracked;
        if (node.state == FileState::Missing || untracked)
            pen.setStyle(Qt::DashLine);
        box->setPen(pen);
        box->setFlag(QGraphicsItem::ItemIsSelectable);
        box->setCursor(QCursor(Qt::PointingHandCursor));
        box->setToolTip(node.path.isEmpty() ? node.label : node.path);

        const QFontMetricsF boldMetrics(bold);
        auto *title = new QGraphicsSimpleTextItem(boldMetrics.elidedText(node.label, Qt::ElideMiddle, boxWidth - 12), box);
        title->setFont(bold);
        title->setPos(-title->boundingRect().width() / 2, -boxHeight / 2 + 5);
        const QString detail = secondLine(node);
        if (!detail.isEmpty()) {
            auto *line = new QGraphicsSimpleTextItem(QFontMetricsF(QFont()).elidedText(detail, Qt::ElideRight, boxWidth - 12), box);
            line->setBrush(stateColour(node.state));
            line->setPos(-line->boundingRect().width() / 2, 2);
        }
    }
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
    return true;
}

} // namespace encode::ui
