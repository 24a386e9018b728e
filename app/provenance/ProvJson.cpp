#include "app/provenance/ProvenanceFormats.h"

#include <QUrl>

namespace encode::app {
namespace {

using models::ProvenanceNode;
using models::ProvenanceNodeKind;

// ENCODE accessions resolve under the Portal's root (https://www.encodeproject.org/ENCSR000EDP);
// our own ids live in a URN namespace of this application.
const QString encodePrefix = QStringLiteral("encode");
const QString trackerPrefix = QStringLiteral("tracker");

QString qualifiedName(const ProvenanceNode &node)
{
    return (node.encode ? encodePrefix : trackerPrefix) + QLatin1Char(':') + node.id;
}

QJsonObject typed(const QString &value, const QString &type)
{
    return {{QStringLiteral("$"), value}, {QStringLiteral("type"), type}};
}

QJsonObject entityOf(const ProvenanceNode &node)
{
    QJsonObject entity{{QStringLiteral("prov:label"), node.label}};
    if (node.encode) {
        const models::EncodeSource &e = *node.encode;
        entity.insert(QStringLiteral("prov:type"),
                      typed(node.kind == ProvenanceNodeKind::Experiment ? QStringLiteral("encode:Experiment")
                                                                        : QStringLiteral("encode:File"),
                            QStringLiteral("prov:QUALIFIED_NAME")));
        entity.insert(QStringLiteral("tracker:tracked"), e.tracked);
        const QList<std::pair<QString, QString>> facts{
            {QStringLiteral("tracker:experiment"), e.experimentAccession},
            {QStringLiteral("tracker:assay"), e.assay},
            {QStringLiteral("tracker:biosample"), e.biosample},
            {QStringLiteral("tracker:organism"), e.organism}};
        for (const auto &[key, value] : facts) {
            if (!value.isEmpty() && !(key == u"tracker:experiment" && value == node.id))
                entity.insert(key, value);
        }
        return entity;
    }
    entity.insert(QStringLiteral("prov:type"),
                  typed(QStringLiteral("tracker:DerivedFile"), QStringLiteral("prov:QUALIFIED_NAME")));
    entity.insert(QStringLiteral("prov:location"), QUrl::fromLocalFile(node.path).toString());
    entity.insert(QStringLiteral("tracker:path"), node.path);
    entity.insert(QStringLiteral("tracker:status"), models::fileStateName(node.state));
    if (node.file) {
        if (!node.file->fileType.isEmpty())
            entity.insert(QStringLiteral("tracker:fileType"), node.file->fileType);
        if (!node.file->description.isEmpty())
            entity.insert(QStringLiteral("tracker:description"), node.file->description);
        if (node.file->fingerprint) {
            entity.insert(QStringLiteral("tracker:sha256"), node.file->fingerprint->sha256);
            entity.insert(QStringLiteral("tracker:size"),
                          typed(QString::number(node.file->fingerprint->size), QStringLiteral("xsd:long")));
        }
    }
    return entity;
}

// The run of the tool that made `node`: one activity per logged file.
QJsonObject activityOf(const models::LoggedFile &file)
{
    QJsonObject activity{
        {QStringLiteral("prov:label"), file.tool.isEmpty() ? QStringLiteral("unrecorded tool") : file.tool},
        {QStringLiteral("prov:endTime"), isoTime(file.loggedAt)}};
    if (!file.tool.isEmpty())
        activity.insert(QStringLiteral("tracker:tool"), file.tool);
    if (!file.parameters.isEmpty())
        activity.insert(QStringLiteral("tracker:parameters"), file.parameters);
    return activity;
}

} // namespace

QJsonObject provJson(const models::ProvenanceGraph &graph)
{
    QJsonObject entities;
    QJsonObject activities;
    QJsonObject used;
    QJsonObject generated;
    QJsonObject derived;
    for (const ProvenanceNode &node : graph.nodes) {
        entities.insert(qualifiedName(node), entityOf(node));
        if (!node.file)
            continue;
        const QString activity = QStringLiteral("tracker:run-") + node.id;
        activities.insert(activity, activityOf(*node.file));
        generated.insert(QStringLiteral("_:gen-") + node.id,
                         QJsonObject{{QStringLiteral("prov:entity"), qualifiedName(node)},
                                     {QStringLiteral("prov:activity"), activity},
                                     {QStringLiteral("prov:time"), isoTime(node.file->loggedAt)}});
        int n = 0;
        for (const QString &sourceId : graph.sourcesOf(node.id)) {
            const ProvenanceNode *source = graph.node(sourceId);
            if (!source)
                continue;
            const QString suffix = QStringLiteral("%1-%2").arg(node.id).arg(++n);
            used.insert(QStringLiteral("_:use-") + suffix,
                        QJsonObject{{QStringLiteral("prov:activity"), activity},
                                    {QStringLiteral("prov:entity"), qualifiedName(*source)}});
            derived.insert(QStringLiteral("_:der-") + suffix,
                           QJsonObject{{QStringLiteral("prov:generatedEntity"), qualifiedName(node)},
                                       {QStringLiteral("prov:usedEntity"), qualifiedName(*source)},
                                       {QStringLiteral("prov:activity"), activity}});
        }
    }
    QJsonObject document{
        {QStringLiteral("prefix"),
         QJsonObject{{encodePrefix, QStringLiteral("https://www.encodeproject.org/")},
                     {trackerPrefix, QStringLiteral("urn:encode-tracker:")}}},
        {QStringLiteral("entity"), entities},
    };
    // PROV-JSON leaves out empty sections.
    const QList<std::pair<QString, QJsonObject>> sections{{QStringLiteral("activity"), activities},
                                                          {QStringLiteral("used"), used},
                                                          {QStringLiteral("wasGeneratedBy"), generated},
                                                          {QStringLiteral("wasDerivedFrom"), derived}};
    for (const auto &[name, section] : sections) {
        if (!section.isEmpty())
            document.insert(name, section);
    }
    return document;
}

} // namespace encode::app
