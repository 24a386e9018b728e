#pragma once

#include "models/core/Result.h"
#include "models/provenance/DerivedFileStore.h"
#include "models/provenance/FileCheck.h"
#include "models/provenance/ProvenanceGraph.h"

#include <QHash>
#include <QSet>

namespace encode::models {

// Builds a ProvenanceGraph by walking derived_files up (towards ENCODE) or down (towards what was
// made from a source). Walks use work lists, not recursion, so chains of any depth are fine, and
// each node is visited once, so a cycle written by another tool cannot loop forever.
class ProvenanceGraphBuilder final {
public:
    ProvenanceGraphBuilder(QSqlDatabase database, const DerivedFileStore &files, Verification verification);

    // The file and everything it was derived from.
    [[nodiscard]] Status addChainOf(const LoggedFile &file);
    // The accession and everything derived from it.
    [[nodiscard]] Status addDescendantsOf(const QString &accession);

    [[nodiscard]] ProvenanceGraph take(const QString &rootId);

private:
    [[nodiscard]] QString addLogged(const LoggedFile &file);
    [[nodiscard]] Result<QString> addEncode(ProvenanceNodeKind kind, const QString &accession);
    // The node of a stored source; a logged file found for it is returned through `logged`.
    [[nodiscard]] Result<QString> addStoredSource(const QString &source, std::optional<LoggedFile> &logged);
    void addEdge(const QString &from, const QString &to);
    void addNode(ProvenanceNode node);

    QSqlDatabase m_database;
    const DerivedFileStore &m_files;
    Verification m_verification;
    ProvenanceGraph m_graph;
    QHash<QString, qsizetype> m_nodeIndex;
    QSet<QString> m_edgeKeys;
};

// "derived-<row id>": the node id of a logged file.
[[nodiscard]] QString derivedNodeId(qint64 rowId);

} // namespace encode::models
