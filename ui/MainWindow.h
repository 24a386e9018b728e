#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace encode::app {
class PortalClient;
}

namespace encode::ui {

class CollectionView;
struct OpenedCollection;
class ProvenanceView;
class SearchView;
class SummaryView;
class UserPrompts;

// The window a scientist keeps open: the Collection, Search, Summary and Provenance views, menus,
// toolbar, status bar, and the collection file it works on. Features live in their views and
// controllers; this class only wires them and remembers the layout.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(QString portalUrl, std::unique_ptr<UserPrompts> prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the collection at `path` in place of the current one; false (with a message) when it
    // cannot be opened, and the current one stays.
    bool openCollection(const QString &path);
    [[nodiscard]] QString collectionPath() const { return m_collectionPath; }
    [[nodiscard]] CollectionView *collectionView() const { return m_collectionView; }
    [[nodiscard]] SearchView *searchView() const { return m_searchView; }
    // Shows the Search view and runs its first search.
    void showSearch();
    // Shows the Provenance view: a logged file's chain, an accession's descendants, or (empty) all.
    void showProvenanceFor(const QString &pathOrAccession);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCollection(const OpenedCollection &opening);
    void createMenus();
    void createWelcomePage();
    void chooseAndOpen();
    void chooseAndCreate();
    void openDemo();
    void backUp();
    void showAbout();
    void showView(int page);
    void rememberRecent(const QString &path);
    void refillRecentMenu();
    void showCounts(int shown, int total, int selected);
    template <typename View> void listenTo(View *view);
    void createSearchView();
    void createSummaryView();
    void refreshSummary();
    // The current view's actions go into the Edit and Experiment menus and the toolbar.
    void plugActions();
    void openDefaultCollectionForTracking();

    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<app::PortalClient> m_client;
    QTemporaryDir m_dragFiles; // spreadsheets made for drags and copies; removed when the app exits
    QString m_collectionPath;
    QStackedWidget *m_pages;
    QWidget *m_welcome = nullptr;
    SearchView *m_searchView = nullptr;
    SummaryView *m_summaryView = nullptr;
    ProvenanceView *m_provenanceView = nullptr;
    QTimer *m_summaryRefresh = nullptr;
    CollectionView *m_collectionView = nullptr;
    QTimer *m_collectionReload = nullptr; // coalesces reloads while experiments arrive
    QMenu *m_recentMenu = nullptr;
    QMenu *m_experimentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<int, QAction *> m_pageActions; // the View menu's switch of each page
    QAction *m_exportAction = nullptr;
    QLabel *m_counts;
    QLabel *m_pathLabel;
    bool m_opening = false; // a collection is being opened (an upgrade runs the event loop)
};

} // namespace encode::ui
