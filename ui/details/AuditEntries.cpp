#include "ui/details/AuditEntries.h"

#include <QCoreApplication>
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
    const QStringList names = auditLevelNames();
    const qsizetype index = names.indexOf(levelName);
    return index < 0 ? 0 : 60 - 10 * static_cast<int>(index);
}

} // namespace

QStringList auditLevelNames()
{
    return {QStringLiteral("ERROR"), QStringLiteral("NOT_COMPLIANT"), QStringLiteral("WARNING"),
            QStringLiteral("INTERNAL_ACTION")};
}

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

bool isSeriousAuditLevel(const QString &levelName)
{
    return levelName == QLatin1String("ERROR") || levelName == QLatin1String("NOT_COMPLIANT");
}

QString auditLevelLabel(const QString &levelName)
{
    if (levelName == QLatin1String("ERROR"))
        return QCoreApplication::translate("AuditEntries", "Error");
    if (levelName == QLatin1String("NOT_COMPLIANT"))
        return QCoreApplication::translate("AuditEntries", "Not compliant");
    if (levelName == QLatin1String("WARNING"))
        return QCoreApplication::translate("AuditEntries", "Warning");
    if (levelName == QLatin1String("INTERNAL_ACTION"))
        return QCoreApplication::translate("AuditEntries", "Internal action");
    QString label = levelName.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QColor auditLevelColour(const QString &levelName)
{
    if (levelName == QLatin1String("ERROR"))
        return QColor(0xc6, 0x28, 0x28);
    if (levelName == QLatin1String("NOT_COMPLIANT"))
        return QColor(0xe6, 0x51, 0x00);
    if (levelName == QLatin1String("WARNING"))
        return QColor(0xf9, 0xc7, 0x4f);
    return QColor(0x60, 0x7d, 0x8b);
}

QColor auditLevelTextColour(const QString &levelName)
{
    return levelName == QLatin1String("WARNING") ? QColor(Qt::black) : QColor(Qt::white);
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
