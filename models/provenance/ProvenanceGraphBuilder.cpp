#include "models/provenance/ProvenanceGraphBuilder.h"

#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionFiles.h"
#include "models/provenance/ProvenanceSource.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace encode::models {
namespace {

// A source path that was never logged has no row id; a hash of the path keeps its id stable.
QString unloggedNodeId(const QString &path)
{
    return QStringLiteral("path-") +
           QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString fileLabel(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace

QString derivedNodeId(qint64 rowId)
{
    return QStringLiteral("derived-%1").arg(rowId);
}

ProvenanceGraphBuilder::ProvenanceGraphBuilder(QSqlDatabase database, const DerivedFileStore &files,
                                               Verification verification)
    : m_database(std::move(database))
    , m_files(files)
    , m_verification(verification)
{
}

void ProvenanceGraphBuilder::addNode(ProvenanceNode node)
{
    m_nodeIndex.insert(node.id, m_graph.nodes.size());
    m_graph.nodes.append(std::move(node));
}

void ProvenanceGraphBuilder::addEdge(const QString &from, const QString &to)
{
    const QString key = from + QLatin1Char('\n') + to;
    if (m_edgeKeys.contains(key))
        return;
    m_edgeKeys.insert(key);
    m_graph.edges.append({from, to});
}

QString ProvenanceGraphBuilder::addLogged(const LoggedFile &file)
{
    const QString id = derivedNodeId(file.id);
    if (m_nodeIndex.contains(id))
        return id;
    ProvenanceNode node;
    node.id = id;
    node.kind = ProvenanceNodeKind::DerivedFile;
    node.label = fileLabel(file.path);
    node.path = file.path;
    node.file = file;
    const FileVerdict verdict = verifyFile(file.path, file.fingerprint, m_verification, collectionPathOf(m_database));
    node.state = verdict.state;
    node.stateDetail = verdict.detail;
    addNode(std::move(node));
    return id;
}

Result<QString> ProvenanceGraphBuilder::addEncode(ProvenanceNodeKind kind, const QString &accession)
{
    if (m_nodeIndex.contains(accession))
        return accession;
    EncodeSource source;
    source.accession = accession;
    source.experimentAccession = accession;
    if (kind == ProvenanceNodeKind::EncodeFile) {
        Result<QString> experiment = m_files.experimentOfFile(accession);
        if (!experiment.ok())
            return experiment.failure();
        source.experimentAccession = experiment.value();
    }
    if (!source.experimentAccession.isEmpty()) {
        const Result<QList<TrackedExperiment>> found =
            CollectionRepository(m_database).experiments({source.experimentAccession});
        if (!found.ok())
            return found.failure();
        if (!found.value().isEmpty()) {
            const TrackedExperiment &e = found.value().constFirst();
            source.tracked = true;
            source.assay = e.assayTitle;
            source.biosample = e.biosampleSummary;
            source.organism = e.organism;
        }
    }
    ProvenanceNode node;
    node.id = accession;
    node.kind = kind;
    node.label = accession;
    node.encode = source;
    addNode(std::move(node));
    return accession;
}

Result<QString> ProvenanceGraphBuilder::addStoredSource(const QString &source,
                                                        std::optional<LoggedFile> &logged)
{
    const ProvenanceSource parsed = classifyStoredSource(source);
    if (parsed.kind == SourceKind::Experiment)
        return addEncode(ProvenanceNodeKind::Experiment, parsed.value);
    if (parsed.kind == SourceKind::EncodeFile)
        return addEncode(ProvenanceNodeKind::EncodeFile, parsed.value);
    Result<std::optional<LoggedFile>> found = m_files.byPath(source);
    if (!found.ok())
        return found.failure();
    if (found.value()) {
        logged = found.value();
        return addLogged(*logged);
    }
    const QString id = unloggedNodeId(source);
    if (!m_nodeIndex.contains(id)) {
        ProvenanceNode node;
        node.id = id;
        node.kind = ProvenanceNodeKind::DerivedFile;
        node.label = fileLabel(source);
        node.path = source;
        node.state = FileState::NotLogged;
        node.stateDetail = QStringLiteral("named as a source but never logged");
        addNode(std::move(node));
    }
    return id;
}

Status ProvenanceGraphBuilder::addChainOf(const LoggedFile &start)
{
    QList<LoggedFile> work{start};
    QSet<qint64> expanded;
    (void)addLogged(start);
    while (!work.isEmpty()) {
        const LoggedFile file = work.takeFirst();
        if (expanded.contains(file.id))
            continue;
        expanded.insert(file.id);
        for (const QString &source : file.sources) {
            std::optional<LoggedFile> logged;
            Result<QString> sourceId = addStoredSource(source, logged);
            if (!sourceId.ok())
                return sourceId.failure();
            addEdge(sourceId.value(), derivedNodeId(file.id));
            if (logged && !expanded.contains(logged->id))
                work.append(*logged);
        }
    }
    return std::nullopt;
}

Status ProvenanceGraphBuilder::addDescendantsOf(const QString &accession)
{
    const ProvenanceSource root = classifyStoredSource(accession);
    Result<QString> rootId = addEncode(root.kind == SourceKind::EncodeFile ? ProvenanceNodeKind::EncodeFile
                                                                           : ProvenanceNodeKind::Experiment,
                                       accession);
    if (!rootId.ok())
        return rootId.failure();
    // Each entry: a stored source string (accession or path) and the id of its node.
    QList<std::pair<QString, QString>> work{{accession, rootId.value()}};
    QSet<QString> expanded;
    while (!work.isEmpty()) {
        const auto [source, sourceId] = work.takeFirst();
        if (expanded.contains(source))
            continue;
        expanded.insert(source);
        const Result<QList<LoggedFile>> children = m_files.namingSource(source);
        if (!children.ok())
            return children.failure();
        for (const LoggedFile &child : children.value()) {
            const QString childId = addLogged(child);
            addEdge(sourceId, childId);
            work.append({child.path, childId});
        }
    }
    return std::nullopt;
}

ProvenanceGraph ProvenanceGraphBuilder::take(const QString &rootId)
{
    m_graph.rootId = rootId;
    m_nodeIndex.clear();
    m_edgeKeys.clear();
    return std::move(m_graph);
}

} // namespace encode::models
