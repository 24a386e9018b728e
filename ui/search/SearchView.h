#pragma once

#include "app/portal/CancelToken.h"
#include "app/search/PortalSearch.h"
#include "app/tracking/TrackingReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace encode::models {
class CollectionDatabase;
}

namespace encode::app {
class PortalClient;
class TrackingJob;
struct ImportSource;
} // namespace encode::app

namespace encode::ui {

class FacetSidebar;
class FilterChips;
class SearchResultsModel;
class SearchSession;
class UserPrompts;

// The Search view: search the ENCODE Portal by text and facets, read the results a page at a time, and
// track the experiments wanted into the open collection, with progress and Cancel. A Portal that cannot
// be reached shows a message with Retry; the rest of the app keeps working.
class SearchView final : public QWidget {
    Q_OBJECT
public:
    SearchView(app::PortalClient &client, UserPrompts &prompts, QWidget *parent = nullptr);
    ~SearchView() override;

    struct Actions {
        QAction *trackSelected;
        QAction *importList;
        QAction *showDetails;
        QAction *openOnPortal;
        QAction *copyAccessions;
        QAction *refresh;
    };
    [[nodiscard]] const Actions &actions() const { return m_actions; }

    // The collection that "Track" adds to; null when none is open.
    void setCollection(std::shared_ptr<models::CollectionDatabase> database);
    // Runs the first search unless one already ran (the Portal is asked only once the view is used).
    void start();
    // Tracks these experiments (the import dialog and scripts of the GUI come here).
    void track(const QStringList &accessions, const QString &notes = {});
    void importFrom(const app::ImportSource &source, const QString &notes = {});

    [[nodiscard]] SearchSession &session() const { return *m_session; }
    [[nodiscard]] SearchResultsModel *results() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] FacetSidebar *facets() const { return m_facets; }
    // Tracking, or reading what a search URL or cart holds before tracking it.
    [[nodiscard]] bool isTracking() const { return m_job != nullptr || m_importing; }

Q_SIGNALS:
    // Track was asked for while no collection is open: the window opens one (or not).
    void collectionNeeded();
    // Experiments were added to or updated in the collection.
    void collectionChanged();
    void statusMessage(const QString &message);
    void openUrlRequested(const QUrl &url);
    // A tracked experiment to show in the Collection view.
    void showInCollectionRequested(const QString &accession);

private:
    void createActions();
    void showPage(const app::SearchPage &page);
    void showFailure(const models::Failure &failure);
    void updateActions();
    void sortBy(int column);
    [[nodiscard]] QStringList selectedAccessions() const;
    [[nodiscard]] int currentRow() const;

    // In SearchTracking.cpp: tracking, importing and the details of one result.
    void trackSelected();
    void openImportDialog();
    void showCurrentDetails();
    void openSelectedOnPortal();
    void copySelectedAccessions();
    void showTrackingProgress(int done, int total);
    void finishTracking(const app::TrackingReport &report, const QString &notes);
    // One run at a time, into an open collection (the window opens one when none is).
    [[nodiscard]] bool readyToTrack();

    app::PortalClient &m_client;
    UserPrompts &m_prompts;
    std::shared_ptr<models::CollectionDatabase> m_database;
    SearchSession *m_session;
    SearchResultsModel *m_model;
    FacetSidebar *m_facets;
    FilterChips *m_chips;
    QLineEdit *m_searchBox;
    QTableView *m_table;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLineEdit *m_batchNotes;
    QPushButton *m_trackButton;
    QWidget *m_offline;
    QLabel *m_offlineText;
    QWidget *m_trackingBar;
    QLabel *m_trackingLabel;
    QProgressBar *m_trackingProgress;
    app::TrackingJob *m_job = nullptr;
    bool m_importing = false;
    app::CancelToken m_importRun;
    bool m_started = false;
    Actions m_actions{};
};

} // namespace encode::ui
