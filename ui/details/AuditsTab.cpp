#include "ui/details/AuditsTab.h"

#include "ui/details/AuditEntries.h"

#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

namespace encode::ui {
namespace {

QString levelHeadingHtml(const QString &levelName, qsizetype count)
{
    return QStringLiteral("<p style=\"margin-top: 12px\"><span style=\"background-color: %1; color: %2; "
                          "font-weight: bold\">&nbsp;%3&nbsp;</span>&nbsp; %4</p>")
        .arg(auditLevelColour(levelName).name(), auditLevelTextColour(levelName).name(),
             QString(levelName).replace(QLatin1Char('_'), QLatin1Char(' ')).toHtmlEscaped(),
             count == 1 ? AuditsTab::tr("1 audit") : AuditsTab::tr("%1 audits").arg(count));
}

QString entryHtml(const AuditEntry &entry, const QUrl &portalBase)
{
    return QStringLiteral("<p style=\"margin-left: 12px\"><b>%1</b><br>%2</p>")
        .arg(entry.category.toHtmlEscaped(), auditDetailHtml(entry.detail, portalBase));
}

// Paths in audit details are relative to the Portal the experiment came from.
QUrl portalBaseOf(const QString &experimentUrl)
{
    QUrl url(experimentUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QUrl(QStringLiteral("https://www.encodeproject.org/"));
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

AuditsTab::AuditsTab(QWidget *parent)
    : DetailsTab(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("auditsTab"));
    m_view->setObjectName(QStringLiteral("auditsView"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(10);
    forwardLinks(m_view);
    setContent(m_view, tr("No audits: the Portal flagged nothing"));
    setEmpty(true);
}

QString AuditsTab::title() const
{
    return tr("Audits (%1)").arg(m_count);
}

void AuditsTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata)
{
    const QList<AuditEntry> entries = auditEntries(rawMetadata);
    const QUrl portalBase = portalBaseOf(details.experiment.url);
    QString html;
    QString level;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &entry = entries.at(i);
        if (entry.levelName != level) {
            level = entry.levelName;
            const auto count = std::count_if(entries.begin() + i, entries.end(),
                                             [&](const AuditEntry &e) { return e.levelName == level; });
            html += levelHeadingHtml(level, count);
        }
        html += entryHtml(entry, portalBase);
    }
    m_view->setHtml(html);
    m_count = entries.size();
    setEmpty(m_count == 0);
}

void AuditsTab::clear()
{
    m_view->clear();
    m_count = 0;
    setEmpty(true);
}

} // namespace encode::ui
