#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/collection/CollectionRepository.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QMimeData;
class QSplitter;

namespace encode::models {
class CollectionDatabase;
class CollectionTableModel;
class CollectionChangeWatcher;
} // namespace encode::models

namespace encode::app {
class PortalClient;
class TrackingJob;
} // namespace encode::app

namespace encode::ui {

class CollectionTableView;
class DetailsPane;
class FilterBar;
class UserPrompts;

// The Collection view: quick filters, the table and the details of the current experiment, plus the
// actions on the selection (notes, untrack, refresh from the Portal, copy, open on the Portal).
// The main window puts the actions in its menus and toolbar.
class CollectionView final : public QWidget {
    Q_OBJECT
public:
    CollectionView(std::shared_ptr<models::CollectionDatabase> database, app::PortalClient &client,
                   UserPrompts &prompts, QString temporaryDirectory, QWidget *parent = nullptr);
    ~CollectionView() override;

    struct Actions {
        QAction *editNotes;
        QAction *untrack;
        QAction *refreshFromPortal;
        QAction *copy;
        QAction *openOnPortal;
        QAction *showDetails;
        QAction *findInCollection;
        QAction *clearFilters;
        QAction *cite;
        QAction *copyCitation;
        QAction *compare;
        QAction *showProvenance;
        QAction *logDerived;
    };
    [[nodiscard]] const Actions &actions() const { return m_actions; }

    // Shows only the experiments with this value of a Summary grouping (a clicked bar).
    void filterToGroup(const models::GroupValue &group);
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] int totalCount() const;
    // The experiments the table shows; nullopt when it shows the whole collection.
    [[nodiscard]] std::optional<QStringList> filteredAccessions() const;

    // File > Export: asks what and where, then writes it with progress.
    void exportWithDialog();

    // Runs the query again, keeping the selection, the current row and the filter choices.
    void reloadKeepingSelection();

    [[nodiscard]] QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);
    [[nodiscard]] CollectionTableView *table() const { return m_table; }

Q_SIGNALS:
    void countsChanged(int shown, int total, int selected);
    void statusMessage(const QString &message);
    void openUrlRequested(const QUrl &url);
    // What descends from an experiment, or a derived file to log (sources preset): the window's
    // Provenance view does these.
    void provenanceRequested(const QString &accession);
    void logDerivedRequested(const QStringList &paths, const QStringList &sources);

private:
    void createActions();
    void showCurrentDetails();
    void refillFilterChoices();
    void updateActionsAndCounts();
    [[nodiscard]] QList<models::ExperimentListRow> rowsInTableOrder(const QStringList &accessions) const;
    [[nodiscard]] QMimeData *mimeDataFor(const QStringList &accessions) const;

    // The actions' work, in CollectionActions.cpp.
    void editNotes();
    void saveNotes(const QString &accession, const QString &notes);
    void linkReference(const QString &accession, const QString &type, const QString &id, const QString &description);
    void unlinkReference(const QString &accession, const QString &type, const QString &id);
    void untrackSelected();
    void refreshSelectedFromPortal();
    void copySelected();
    void openSelectedOnPortal();
    void citeSelected();
    void compareSelected();
    void copySelectedCitations();

    std::shared_ptr<models::CollectionDatabase> m_database;
    models::CollectionRepository m_repository;
    app::PortalClient &m_client;
    UserPrompts &m_prompts;
    QString m_temporaryDirectory;
    models::CollectionTableModel *m_model;
    models::CollectionChangeWatcher *m_watcher;
    FilterBar *m_filterBar;
    CollectionTableView *m_table;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    Actions m_actions{};
};

} // namespace encode::ui
