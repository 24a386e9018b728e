#include "ui/details/PublicationsTab.h"

#include "models/references/ReferenceUrls.h"

#include <QTextBrowser>
#include <QTextDocument>

namespace encode::ui {
namespace {

QString publicationHtml(const models::Publication &publication)
{
    QStringList lines;
    const QString title = publication.title.isEmpty() ? PublicationsTab::tr("(untitled)") : publication.title;
    lines.append(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (!publication.authors.isEmpty())
        lines.append(publication.authors.toHtmlEscaped());

    QStringList source;
    if (!publication.journal.isEmpty())
        source.append(QStringLiteral("<i>%1</i>").arg(publication.journal.toHtmlEscaped()));
    if (!publication.year.isEmpty())
        source.append(publication.year.toHtmlEscaped());
    if (!source.isEmpty())
        lines.append(source.join(QLatin1String(", ")));

    QStringList links;
    if (!publication.pmid.isEmpty())
        links.append(linkHtml(models::pubmedUrl(publication.pmid), QStringLiteral("PMID ") + publication.pmid));
    if (!publication.doi.isEmpty())
        links.append(linkHtml(models::doiUrl(publication.doi), QStringLiteral("doi:") + publication.doi));
    if (!links.isEmpty())
        lines.append(links.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    QString html = QStringLiteral("<p>%1</p>").arg(lines.join(QLatin1String("<br>")));
    if (!publication.abstract.isEmpty())
        html +=
            QStringLiteral("<p style=\"margin-left: 16px\">%1</p>").arg(publication.abstract.toHtmlEscaped());
    return html;
}

} // namespace

PublicationsTab::PublicationsTab(QWidget *parent)
    : DetailsTab(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("publicationsTab"));
    m_view->setObjectName(QStringLiteral("publicationsView"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(10);
    forwardLinks(m_view);
    setContent(m_view, tr("No publications"));
    setEmpty(true);
}

QString PublicationsTab::title() const
{
    return tr("Publications (%1)").arg(m_count);
}

void PublicationsTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    QString html;
    for (const models::Publication &publication : details.publications)
        html += publicationHtml(publication);
    m_view->setHtml(html);
    m_count = details.publications.size();
    setEmpty(m_count == 0);
}

void PublicationsTab::clear()
{
    m_view->clear();
    m_count = 0;
    setEmpty(true);
}

} // namespace encode::ui
