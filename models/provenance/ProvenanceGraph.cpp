#include "models/provenance/ProvenanceGraph.h"

namespace encode::models {

const ProvenanceNode *ProvenanceGraph::node(const QString &id) const
{
    for (const ProvenanceNode &candidate : nodes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QStringList ProvenanceGraph::sourcesOf(const QString &id) const
{
    QStringList ids;
    for (const ProvenanceEdge &edge : edges) {
        if (edge.to == id)
            ids.append(edge.from);
    }
    return ids;
}

QStringList ProvenanceGraph::derivedFrom(const QString &id) const
{
    QStringList ids;
    for (const ProvenanceEdge &edge : edges) {
        if (edge.from == id)
            ids.append(edge.to);
    }
    return ids;
}

QString fileStateName(FileState state)
{
    switch (state) {
    case FileState::Unchanged:
        return QStringLiteral("unchanged");
    case FileState::Changed:
        return QStringLiteral("changed");
    case FileState::Missing:
        return QStringLiteral("missing");
    case FileState::Unverified:
        return QStringLiteral("unverified");
    case FileState::NotLogged:
        return QStringLiteral("not_logged");
    }
    return {};
}

QString nodeKindName(ProvenanceNodeKind kind)
{
    switch (kind) {
    case ProvenanceNodeKind::Experiment:
        return QStringLiteral("experiment");
    case ProvenanceNodeKind::EncodeFile:
        return QStringLiteral("encode_file");
    case ProvenanceNodeKind::DerivedFile:
        return QStringLiteral("derived_file");
    }
    return {};
}

bool needsAttention(FileState state)
{
    return state == FileState::Missing || state == FileState::Changed;
}

} // namespace encode::models
