#include "app/provenance/ProvenanceFormats.h"

namespace encode::app {
namespace {

using models::FileState;
using models::ProvenanceNode;
using models::ProvenanceNodeKind;

// A DOT double-quoted string: only '"' and '\' need escaping; line breaks become the \n escape.
QString quoted(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.remove(QLatin1Char('\r'));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QStringList labelLines(const ProvenanceNode &node)
{
    QStringList lines{node.label};
    if (node.encode) {
        const models::EncodeSource &e = *node.encode;
        if (!e.tracked)
            lines.append(QStringLiteral("untracked"));
        for (const QString &fact : {e.assay, e.biosample}) {
            if (!fact.isEmpty())
                lines.append(fact);
        }
        if (node.kind == ProvenanceNodeKind::EncodeFile && !e.experimentAccession.isEmpty())
            lines.append(QStringLiteral("of ") + e.experimentAccession);
        return lines;
    }
    if (node.file && !node.file->tool.isEmpty())
        lines.append(node.file->tool);
    if (models::needsAttention(node.state) || node.state == FileState::NotLogged)
        lines.append(QLatin1Char('(') +
                     models::fileStateName(node.state).replace(QLatin1Char('_'), QLatin1Char(' ')) +
                     QLatin1Char(')'));
    return lines;
}

QString attributes(const ProvenanceNode &node)
{
    QStringList style;
    QString shape;
    QString fill;
    QString border = QStringLiteral("#444444");
    switch (node.kind) {
    case ProvenanceNodeKind::Experiment:
        shape = QStringLiteral("box");
        fill = QStringLiteral("#cfe2f3");
        style << QStringLiteral("rounded");
        break;
    case ProvenanceNodeKind::EncodeFile:
        shape = QStringLiteral("note");
        fill = QStringLiteral("#d9ead3");
        break;
    case ProvenanceNodeKind::DerivedFile:
        shape = QStringLiteral("ellipse");
        fill = QStringLiteral("#fff2cc");
        break;
    }
    style << QStringLiteral("filled");
    if (node.state == FileState::Missing || (node.encode && !node.encode->tracked) ||
        node.state == FileState::NotLogged)
        style << QStringLiteral("dashed");
    if (node.state == FileState::Missing)
        border = QStringLiteral("#cc0000");
    else if (node.state == FileState::Changed)
        border = QStringLiteral("#e69138");
    const QString tooltip = node.path.isEmpty() ? node.label : node.path;
    QString text =
        QStringLiteral("label=%1, shape=%2, style=%3, fillcolor=%4, color=%5, tooltip=%6")
            .arg(quoted(labelLines(node).join(QLatin1Char('\n'))), shape,
                 quoted(style.join(QLatin1Char(','))), quoted(fill), quoted(border), quoted(tooltip));
    if (models::needsAttention(node.state))
        text += QStringLiteral(", penwidth=2");
    return text;
}

} // namespace

QString provenanceDot(const models::ProvenanceGraph &graph)
{
    QString dot = QStringLiteral("digraph provenance {\n"
                                 "    graph [rankdir=LR, fontname=\"Helvetica\"];\n"
                                 "    node [fontname=\"Helvetica\", fontsize=10];\n"
                                 "    edge [color=\"#666666\"];\n");
    for (const ProvenanceNode &node : graph.nodes)
        dot += QStringLiteral("    %1 [%2];\n").arg(quoted(node.id), attributes(node));
    for (const models::ProvenanceEdge &edge : graph.edges)
        dot += QStringLiteral("    %1 -> %2;\n").arg(quoted(edge.from), quoted(edge.to));
    dot += QStringLiteral("}\n");
    return dot;
}

} // namespace encode::app
