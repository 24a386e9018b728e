#include "app/provenance/ProvenanceFormats.h"

#include <QSet>

namespace encode::app {
namespace {

using models::ProvenanceGraph;
using models::ProvenanceNode;
using models::ProvenanceNodeKind;

QString encodeSummary(const models::EncodeSource &source, ProvenanceNodeKind kind)
{
    QStringList facts;
    for (const QString &fact : {source.assay, source.biosample, source.organism}) {
        if (!fact.isEmpty())
            facts.append(fact);
    }
    const QString what = kind == ProvenanceNodeKind::Experiment
                             ? QStringLiteral("experiment")
                             : (source.experimentAccession.isEmpty()
                                    ? QStringLiteral("ENCODE file")
                                    : QStringLiteral("ENCODE file of ") + source.experimentAccession);
    if (!source.tracked)
        return what + QStringLiteral(" (untracked)");
    return facts.isEmpty() ? what : what + QStringLiteral(": ") + facts.join(QLatin1String(", "));
}

QStringList nodeLines(const ProvenanceNode &node)
{
    if (node.encode)
        return {QStringLiteral("%1  %2").arg(node.label, encodeSummary(*node.encode, node.kind))};
    QString state = models::fileStateName(node.state).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (node.state == models::FileState::Changed && !node.stateDetail.isEmpty())
        state += QStringLiteral(": ") + node.stateDetail;
    QStringList lines{QStringLiteral("%1  [%2]").arg(node.path, state)};
    if (!node.file)
        return lines;
    const models::LoggedFile &f = *node.file;
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("tool"), f.tool},
        {QStringLiteral("parameters"), f.parameters},
        {QStringLiteral("type"), f.fileType},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("logged"), isoTime(f.loggedAt)},
        {QStringLiteral("sha256"), f.fingerprint ? f.fingerprint->sha256 : QString()},
    };
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("    %1: %2").arg(name, value));
    }
    return lines;
}

// Prints `id` and, indented, the nodes one step further (its sources going up, what was made from
// it going down). A node reached twice (a file used by two steps) is printed once in full.
class TreePrinter final {
public:
    TreePrinter(const ProvenanceGraph &graph, bool upwards)
        : m_graph(graph)
        , m_upwards(upwards)
    {
    }

    void print(const QString &id, int depth)
    {
        const ProvenanceNode *node = m_graph.node(id);
        if (!node)
            return;
        const QString indent(depth * 4, QLatin1Char(' '));
        const QString arrow =
            depth == 0 ? QString() : (m_upwards ? QStringLiteral("<- ") : QStringLiteral("-> "));
        QStringList lines = nodeLines(*node);
        const bool repeated = m_printed.contains(id) && node->kind == ProvenanceNodeKind::DerivedFile;
        if (repeated)
            lines = QStringList{lines.first() + QStringLiteral("  (shown above)")};
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_text += indent + (i == 0 ? arrow : QString(arrow.size(), QLatin1Char(' '))) + lines.at(i) +
                      QLatin1Char('\n');
        if (repeated)
            return;
        m_printed.insert(id);
        const QStringList next = m_upwards ? m_graph.sourcesOf(id) : m_graph.derivedFrom(id);
        for (const QString &nextId : next)
            print(nextId, depth + 1);
    }

    [[nodiscard]] QString text() const { return m_text; }

private:
    const ProvenanceGraph &m_graph;
    bool m_upwards;
    QSet<QString> m_printed;
    QString m_text;
};

} // namespace

QString provenanceText(const ProvenanceGraph &graph)
{
    const ProvenanceNode *root = graph.node(graph.rootId);
    if (root && root->encode) {
        TreePrinter printer(graph, false);
        printer.print(root->id, 0);
        QString text = printer.text();
        if (graph.edges.isEmpty())
            text += QStringLiteral("no derived files recorded from %1\n").arg(root->id);
        return text;
    }
    QStringList starts;
    if (root) {
        starts.append(root->id);
    } else { // the whole collection: every file nothing else was derived from, each with its chain
        for (const ProvenanceNode &node : graph.nodes) {
            if (node.file && graph.derivedFrom(node.id).isEmpty())
                starts.append(node.id);
        }
    }
    for (const ProvenanceNode &node : graph.nodes) { // files that only form cycles (written by another tool)
        if (starts.isEmpty() && node.file)
            starts.append(node.id);
    }
    if (starts.isEmpty())
        return QStringLiteral("no derived files logged\n");
    QString text;
    for (const QString &start : starts) {
        TreePrinter printer(graph, true);
        printer.print(start, 0);
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += printer.text();
    }
    return text;
}

} // namespace encode::app
