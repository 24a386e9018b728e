#include "ui/details/DetailsTab.h"

#include <QLabel>
#include <QStackedLayout>
#include <QTextBrowser>

namespace encode::ui {

DetailsTab::DetailsTab(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setObjectName(QStringLiteral("emptyPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    // The same background as the lists and text the other tabs show, so an empty tab does not flash.
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);
    m_stack->addWidget(m_placeholder);
}

void DetailsTab::setContent(QWidget *content, const QString &placeholderText)
{
    m_placeholder->setText(placeholderText);
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void DetailsTab::setEmpty(bool empty)
{
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

void DetailsTab::forwardLinks(QLabel *label)
{
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openUrlRequested(QUrl(link, QUrl::StrictMode)); });
}

void DetailsTab::forwardLinks(QTextBrowser *browser)
{
    browser->setOpenLinks(false);
    browser->setOpenExternalLinks(false);
    connect(browser, &QTextBrowser::anchorClicked, this, &DetailsTab::openUrlRequested);
}

QString linkHtml(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace encode::ui
