#include "app/provenance/ProvenanceFormats.h"

#include <QDateTime>
#include <QJsonArray>

namespace encode::app {

using models::FileState;
using models::ProvenanceNode;

QString isoTime(double secondsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(secondsSinceEpoch * 1000), Qt::UTC)
        .toString(Qt::ISODate);
}

namespace {

void addEncodeFields(QJsonObject &object, const models::EncodeSource &source)
{
    object.insert(QStringLiteral("accession"), source.accession);
    object.insert(QStringLiteral("tracked"), source.tracked);
    object.insert(QStringLiteral("experiment_accession"), source.experimentAccession.isEmpty()
                                                              ? QJsonValue()
                                                              : QJsonValue(source.experimentAccession));
    if (source.tracked) {
        object.insert(QStringLiteral("assay_title"), source.assay);
        object.insert(QStringLiteral("biosample_summary"), source.biosample);
        object.insert(QStringLiteral("organism"), source.organism);
    }
}

void addFileFields(QJsonObject &object, const models::LoggedFile &file)
{
    object.insert(QStringLiteral("id"), file.id);
    object.insert(QStringLiteral("source_accessions"), QJsonArray::fromStringList(file.sources));
    object.insert(QStringLiteral("tool_used"), file.tool);
    object.insert(QStringLiteral("parameters"), file.parameters);
    object.insert(QStringLiteral("description"), file.description);
    object.insert(QStringLiteral("file_type"), file.fileType);
    object.insert(QStringLiteral("notes"), file.notes);
    object.insert(QStringLiteral("created_at"), file.loggedAt);
    object.insert(QStringLiteral("file_size"),
                  file.fingerprint ? QJsonValue(file.fingerprint->size) : QJsonValue());
    object.insert(QStringLiteral("sha256"),
                  file.fingerprint ? QJsonValue(file.fingerprint->sha256) : QJsonValue());
}

} // namespace

QJsonObject provenanceNodeJson(const ProvenanceNode &node)
{
    QJsonObject object{{QStringLiteral("node_id"), node.id},
                       {QStringLiteral("kind"), models::nodeKindName(node.kind)},
                       {QStringLiteral("label"), node.label}};
    if (node.encode)
        addEncodeFields(object, *node.encode);
    if (node.kind == models::ProvenanceNodeKind::DerivedFile) {
        object.insert(QStringLiteral("file_path"), node.path);
        object.insert(QStringLiteral("status"), models::fileStateName(node.state));
        if (!node.stateDetail.isEmpty())
            object.insert(QStringLiteral("status_detail"), node.stateDetail);
    }
    if (node.file)
        addFileFields(object, *node.file);
    return object;
}

QJsonObject loggedFileJson(const models::LoggedFile &file)
{
    QJsonObject object{{QStringLiteral("file_path"), file.path}};
    addFileFields(object, file);
    return object;
}

QJsonObject provenanceJson(const models::ProvenanceGraph &graph)
{
    QJsonArray nodes;
    for (const ProvenanceNode &node : graph.nodes)
        nodes.append(provenanceNodeJson(node));
    QJsonArray edges;
    for (const models::ProvenanceEdge &edge : graph.edges)
        edges.append(QJsonObject{{QStringLiteral("from"), edge.from}, {QStringLiteral("to"), edge.to}});
    return {{QStringLiteral("root"), graph.rootId.isEmpty() ? QJsonValue() : QJsonValue(graph.rootId)},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges}};
}

QJsonObject fileCheckJson(const QList<models::FileCheckResult> &results)
{
    QJsonArray files;
    int missing = 0;
    int changed = 0;
    for (const models::FileCheckResult &result : results) {
        missing += result.verdict.state == FileState::Missing ? 1 : 0;
        changed += result.verdict.state == FileState::Changed ? 1 : 0;
        QJsonObject object{{QStringLiteral("file_path"), result.file.path},
                           {QStringLiteral("status"), models::fileStateName(result.verdict.state)}};
        if (!result.verdict.detail.isEmpty())
            object.insert(QStringLiteral("status_detail"), result.verdict.detail);
        object.insert(QStringLiteral("created_at"), result.file.loggedAt);
        object.insert(QStringLiteral("sha256"),
                      result.file.fingerprint ? QJsonValue(result.file.fingerprint->sha256) : QJsonValue());
        files.append(object);
    }
    return {{QStringLiteral("files"), files},
            {QStringLiteral("checked"), static_cast<int>(results.size())},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("changed"), changed}};
}

QString fileCheckText(const QList<models::FileCheckResult> &results, bool onlyProblems)
{
    QString text;
    int problems = 0;
    for (const models::FileCheckResult &result : results) {
        const bool problem = models::needsAttention(result.verdict.state);
        problems += problem ? 1 : 0;
        if (onlyProblems && !problem)
            continue;
        text += QStringLiteral("%1  %2")
                    .arg(models::fileStateName(result.verdict.state), -10)
                    .arg(result.file.path);
        if (problem && !result.verdict.detail.isEmpty() && result.verdict.state != FileState::Missing)
            text += QStringLiteral("  (%1)").arg(result.verdict.detail);
        text += QLatin1Char('\n');
    }
    text +=
        QStringLiteral("%1 logged files checked, %2 missing or changed\n").arg(results.size()).arg(problems);
    return text;
}

} // namespace encode::app
