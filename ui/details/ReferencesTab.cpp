#include "ui/details/ReferencesTab.h"

#include "ui/details/ReferenceLinks.h"
#include "models/references/ReferenceTypes.h"
#include "models/references/ReferenceUrls.h"

#include <QDateTime>
#include <QHeaderView>
#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace encode::ui {

ReferencesTab::ReferencesTab(QWidget *parent)
    : DetailsTab(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("referencesTab"));
    m_tree->setObjectName(QStringLiteral("referencesTree"));
    m_tree->setHeaderLabels({tr("Type"), tr("ID"), tr("Description"), tr("Linked")});
    m_tree->setRootIsDecorated(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *unlink = new QAction(tr("Unlink"), m_tree);
    unlink->setObjectName(QStringLiteral("unlinkReference"));
    unlink->setShortcut(QKeySequence::Delete);
    unlink->setShortcutContext(Qt::WidgetShortcut);
    connect(unlink, &QAction::triggered, this, &ReferencesTab::requestUnlinkCurrent);
    m_tree->addAction(unlink);

    // The form to link another reference.
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("referenceType"));
    for (const QString &type : models::referenceTypes())
        m_type->addItem(referenceTypeLabel(type), type);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("referenceId"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("referenceDescription"));
    m_description->setPlaceholderText(tr("Description (optional)"));
    m_link = new QPushButton(tr("Link"), this);
    m_link->setObjectName(QStringLiteral("linkReference"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("referenceHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReferencesTab::checkId);
    connect(m_id, &QLineEdit::textChanged, this, &ReferencesTab::checkId);
    connect(m_id, &QLineEdit::returnPressed, this, &ReferencesTab::requestLink);
    connect(m_link, &QPushButton::clicked, this, &ReferencesTab::requestLink);
    auto *form = new QGridLayout;
    form->addWidget(m_type, 0, 0);
    form->addWidget(m_id, 0, 1);
    form->addWidget(m_description, 0, 2);
    form->addWidget(m_link, 0, 3);
    form->addWidget(m_hint, 1, 0, 1, 4);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 2);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    setContent(content, tr("No experiment"));
    setEmpty(true);
    checkId();
}

void ReferencesTab::checkId()
{
    const QString type = m_type->currentData().toString();
    m_id->setPlaceholderText(models::expectedReferenceForm(type));
    if (m_id->text().trimmed().isEmpty()) {
        m_hint->setText(tr("Link a reference: %1").arg(models::expectedReferenceForm(type)).toHtmlEscaped());
        m_link->setEnabled(false);
        return;
    }
    const models::Result<QString> id = models::normalisedReferenceId(type, m_id->text());
    m_link->setEnabled(id.ok());
    m_hint->setText(id.ok() ? tr("<span style='color:#2e7d32'>✓ %1</span>").arg(id.value().toHtmlEscaped())
                            : QStringLiteral("<span style='color:#c62828'>%1</span>").arg(id.failure().message.toHtmlEscaped()));
}

void ReferencesTab::requestLink()
{
    const QString type = m_type->currentData().toString();
    const models::Result<QString> id = models::normalisedReferenceId(type, m_id->text());
    if (m_accession.isEmpty() || !id.ok())
        return;
    Q_EMIT linkRequested(m_accession, type, id.value(), m_description->text().trimmed());
    m_id->clear();
    m_description->clear();
}

void ReferencesTab::requestUnlinkCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_accession.isEmpty())
        return;
    Q_EMIT unlinkRequested(m_accession, item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toString());
}

QString ReferencesTab::title() const
{
    return tr("References (%1)").arg(m_tree->topLevelItemCount());
}

void ReferencesTab::showDetails(const models::ExperimentDetails &details, const QJsonObject &)
{
    m_accession = details.experiment.accession;
    m_tree->clear();
    for (const models::ExternalReference &reference : details.externalReferences) {
        const QString linked =
            reference.linkedAt > 0
                ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(reference.linkedAt * 1000.0))
                      .toLocalTime()
                      .toString(QStringLiteral("yyyy-MM-dd"))
                : QString();
        auto *item = new QTreeWidgetItem(
            m_tree, {referenceTypeLabel(reference.type), reference.id, reference.description, linked});
        item->setToolTip(0, reference.type);
        item->setToolTip(2, reference.description);
        item->setData(0, Qt::UserRole, reference.type);
        item->setData(1, Qt::UserRole, reference.id);
        const QUrl url = models::referenceUrl(reference.type, reference.id);
        if (!url.isValid())
            continue;
        // The label draws the id as a link; the item's own text would show through it.
        item->setText(1, QString());
        auto *link = new QLabel(linkHtml(url, reference.id));
        link->setObjectName(QStringLiteral("referenceLink"));
        link->setToolTip(url.toString());
        forwardLinks(link);
        m_tree->setItemWidget(item, 1, link);
    }
    setEmpty(false); // the form stays, to link the first one
}

void ReferencesTab::clear()
{
    m_accession.clear();
    m_tree->clear();
    setEmpty(true);
}

} // namespace encode::ui
