#include "ui/details/AuditEntries.h"

#include "models/experiment/AuditLevel.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace encode::ui {
namespace {

const QRegularExpression &linkMarkup()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}|]*)\\|([^{}]*)\\}"));
    return pattern;
}

// Walks the detail text, handing plain runs and {text|path} links to the two callbacks.
template <typename Plain, typename Link> void walkDetail(const QString &detail, Plain plain, Link link)
{
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = linkMarkup().globalMatch(detail);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        plain(detail.mid(done, match.capturedStart() - done));
        link(match.captured(1), match.captured(2));
        done = match.capturedEnd();
    }
    plain(detail.mid(done));
}

int knownLevel(const QString &levelName)
{
    const std::optional<models::AuditLevel> level = models::auditLevelNamed(levelName);
    return level ? models::auditLevelNumber(*level) : 0;
}

} // namespace

QList<AuditEntry> auditEntries(const QJsonObject &rawMetadata)
{
    QList<AuditEntry> entries;
    const QJsonObject audit = rawMetadata.value(QLatin1String("audit")).toObject();
    for (auto group = audit.begin(); group != audit.end(); ++group) {
        const QJsonArray items = group.value().toArray();
        for (const QJsonValue item : items) {
            const QJsonObject object = item.toObject();
            AuditEntry entry;
            entry.levelName = object.value(QLatin1String("level_name")).toString(group.key());
            entry.level = object.value(QLatin1String("level")).toInt(knownLevel(entry.levelName));
            entry.category = object.value(QLatin1String("category")).toString();
            entry.detail = object.value(QLatin1String("detail")).toString();
            entry.path = object.value(QLatin1String("path")).toString();
            entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AuditEntry &a, const AuditEntry &b) { return a.level > b.level; });
    return entries;
}

QColor auditLevelColour(const QString &levelName)
{
    switch (models::auditLevelNamed(levelName).value_or(models::AuditLevel::InternalAction)) {
    case models::AuditLevel::Error: return QColor(0xc6, 0x28, 0x28);
    case models::AuditLevel::NotCompliant: return QColor(0xe6, 0x51, 0x00);
    case models::AuditLevel::Warning: return QColor(0xf9, 0xc7, 0x4f);
    case models::AuditLevel::InternalAction: break;
    }
    return QColor(0x60, 0x7d, 0x8b);
}

QColor auditLevelTextColour(const QString &levelName)
{
    return models::auditLevelNamed(levelName) == models::AuditLevel::Warning ? QColor(Qt::black) : QColor(Qt::white);
}

QString auditDetailText(const QString &detail)
{
    QString text;
    walkDetail(
        detail, [&](const QString &plain) { text += plain; },
        [&](const QString &linkText, const QString &) { text += linkText; });
    return text;
}

QString auditDetailHtml(const QString &detail, const QUrl &portalBase)
{
    QString html;
    walkDetail(
        detail, [&](const QString &plain) { html += plain.toHtmlEscaped(); },
        [&](const QString &linkText, const QString &path) {
            const QUrl target = portalBase.resolved(QUrl(path));
            if (path.startsWith(QLatin1Char('/')) && target.isValid())
                html +=
                    QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QString::fromUtf8(target.toEncoded()).toHtmlEscaped(), linkText.toHtmlEscaped());
            else
                html += linkText.toHtmlEscaped();
        });
    return html;
}

} // namespace encode::ui
