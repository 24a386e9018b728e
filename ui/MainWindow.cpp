#include "ui/MainWindow.h"

#include "ui/collection/CollectionOpening.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/collection/CollectionView.h"
#include "ui/common/UserPrompts.h"
#include "models/database/CollectionDatabase.h"
#include "app/demo/DemoCollection.h"
#include "app/portal/PortalClient.h"
#include "ui/provenance/ProvenanceView.h"
#include "ui/search/SearchView.h"
#include "ui/summary/SummaryView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

enum Page { WelcomePage, CollectionPage, SearchPage, SummaryPage, ProvenancePage };
constexpr int maxRecent = 8;
const QString fileFilter = QObject::tr("ENCODE Tracker collections (*.db *.sqlite);;All files (*)");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QWidget *centredPage(const QString &objectName, const QString &html, const QList<QPushButton *> &buttons)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *text = new QLabel(html, page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    for (QPushButton *button : buttons) {
        button->setParent(page);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
}

} // namespace

MainWindow::MainWindow(QString portalUrl, std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::move(prompts))
    , m_client(std::make_unique<app::PortalClient>(app::PortalSettings::fromEnvironment(portalUrl)))
    , m_pages(new QStackedWidget(this))
    , m_counts(new QLabel(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("encode-tracker"));
    setCentralWidget(m_pages);
    createWelcomePage();
    createSearchView();
    createSummaryView();
    m_provenanceView = new ProvenanceView(*m_prompts, this);
    m_pages->insertWidget(ProvenancePage, m_provenanceView);
    listenTo(m_provenanceView);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_pathLabel);
    createMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 860);
    refillRecentMenu();
}

MainWindow::~MainWindow()
{
    // The views (and the runs they started) end before the client they use goes.
    delete m_pages;
    m_client->cancelAll();
}

// Every view says things in the status bar and asks for links to be opened in the browser.
template <typename View> void MainWindow::listenTo(View *view)
{
    connect(view, &View::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(view, &View::openUrlRequested, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void MainWindow::createSearchView()
{
    m_searchView = new SearchView(*m_client, *m_prompts, this);
    m_pages->insertWidget(SearchPage, m_searchView);
    m_collectionReload = new QTimer(this);
    m_collectionReload->setSingleShot(true);
    m_collectionReload->setInterval(300);
    connect(m_collectionReload, &QTimer::timeout, this, [this] {
        if (m_collectionView)
            m_collectionView->reloadKeepingSelection();
    });
    connect(m_searchView, &SearchView::collectionChanged, m_collectionReload, qOverload<>(&QTimer::start));
    connect(m_searchView, &SearchView::collectionNeeded, this, &MainWindow::openDefaultCollectionForTracking);
    listenTo(m_searchView);
    connect(m_searchView, &SearchView::showInCollectionRequested, this, [this](const QString &accession) {
        if (!m_collectionView)
            return;
        showView(CollectionPage);
        m_collectionView->reloadKeepingSelection();
        m_collectionView->table()->selectAccessions({accession}, accession);
    });
}

void MainWindow::createSummaryView()
{
    m_summaryView = new SummaryView(*m_prompts, this);
    m_pages->insertWidget(SummaryPage, m_summaryView);
    // Follows the Collection view's filter and content, a moment after they change.
    m_summaryRefresh = new QTimer(this);
    m_summaryRefresh->setSingleShot(true);
    m_summaryRefresh->setInterval(300);
    connect(m_summaryRefresh, &QTimer::timeout, this, &MainWindow::refreshSummary);
    connect(m_summaryView, &SummaryView::filterRequested, this,
            [this](const models::GroupValue &group) {
                if (!m_collectionView)
                    return;
                m_collectionView->filterToGroup(group);
                showView(CollectionPage);
            });
}

void MainWindow::refreshSummary()
{
    if (m_collectionView && m_pages->currentIndex() == SummaryPage)
        m_summaryView->showSummary(m_collectionView->connection(), m_collectionView->filteredAccessions(),
                                   m_collectionView->totalCount());
}

// Tracking from the Search view with no collection open goes where the command line puts it too.
void MainWindow::openDefaultCollectionForTracking()
{
    const QString path = models::defaultCollectionPath();
    if (openCollection(path))
        statusBar()->showMessage(tr("Tracking into %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showProvenanceFor(const QString &pathOrAccession)
{
    showView(ProvenancePage);
    if (m_collectionView)
        m_provenanceView->showFor(pathOrAccession);
}

void MainWindow::showSearch()
{
    showView(SearchPage);
}

void MainWindow::createWelcomePage()
{
    auto *open = new QPushButton(tr("Open Collection…"));
    auto *create = new QPushButton(tr("New Collection…"));
    auto *demo = new QPushButton(tr("Open Demo Collection"));
    demo->setObjectName(QStringLiteral("openDemoButton"));
    auto *search = new QPushButton(tr("Search the ENCODE Portal"));
    search->setObjectName(QStringLiteral("welcomeSearchButton"));
    connect(search, &QPushButton::clicked, this, &MainWindow::showSearch);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(create, &QPushButton::clicked, this, &MainWindow::chooseAndCreate);
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
    m_welcome = centredPage(QStringLiteral("welcomePage"),
                            tr("<h2>ENCODE Tracker</h2><p>No collection is open.</p>"
                               "<p>Open your collection, start a new one, or explore the demo collection<br>"
                               "(300 invented experiments: every feature, no network needed),<br>"
                               "or search the ENCODE Portal for experiments to track.</p>"),
                            {open, create, demo, search});
    m_pages->insertWidget(WelcomePage, m_welcome);
    m_pages->insertWidget(CollectionPage, new QWidget); // replaced by the Collection view when a file opens
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(icon("collection"), tr("&New Collection…"), QKeySequence::New, this, &MainWindow::chooseAndCreate);
    file->addAction(tr("&Open Collection…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Collection"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(icon("backup"), tr("&Back Up Collection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                    &MainWindow::backUp);
    m_exportAction = file->addAction(icon("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
        if (m_collectionView)
            m_collectionView->exportWithDialog();
    });
    m_exportAction->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *pages = new QActionGroup(this);
    QAction *collection = view->addAction(icon("collection"), tr("&Collection"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                          this, [this] { showView(m_collectionView ? CollectionPage : WelcomePage); });
    QAction *search = view->addAction(icon("search"), tr("&Search the Portal"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                      &MainWindow::showSearch);
    QAction *summary = view->addAction(icon("summary"), tr("S&ummary"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                       [this] { showView(SummaryPage); });
    QAction *provenance = view->addAction(icon("provenance"), tr("&Provenance"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                                          [this] { showProvenanceFor({}); });
    for (QAction *action : {collection, search, summary, provenance}) {
        action->setCheckable(true);
        pages->addAction(action);
    }
    collection->setChecked(true);
    m_pageActions = {{CollectionPage, collection}, {SearchPage, search}, {SummaryPage, summary}, {ProvenancePage, provenance}};

    m_experimentMenu = menuBar()->addMenu(tr("E&xperiment"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ENCODE Tracker"), this, &MainWindow::showAbout);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({collection, search, summary, provenance});
    m_toolBar->addSeparator();
}

void MainWindow::plugActions()
{
    const QList<QAction *> old = m_toolBar->actions();
    for (qsizetype i = 5; i < old.size(); ++i) // keep the four view switches and their separator
        m_toolBar->removeAction(old.at(i));
    m_editMenu->clear();
    m_experimentMenu->clear();
    if (m_pages->currentIndex() == SearchPage) {
        const SearchView::Actions &a = m_searchView->actions();
        m_editMenu->addActions({a.copyAccessions, a.refresh});
        m_experimentMenu->addActions({a.trackSelected, a.importList});
        m_experimentMenu->addSeparator();
        m_experimentMenu->addActions({a.showDetails, a.openOnPortal});
        m_toolBar->addAction(a.trackSelected);
        return;
    }
    if (!m_collectionView)
        return;
    const CollectionView::Actions &a = m_collectionView->actions();
    m_editMenu->addActions({a.copy, a.findInCollection, a.clearFilters});
    m_experimentMenu->addActions({a.showDetails, a.editNotes, a.refreshFromPortal, a.openOnPortal});
    m_experimentMenu->addSeparator();
    m_experimentMenu->addActions({a.compare, a.cite, a.copyCitation});
    m_experimentMenu->addSeparator();
    m_experimentMenu->addActions({a.showProvenance, a.logDerived});
    m_experimentMenu->addSeparator();
    m_experimentMenu->addAction(a.untrack);
    m_toolBar->addActions({a.refreshFromPortal, a.editNotes, a.copy, a.compare, a.cite, a.untrack});
}

bool MainWindow::openCollection(const QString &path)
{
    // An upgrade runs the event loop while it works: a second open from a menu, the welcome page or a
    // track that needs the default collection must wait for this one.
    if (m_opening) {
        statusBar()->showMessage(tr("A collection is being opened; try again in a moment."), 5000);
        return false;
    }
    const QScopedValueRollback<bool> opening(m_opening, true);
    const auto opened = openCollectionWithProgress(this, path);
    if (!opened.ok()) {
        m_prompts->warn(this, tr("Cannot open the collection"), opened.failure().message);
        return false;
    }
    showCollection(opened.value());
    return true;
}

void MainWindow::showCollection(const OpenedCollection &opening)
{
    const std::shared_ptr<models::CollectionDatabase> &opened = opening.database;
    QSettings settings;
    if (m_collectionView)
        settings.setValue(QStringLiteral("collection/layout"), m_collectionView->saveLayout());
    auto *view = new CollectionView(opened, *m_client, *m_prompts, m_dragFiles.path(), this);
    QWidget *previous = m_pages->widget(CollectionPage);
    m_pages->removeWidget(previous);
    previous->deleteLater();
    m_pages->insertWidget(CollectionPage, view);
    m_collectionView = view;
    m_collectionView->restoreLayout(settings.value(QStringLiteral("collection/layout")).toByteArray());
    connect(view, &CollectionView::countsChanged, this, &MainWindow::showCounts);
    listenTo(view);
    connect(view->table()->model(), &QAbstractItemModel::modelReset, m_summaryRefresh, qOverload<>(&QTimer::start));
    connect(view, &CollectionView::provenanceRequested, this, &MainWindow::showProvenanceFor);
    connect(view, &CollectionView::logDerivedRequested, this, [this](const QStringList &paths, const QStringList &sources) {
        showView(ProvenancePage);
        m_provenanceView->logDerivedFile(paths, sources);
    });
    m_provenanceView->setCollection(opened);
    view->reloadKeepingSelection();
    m_searchView->setCollection(opened);
    m_exportAction->setEnabled(true);

    m_collectionPath = opened->path();
    m_pathLabel->setText(QDir::toNativeSeparators(m_collectionPath));
    setWindowTitle(opened->isReadOnly() ? tr("%1 (read-only) — ENCODE Tracker").arg(QFileInfo(m_collectionPath).fileName())
                                        : tr("%1 — ENCODE Tracker").arg(QFileInfo(m_collectionPath).fileName()));
    rememberRecent(m_collectionPath);
    if (m_pages->currentIndex() == SearchPage)
        plugActions(); // tracking from the Search view opened it: stay there
    else
        showView(CollectionPage);
    if (opened->isReadOnly())
        statusBar()->showMessage(tr("This collection is read-only: you can browse, search and export, but not change it."));
    for (const QString &notice : opening.notices)
        m_prompts->inform(this, tr("Collection Upgraded"), notice.left(1).toUpper() + notice.mid(1) + QLatin1Char('.'));
}

void MainWindow::chooseAndOpen()
{
    const QString path = m_prompts->openFileName(this, tr("Open Collection"), fileFilter);
    if (!path.isEmpty())
        openCollection(path);
}

void MainWindow::chooseAndCreate()
{
    const QString path = m_prompts->saveFileName(this, tr("New Collection"), QDir::homePath() + QStringLiteral("/collection.db"), fileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_prompts->warn(this, tr("New Collection"),
                        tr("%1 already exists. Choose Open Collection to open it, or a new file name.").arg(path));
        return;
    }
    openCollection(path);
}

void MainWindow::openDemo()
{
    // The demo file is rebuilt each time, so a user can play with it freely.
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_collectionView && m_collectionPath.startsWith(directory)) {
        // Every connection to the old demo closes first: rebuilding it removes its files.
        m_pages->removeWidget(m_collectionView);
        delete m_collectionView;
        m_collectionView = nullptr;
        m_pages->insertWidget(CollectionPage, new QWidget);
        m_provenanceView->setCollection(nullptr);
        m_searchView->setCollection(nullptr);
    }
    const auto created = app::createDemoCollection(directory);
    if (!created.ok()) {
        m_prompts->warn(this, tr("Cannot create the demo collection"), created.failure().message);
        return;
    }
    if (openCollection(created.value()))
        statusBar()->showMessage(tr("The demo collection: invented experiments to explore every feature."), 8000);
}

void MainWindow::backUp()
{
    if (!m_collectionView)
        return;
    // A name not taken yet: a backup never replaces a database (an older backup, say).
    const QFileInfo collection(m_collectionPath);
    const QString stem = collection.completeBaseName() + QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd"));
    QString suggested = collection.dir().filePath(stem + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = collection.dir().filePath(QStringLiteral("%1-%2.db").arg(stem).arg(n));
    const QString target = m_prompts->saveFileName(this, tr("Back Up Collection"), suggested, fileFilter);
    if (target.isEmpty())
        return;
    auto opened = models::CollectionDatabase::open(m_collectionPath, models::CollectionDatabase::Missing::IsAnError);
    const models::Status failed = opened.ok() ? opened.value()->backUpTo(target) : models::Status(opened.failure());
    if (failed)
        m_prompts->warn(this, tr("Back up"), failed->message);
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::showAbout()
{
    m_prompts->inform(this, tr("About ENCODE Tracker"),
                      tr("ENCODE Tracker %1\n\nTrack, cite, compare and export ENCODE experiments.\n\n"
                         "Qt %2 (runtime %3) · QCoro %4 · libxlsxwriter\nPortal: %5\nCollection: %6")
                          .arg(QStringLiteral(ENCODE_TRACKER_VERSION), QStringLiteral(QT_VERSION_STR),
                               QString::fromLatin1(qVersion()), QStringLiteral("0.8"),
                               m_client->settings().baseUrl.toString(),
                               m_collectionPath.isEmpty() ? tr("none") : QDir::toNativeSeparators(m_collectionPath)));
}

void MainWindow::showView(int page)
{
    // The collection's views need a collection; without one the welcome page says how to get one.
    const bool needsCollection = page == CollectionPage || page == SummaryPage || page == ProvenancePage;
    m_pages->setCurrentIndex(needsCollection && !m_collectionView ? WelcomePage : page);
    if (page == SearchPage)
        m_searchView->start();
    if (page == SummaryPage)
        refreshSummary();
    m_pageActions.value(page, m_pageActions.value(CollectionPage))->setChecked(true);
    plugActions();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("collection/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("collection/recent"), recent.mid(0, maxRecent));
    settings.setValue(QStringLiteral("collection/last"), path);
    refillRecentMenu();
}

void MainWindow::refillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("collection/recent")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openCollection(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showCounts(int shown, int total, int selected)
{
    QString text = shown == total ? tr("%1 experiments").arg(total) : tr("%1 of %2 experiments shown").arg(shown).arg(total);
    if (selected > 0)
        text += tr(" · %1 selected").arg(selected);
    m_counts->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_collectionView)
        settings.setValue(QStringLiteral("collection/layout"), m_collectionView->saveLayout());
    QMainWindow::closeEvent(event);
}

} // namespace encode::ui
