#include "ui/collection/CollectionView.h"

#include "ui/collection/CollectionTableView.h"
#include "ui/collection/FilterBar.h"
#include "models/database/CollectionDatabase.h"
#include "ui/details/DetailsPane.h"
#include "ui/dnd/ExperimentMimeData.h"
#include "models/itemmodels/CollectionChangeWatcher.h"
#include "models/itemmodels/CollectionTableModel.h"

#include <QAction>
#include <QDataStream>
#include <QIODevice>
#include <QHeaderView>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace encode::ui {

CollectionView::CollectionView(std::shared_ptr<models::CollectionDatabase> database, app::PortalClient &client,
                               UserPrompts &prompts, QString temporaryDirectory, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_repository(m_database->connection())
    , m_client(client)
    , m_prompts(prompts)
    , m_temporaryDirectory(std::move(temporaryDirectory))
    , m_model(new models::CollectionTableModel(m_database->connection(), this))
    , m_watcher(new models::CollectionChangeWatcher(m_database->connection(), 1000, this))
    , m_filterBar(new FilterBar(this))
    , m_table(new CollectionTableView(this))
    , m_details(new DetailsPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("collectionView"));
    m_table->setModel(m_model);
    m_table->setMimeDataProvider([this](const QStringList &accessions) { return mimeDataFor(accessions); });
    // First-run widths that fit typical values; the user's own widths are restored from the settings.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, width] : {std::pair{models::CollectionColumn::Accession, 10},
                                        std::pair{models::CollectionColumn::Assay, 11},
                                        std::pair{models::CollectionColumn::Target, 9},
                                        std::pair{models::CollectionColumn::Biosample, 18},
                                        std::pair{models::CollectionColumn::Organism, 11},
                                        std::pair{models::CollectionColumn::Organ, 10},
                                        std::pair{models::CollectionColumn::Audit, 14},
                                        std::pair{models::CollectionColumn::Notes, 16}})
        m_table->horizontalHeader()->resizeSection(static_cast<int>(column), width * em);
    // Audit flags next to the accession, where a problem is seen at once.
    m_table->horizontalHeader()->moveSection(static_cast<int>(models::CollectionColumn::Audit), 1);
    for (const auto column : {models::CollectionColumn::Lab, models::CollectionColumn::ReplicationType,
                              models::CollectionColumn::LifeStage, models::CollectionColumn::Description,
                              models::CollectionColumn::Updated, models::CollectionColumn::BiosampleType})
        m_table->setColumnHidden(static_cast<int>(column), true);

    m_splitter->setObjectName(QStringLiteral("collectionSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    createActions();
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const models::CollectionFilter &filter) {
        m_model->setFilter(filter);
        updateActionsAndCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CollectionView::showCurrentDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CollectionView::updateActionsAndCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollectionView::updateActionsAndCounts);
    connect(m_table, &CollectionTableView::openRequested, this, [this] { m_details->setFocus(); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { m_details->setFocus(); });
    connect(m_details, &DetailsPane::notesSaveRequested, this, &CollectionView::saveNotes);
    connect(m_details, &DetailsPane::referenceLinkRequested, this, &CollectionView::linkReference);
    connect(m_details, &DetailsPane::referenceUnlinkRequested, this, &CollectionView::unlinkReference);
    connect(m_details, &DetailsPane::openUrlRequested, this, &CollectionView::openUrlRequested);
    connect(m_watcher, &models::CollectionChangeWatcher::collectionChanged, this, [this] {
        reloadKeepingSelection();
        Q_EMIT statusMessage(tr("The collection was changed by another program; the table is up to date."));
    });

    refillFilterChoices();
    updateActionsAndCounts();
    if (m_model->rowCount() > 0)
        m_table->selectAccessions({m_model->accessionAt(0)}, m_model->accessionAt(0));
}

CollectionView::~CollectionView()
{
    // Everything holding the connection goes before the collection closes it.
    delete m_table;
    delete m_model;
    delete m_watcher;
}

void CollectionView::reloadKeepingSelection()
{
    const QStringList selected = m_table->selectedAccessions();
    const QString current = m_table->currentAccession();
    m_model->reload();
    refillFilterChoices();
    m_table->selectAccessions(selected, current);
    showCurrentDetails();
    updateActionsAndCounts();
}

void CollectionView::refillFilterChoices()
{
    const QSqlDatabase db = m_database->connection();
    m_filterBar->setChoices(models::filterChoices(db, models::Grouping::Assay).value_or({}),
                            models::filterChoices(db, models::Grouping::Organism).value_or({}),
                            models::filterChoices(db, models::Grouping::Organ).value_or({}));
}

void CollectionView::showCurrentDetails()
{
    const QString accession = m_table->currentAccession();
    const auto details = accession.isEmpty() ? models::Result<std::optional<models::ExperimentDetails>>(std::nullopt)
                                             : m_repository.details(accession);
    if (details.ok() && details.value())
        m_details->showExperiment(*details.value());
    else
        m_details->showNothing();
}

void CollectionView::updateActionsAndCounts()
{
    const int selected = static_cast<int>(m_table->selectedAccessions().size());
    const bool one = selected == 1 || (selected == 0 && !m_table->currentAccession().isEmpty());
    // A read-only collection is browsed, cited and exported; the actions that would change it are off
    // (their first write would fail anyway, after a refresh had fetched everything for nothing).
    const bool writable = !m_database->isReadOnly();
    m_actions.editNotes->setEnabled(one && writable);
    m_actions.showProvenance->setEnabled(one);
    m_actions.showDetails->setEnabled(one);
    m_actions.logDerived->setEnabled(writable);
    for (QAction *action : {m_actions.copy, m_actions.openOnPortal, m_actions.copyCitation})
        action->setEnabled(selected > 0);
    for (QAction *action : {m_actions.untrack, m_actions.refreshFromPortal})
        action->setEnabled(selected > 0 && writable);
    m_actions.compare->setEnabled(selected >= 2);
    Q_EMIT countsChanged(m_model->rowCount(), m_model->totalCount(), selected);
}

void CollectionView::filterToGroup(const models::GroupValue &group)
{
    m_filterBar->setGroupFilter(group);
}

QSqlDatabase CollectionView::connection() const
{
    return m_database->connection();
}

int CollectionView::totalCount() const
{
    return m_model->totalCount();
}

std::optional<QStringList> CollectionView::filteredAccessions() const
{
    if (m_model->rowCount() == m_model->totalCount())
        return std::nullopt;
    return m_model->accessions();
}

QList<models::ExperimentListRow> CollectionView::rowsInTableOrder(const QStringList &accessions) const
{
    models::CollectionFilter filter;
    filter.accessions = accessions;
    QList<models::ExperimentListRow> rows = m_repository.list(filter).value_or({});
    std::sort(rows.begin(), rows.end(), [this](const models::ExperimentListRow &a, const models::ExperimentListRow &b) {
        return m_model->rowOf(a.experiment.accession) < m_model->rowOf(b.experiment.accession);
    });
    return rows;
}

QMimeData *CollectionView::mimeDataFor(const QStringList &accessions) const
{
    return createExperimentMimeData(rowsInTableOrder(accessions), m_temporaryDirectory);
}

QByteArray CollectionView::saveLayout() const
{
    QByteArray layout;
    QDataStream stream(&layout, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_table->horizontalHeader()->saveState() << m_table->hiddenColumnTitles();
    return layout;
}

void CollectionView::restoreLayout(const QByteArray &layout)
{
    QDataStream stream(layout);
    QByteArray splitter;
    QByteArray header;
    QStringList hidden;
    stream >> splitter >> header >> hidden;
    if (stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    m_table->hideColumnsTitled(hidden);
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
}

} // namespace encode::ui
