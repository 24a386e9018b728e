#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The Portal's audit flags as kept in raw_metadata.audit ({"ERROR": [{category, detail, level,
// level_name, name, path}], ...}) and the link markup inside their details.
namespace encode::ui {

struct AuditEntry {
    QString levelName; // models::auditLevelName, or whatever the Portal adds
    int level = 0;     // models::auditLevelNumber: higher is worse
    QString category;
    QString detail; // with {text|path} markup
    QString path;   // the object the audit is about
};

// Every entry, worst level first; within a level, in the Portal's order.
[[nodiscard]] QList<AuditEntry> auditEntries(const QJsonObject &rawMetadata);

// The badge colour of a level (unknown ones grey), close to the Portal's own; the one place the pane sets colours itself,
// so they must read on any palette (white text on the darker ones, black on the yellow).
[[nodiscard]] QColor auditLevelColour(const QString &levelName);
[[nodiscard]] QColor auditLevelTextColour(const QString &levelName);

// "{ENCFF1|/files/ENCFF1/} is bad" -> "ENCFF1 is bad".
[[nodiscard]] QString auditDetailText(const QString &detail);

// The same as HTML, each {text|path} a link to the path on the Portal at `portalBase`.
[[nodiscard]] QString auditDetailHtml(const QString &detail, const QUrl &portalBase);

} // namespace encode::ui
