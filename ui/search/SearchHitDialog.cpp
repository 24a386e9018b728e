#include "ui/search/SearchHitDialog.h"

#include "ui/common/AuditBadgeDelegate.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align='left' style='padding-right:12px'>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString auditRows(const QString &level, const QString &colour, const QStringList &categories)
{
    QString html;
    for (const QString &category : categories)
        html += QStringLiteral("<li><span style='color:%1;font-weight:bold'>%2</span> %3</li>")
                    .arg(colour, level, category.toHtmlEscaped());
    return html;
}

QString describe(const app::SearchHit &hit, const QUrl &portalUrl)
{
    const QString comma = QStringLiteral(", ");
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                       .arg(hit.accession.toHtmlEscaped(),
                            hit.tracked ? SearchHitDialog::tr("<b style='color:#2e7d32'>✓ In your collection</b>")
                                        : SearchHitDialog::tr("Not in your collection"));
    html += row(SearchHitDialog::tr("Assay"), hit.assayTitle);
    html += row(SearchHitDialog::tr("Target"), hit.target);
    html += row(SearchHitDialog::tr("Biosample"), hit.biosampleSummary);
    html += row(SearchHitDialog::tr("Biosample term"), hit.biosampleTermName);
    html += row(SearchHitDialog::tr("Biosample type"), hit.biosampleType);
    html += row(SearchHitDialog::tr("Organism"), hit.organisms.join(comma));
    html += row(SearchHitDialog::tr("Organ"), hit.organs.join(comma));
    html += row(SearchHitDialog::tr("Lab"), hit.lab);
    html += row(SearchHitDialog::tr("Status"), hit.status);
    html += row(SearchHitDialog::tr("Released"), hit.dateReleased);
    html += QStringLiteral("</table><h3>%1</h3>").arg(SearchHitDialog::tr("Audit"));
    QString audits;
    for (const models::AuditLevel level : models::auditLevels()) {
        audits += auditRows(models::auditLevelCaption(level),
                            auditBadgeColour(models::auditSeverity(level)).name(), hit.auditCategories(level));
    }
    html += audits.isEmpty() ? SearchHitDialog::tr("<p>No audit flags.</p>") : QStringLiteral("<ul>%1</ul>").arg(audits);
    html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                .arg(portalUrl.toString().toHtmlEscaped(), SearchHitDialog::tr("Open on the ENCODE Portal"));
    return html;
}

} // namespace

SearchHitDialog::SearchHitDialog(const app::SearchHit &hit, const QUrl &portalUrl, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("searchHitDialog"));
    setWindowTitle(tr("%1 — ENCODE Portal").arg(hit.accession));
    resize(560, 520);
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("searchHitText"));
    text->setOpenLinks(false);
    text->setHtml(describe(hit, portalUrl));
    connect(text, &QTextBrowser::anchorClicked, this, &SearchHitDialog::openUrlRequested);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const QString accession = hit.accession;
    if (hit.tracked) {
        QPushButton *show = buttons->addButton(tr("Show in Collection"), QDialogButtonBox::ActionRole);
        connect(show, &QPushButton::clicked, this, [this, accession] {
            Q_EMIT showInCollectionRequested(accession);
            accept();
        });
    } else {
        QPushButton *track = buttons->addButton(tr("Track"), QDialogButtonBox::ActionRole);
        track->setObjectName(QStringLiteral("trackHitButton"));
        connect(track, &QPushButton::clicked, this, [this, accession] {
            Q_EMIT trackRequested(accession);
            accept();
        });
    }
    QPushButton *portal = buttons->addButton(tr("Open on the Portal"), QDialogButtonBox::ActionRole);
    connect(portal, &QPushButton::clicked, this, [this, portalUrl] { Q_EMIT openUrlRequested(portalUrl); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
}

} // namespace encode::ui
