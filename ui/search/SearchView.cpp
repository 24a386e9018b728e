#include "ui/search/SearchView.h"

#include "ui/common/AuditBadgeDelegate.h"
#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionDatabase.h"
#include "ui/search/FacetSidebar.h"
#include "ui/search/FilterChips.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/search/SearchSession.h"
#include "app/tracking/TrackingJob.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

QFrame *banner(const QString &objectName, const QString &colours)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { %2 border-radius: 4px; }").arg(objectName, colours));
    return frame;
}

} // namespace

SearchView::SearchView(app::PortalClient &client, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_prompts(prompts)
    , m_session(new SearchSession(client, this))
    , m_model(new SearchResultsModel(this))
    , m_facets(new FacetSidebar(this))
    , m_chips(new FilterChips(this))
    , m_searchBox(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ Previous"), this))
    , m_next(new QPushButton(tr("Next ▶"), this))
    , m_batchNotes(new QLineEdit(this))
    , m_trackButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("searchView"));
    createActions();

    // The search line: text, and the other ways in.
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search the ENCODE Portal: a gene, a cell line, a lab, an accession…"));
    m_searchBox->setClearButtonEnabled(true);
    auto *searchButton = new QPushButton(tr("Search"), this);
    auto *importButton = new QPushButton(tr("Paste Accessions / Search URL / Cart…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { m_session->setText(m_searchBox->text()); });
    connect(searchButton, &QPushButton::clicked, this, [this] { m_session->setText(m_searchBox->text()); });
    connect(importButton, &QPushButton::clicked, m_actions.importList, &QAction::trigger);
    auto *searchLine = new QHBoxLayout;
    searchLine->addWidget(m_searchBox, 1);
    searchLine->addWidget(searchButton);
    searchLine->addWidget(importButton);

    // Offline or Portal down: said plainly, with Retry, without a modal dialog.
    QFrame *offline = banner(QStringLiteral("offlineBanner"), QStringLiteral("background: #fdecea; border: 1px solid #e57373;"));
    m_offline = offline;
    m_offlineText = new QLabel(offline);
    m_offlineText->setObjectName(QStringLiteral("offlineText"));
    m_offlineText->setWordWrap(true);
    auto *retry = new QPushButton(tr("Retry"), offline);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, m_session, &SearchSession::refresh);
    auto *offlineLayout = new QHBoxLayout(offline);
    offlineLayout->addWidget(m_offlineText, 1);
    offlineLayout->addWidget(retry);
    m_offline->hide();

    // Results with paging and the tracking controls.
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(SearchResultsModel::Audit,
                                      new AuditBadgeDelegate(SearchResultsModel::AuditSeverityRole, m_table));
    const QList<std::pair<int, int>> widths{{SearchResultsModel::Tracked, 76},   {SearchResultsModel::Accession, 110},
                                            {SearchResultsModel::Audit, 130},    {SearchResultsModel::Assay, 130},
                                            {SearchResultsModel::Target, 80},    {SearchResultsModel::Biosample, 230},
                                            {SearchResultsModel::Organism, 115}, {SearchResultsModel::Organ, 110},
                                            {SearchResultsModel::BiosampleType, 100}, {SearchResultsModel::Lab, 150},
                                            {SearchResultsModel::Status, 70},    {SearchResultsModel::Released, 90}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->addActions({m_actions.trackSelected, m_actions.showDetails, m_actions.openOnPortal, m_actions.copyAccessions});
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &SearchView::sortBy);
    connect(m_table, &QTableView::doubleClicked, this, &SearchView::showCurrentDetails);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions({m_actions.trackSelected, m_actions.showDetails, m_actions.openOnPortal, m_actions.copyAccessions});
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SearchView::updateActions);

    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    connect(m_previous, &QPushButton::clicked, this,
            [this] { m_session->showPage(m_model->page().offset - SearchSession::pageSize); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { m_session->showPage(m_model->page().offset + SearchSession::pageSize); });
    m_batchNotes->setObjectName(QStringLiteral("batchNotes"));
    m_batchNotes->setPlaceholderText(tr("Notes for new experiments (optional)"));
    m_batchNotes->setMaximumWidth(320);
    m_trackButton->setObjectName(QStringLiteral("trackButton"));
    connect(m_trackButton, &QPushButton::clicked, m_actions.trackSelected, &QAction::trigger);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addStretch();
    pager->addWidget(m_batchNotes, 1);
    pager->addWidget(m_trackButton);

    QFrame *trackingBar = banner(QStringLiteral("trackingBar"), QStringLiteral("background: palette(alternate-base); border: 1px solid palette(mid);"));
    m_trackingBar = trackingBar;
    m_trackingLabel = new QLabel(trackingBar);
    m_trackingLabel->setObjectName(QStringLiteral("trackingLabel"));
    m_trackingProgress = new QProgressBar(trackingBar);
    m_trackingProgress->setObjectName(QStringLiteral("trackingProgress"));
    m_trackingProgress->setFormat(tr("%v of %m"));
    auto *cancel = new QPushButton(tr("Cancel"), trackingBar);
    cancel->setObjectName(QStringLiteral("cancelTracking"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_importRun.cancel();
    });
    auto *trackingLayout = new QHBoxLayout(trackingBar);
    trackingLayout->addWidget(m_trackingLabel);
    trackingLayout->addWidget(m_trackingProgress, 1);
    trackingLayout->addWidget(cancel);
    m_trackingBar->hide();

    auto *resultsPane = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_table, 1);
    resultsLayout->addLayout(pager);
    resultsLayout->addWidget(m_trackingBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("searchSplitter"));
    splitter->addWidget(m_facets);
    splitter->addWidget(resultsPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 1100});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchLine);
    layout->addWidget(m_chips);
    layout->addWidget(m_offline);
    layout->addWidget(splitter, 1);

    connect(m_facets, &FacetSidebar::termToggled, m_session, &SearchSession::setTerm);
    connect(m_chips, &FilterChips::removeRequested, this,
            [this](const QString &field, const QString &term) { m_session->setTerm(field, term, false); });
    connect(m_chips, &FilterChips::clearAllRequested, m_session, &SearchSession::clearAll);
    connect(m_session, &SearchSession::filtersChanged, this, [this] {
        m_chips->showFilters(*m_session);
        m_facets->showTicked(*m_session);
        if (m_searchBox->text().trimmed() != m_session->text())
            m_searchBox->setText(m_session->text());
    });
    connect(m_session, &SearchSession::busyChanged, this, [this](bool busy) {
        m_facets->setBusy(busy);
        setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    });
    connect(m_session, &SearchSession::resultsReady, this, &SearchView::showPage);
    connect(m_session, &SearchSession::facetsReady, this,
            [this](const app::FacetCounts &counts) { m_facets->showCounts(counts, *m_session); });
    connect(m_session, &SearchSession::failed, this, &SearchView::showFailure);

    m_chips->showFilters(*m_session);
    m_pageLabel->setText(tr("Not searched yet"));
    updateActions();
}

SearchView::~SearchView()
{
    // A run outlives the view (it finishes storing what it fetched) but asks the Portal nothing more.
    if (m_job)
        m_job->cancel();
    m_importRun.cancel();
}

void SearchView::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_actions.trackSelected = make(tr("&Track Selected"), QKeySequence(Qt::CTRL | Qt::Key_T), "trackSelectedAction");
    m_actions.trackSelected->setIcon(QIcon(QStringLiteral(":/icons/track.svg")));
    m_actions.importList = make(tr("Track &Accessions, a Search URL or a Cart…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                "importAction");
    m_actions.showDetails = make(tr("Show &Details"), QKeySequence(Qt::Key_Return), "searchDetailsAction");
    m_actions.openOnPortal = make(tr("Open on the ENCODE &Portal"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                  "searchOpenOnPortalAction");
    m_actions.copyAccessions = make(tr("&Copy Accessions"), QKeySequence::Copy, "copyAccessionsAction");
    m_actions.refresh = make(tr("&Refresh Search"), QKeySequence::Refresh, "refreshSearchAction");
    connect(m_actions.trackSelected, &QAction::triggered, this, &SearchView::trackSelected);
    connect(m_actions.importList, &QAction::triggered, this, &SearchView::openImportDialog);
    connect(m_actions.showDetails, &QAction::triggered, this, &SearchView::showCurrentDetails);
    connect(m_actions.openOnPortal, &QAction::triggered, this, &SearchView::openSelectedOnPortal);
    connect(m_actions.copyAccessions, &QAction::triggered, this, &SearchView::copySelectedAccessions);
    connect(m_actions.refresh, &QAction::triggered, m_session, &SearchSession::refresh);
}

void SearchView::setCollection(std::shared_ptr<models::CollectionDatabase> database)
{
    m_database = std::move(database);
    if (!m_database) {
        m_session->setTrackedCheck({});
        return;
    }
    // Holds the collection open for the searches still running when another file is opened.
    auto repository = std::make_shared<models::CollectionRepository>(m_database->connection());
    m_session->setTrackedCheck([database = m_database, repository](const QString &accession) {
        return repository->isTracked(accession).value_or(false);
    });
    if (m_started)
        m_session->refresh();
}

void SearchView::start()
{
    if (m_started)
        return;
    m_started = true;
    m_session->refresh();
}

void SearchView::showPage(const app::SearchPage &page)
{
    m_offline->hide();
    const QStringList selected = selectedAccessions();
    m_model->setPage(page);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected.contains(m_model->hit(row).accession))
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QLocale locale;
    if (page.total == 0)
        m_pageLabel->setText(tr("No experiments match"));
    else
        m_pageLabel->setText(tr("%1–%2 of %3 experiments")
                                 .arg(locale.toString(page.offset + 1), locale.toString(page.offset + page.experiments.size()),
                                      locale.toString(page.total)));
    m_previous->setEnabled(page.offset > 0);
    m_next->setEnabled(page.hasMore());
    m_table->scrollToTop();
    updateActions();
}

void SearchView::showFailure(const models::Failure &failure)
{
    const bool offline = failure.kind == models::Failure::Kind::Unreachable || failure.kind == models::Failure::Kind::Timeout;
    m_offlineText->setText(
        (offline ? tr("<b>The ENCODE Portal cannot be reached.</b> Check the network connection, then retry. "
                      "Your collection keeps working.<br>")
                 : tr("<b>The ENCODE Portal could not answer this search.</b><br>")) +
        failure.message.toHtmlEscaped());
    m_offline->show();
}

void SearchView::sortBy(int column)
{
    const QString field = SearchResultsModel::portalSortField(column);
    QHeaderView *header = m_table->horizontalHeader();
    if (field.isEmpty()) {
        Q_EMIT statusMessage(tr("The Portal cannot sort by this column"));
        return;
    }
    // A first click sorts ascending, the next click on the same column flips it.
    const Qt::SortOrder order = header->isSortIndicatorShown() && header->sortIndicatorSection() == column &&
                                        header->sortIndicatorOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    header->setSortIndicatorShown(true);
    header->setSortIndicator(column, order);
    m_session->setSort(field, order);
}

QStringList SearchView::selectedAccessions() const
{
    QStringList accessions;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        accessions.append(row.data(SearchResultsModel::AccessionRole).toString());
    return accessions;
}

int SearchView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}) ? current.row() : -1;
}

void SearchView::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_actions.trackSelected->setEnabled(selected > 0 && !isTracking());
    m_actions.showDetails->setEnabled(currentRow() >= 0);
    m_actions.openOnPortal->setEnabled(selected > 0);
    m_actions.copyAccessions->setEnabled(selected > 0);
    m_trackButton->setEnabled(selected > 0 && !isTracking());
    m_trackButton->setText(selected > 0 ? tr("Track %n Selected", nullptr, static_cast<int>(selected)) : tr("Track Selected"));
}

} // namespace encode::ui
