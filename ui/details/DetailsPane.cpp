#include "ui/details/DetailsPane.h"

#include "ui/details/AuditsTab.h"
#include "ui/details/DerivedFilesTab.h"
#include "ui/details/DetailsHeader.h"
#include "ui/details/OverviewTab.h"
#include "ui/details/PipelinesTab.h"
#include "ui/details/PublicationsTab.h"
#include "ui/details/QualityMetricsTab.h"
#include "ui/details/RawJsonTab.h"
#include "ui/details/ReferencesTab.h"

#include <QJsonDocument>
#include <QLabel>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace encode::ui {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_header(new DetailsHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(this))
    , m_audits(new AuditsTab(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    addTab(m_overview);
    addTab(new PublicationsTab(this));
    addTab(new PipelinesTab(this));
    addTab(new QualityMetricsTab(this));
    addTab(m_audits);
    auto *references = new ReferencesTab(this);
    addTab(references);
    connect(references, &ReferencesTab::linkRequested, this, &DetailsPane::referenceLinkRequested);
    connect(references, &ReferencesTab::unlinkRequested, this, &DetailsPane::referenceUnlinkRequested);
    addTab(new DerivedFilesTab(this));
    addTab(new RawJsonTab(this));

    auto *nothing = new QLabel(tr("Select an experiment to see its details."), this);
    nothing->setObjectName(QStringLiteral("detailsPlaceholder"));
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(nothing);
    m_stack->addWidget(page);

    connect(m_overview, &OverviewTab::notesSaveRequested, this, &DetailsPane::notesSaveRequested);
    connect(m_header, &DetailsHeader::auditsRequested, this, [this] { m_tabs->setCurrentWidget(m_audits); });
    showNothing();
}

void DetailsPane::addTab(DetailsTab *tab)
{
    m_tabList.append(tab);
    m_tabs->addTab(tab, tab->title());
    connect(tab, &DetailsTab::openUrlRequested, this, &DetailsPane::openUrlRequested);
}

void DetailsPane::showExperiment(const models::ExperimentDetails &details)
{
    // Parsed once for every tab; a damaged column shows as empty rather than failing the pane.
    const QJsonObject raw = QJsonDocument::fromJson(details.experiment.rawMetadata.toUtf8()).object();
    m_accession = details.experiment.accession;
    m_header->showExperiment(details.experiment, raw);
    for (DetailsTab *tab : std::as_const(m_tabList))
        tab->showDetails(details, raw);
    updateTabTitles();
    m_stack->setCurrentIndex(1);
}

void DetailsPane::showNothing()
{
    m_accession.clear();
    m_header->clear();
    for (DetailsTab *tab : std::as_const(m_tabList))
        tab->clear();
    updateTabTitles();
    m_stack->setCurrentIndex(0);
}

QString DetailsPane::accession() const
{
    return m_accession;
}

void DetailsPane::updateTabTitles()
{
    for (DetailsTab *tab : std::as_const(m_tabList))
        m_tabs->setTabText(m_tabs->indexOf(tab), tab->title());
}

} // namespace encode::ui
