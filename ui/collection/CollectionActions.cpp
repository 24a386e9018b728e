// What the Collection view's actions do: notes, untrack, refresh from the Portal, copy, open, cite.
#include "ui/collection/CollectionView.h"

#include "app/citations/CitationCollector.h"
#include "ui/citations/CitationsDialog.h"
#include "ui/collection/CollectionTableView.h"
#include "ui/compare/CompareDialog.h"
#include "ui/collection/FilterBar.h"
#include "ui/common/UserPrompts.h"
#include "models/core/Clock.h"
#include "models/database/CollectionDatabase.h"
#include "ui/details/DetailsPane.h"
#include "ui/export/ExportDialog.h"
#include "models/itemmodels/CollectionTableModel.h"
#include "models/references/ReferenceStore.h"
#include "app/tracking/TrackingJob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QMimeData>
#include <QProgressDialog>
#include <QUrl>

namespace encode::ui {

void CollectionView::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the collection is shown
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_actions.editNotes = make(tr("Edit &Notes…"), QStringLiteral("notes"), QKeySequence(Qt::CTRL | Qt::Key_E),
                               &CollectionView::editNotes);
    m_actions.untrack = make(tr("&Untrack…"), QStringLiteral("untrack"), QKeySequence::Delete, &CollectionView::untrackSelected);
    m_actions.refreshFromPortal = make(tr("&Refresh from Portal"), QStringLiteral("refresh"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                       &CollectionView::refreshSelectedFromPortal);
    m_actions.copy = make(tr("&Copy Rows"), QStringLiteral("copy"), QKeySequence::Copy, &CollectionView::copySelected);
    m_actions.openOnPortal = make(tr("Open on the ENCODE &Portal"), QStringLiteral("search"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &CollectionView::openSelectedOnPortal);
    m_actions.showDetails = make(tr("Show &Details"), QStringLiteral("details"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                 [this] { m_details->setFocus(); });
    m_actions.findInCollection = make(tr("&Find in Collection"), QStringLiteral("search"), QKeySequence::Find,
                                      [this] { m_filterBar->focusText(); });
    m_actions.clearFilters = make(tr("C&lear Filters"), QStringLiteral("clear-filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                  [this] { m_filterBar->clear(); });
    m_actions.cite = make(tr("C&ite…"), QStringLiteral("cite"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                          &CollectionView::citeSelected);
    m_actions.copyCitation = make(tr("Copy Ci&tation"), QStringLiteral("copy"), QKeySequence(),
                                  &CollectionView::copySelectedCitations);
    m_actions.compare = make(tr("Com&pare…"), QStringLiteral("compare"), QKeySequence(Qt::CTRL | Qt::Key_K),
                             &CollectionView::compareSelected);
    m_actions.showProvenance = make(tr("Show &Derived Files"), QStringLiteral("provenance"), QKeySequence(Qt::CTRL | Qt::Key_P),
                                    [this] { Q_EMIT provenanceRequested(m_table->currentAccession()); });
    m_actions.logDerived = make(tr("&Log Derived File…"), QStringLiteral("provenance"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                [this] { Q_EMIT logDerivedRequested({}, m_table->selectedAccessions()); });
    connect(m_table, &CollectionTableView::filesDropped, this, [this](const QStringList &paths, const QString &accession) {
        Q_EMIT logDerivedRequested(paths, {accession});
    });
    for (QAction *action : {m_actions.editNotes, m_actions.untrack, m_actions.refreshFromPortal, m_actions.copy,
                            m_actions.copyCitation, m_actions.cite, m_actions.compare, m_actions.showProvenance,
                            m_actions.logDerived, m_actions.openOnPortal})
        m_table->addAction(action);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void CollectionView::editNotes()
{
    const QString accession = m_table->currentAccession();
    if (accession.isEmpty())
        return;
    bool accepted = false;
    const QString notes = m_prompts.editNotes(this, accession, m_repository.notes(accession).value_or({}), accepted);
    if (accepted)
        saveNotes(accession, notes);
}

void CollectionView::saveNotes(const QString &accession, const QString &notes)
{
    if (models::Status failed = m_repository.setNotes(accession, notes)) {
        m_prompts.warn(this, tr("Notes not saved"), failed->message);
        return;
    }
    reloadKeepingSelection();
    Q_EMIT statusMessage(tr("Notes saved for %1").arg(accession));
}

void CollectionView::untrackSelected()
{
    const QStringList accessions = m_table->selectedAccessions();
    if (accessions.isEmpty())
        return;
    const QString question =
        accessions.size() == 1
            ? tr("Remove %1 from the collection, with its notes, publications, pipelines and quality metrics?\n\n"
                 "Records of files derived from it are kept.")
                  .arg(accessions.first())
            : tr("Remove %1 experiments from the collection, with their notes, publications, pipelines and quality "
                 "metrics?\n\nRecords of files derived from them are kept.")
                  .arg(accessions.size());
    if (!m_prompts.confirm(this, tr("Untrack"), question, tr("Untrack")))
        return;
    QStringList failures;
    for (const QString &accession : accessions) {
        const models::Result<bool> removed = m_repository.untrack(accession);
        if (!removed.ok())
            failures.append(removed.failure().message);
    }
    reloadKeepingSelection();
    if (!failures.isEmpty())
        m_prompts.warn(this, tr("Some experiments were not untracked"), failures.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Untracked %1 of %2").arg(accessions.size() - failures.size()).arg(accessions.size()));
}

void CollectionView::refreshSelectedFromPortal()
{
    const QStringList accessions = m_table->selectedAccessions();
    if (accessions.isEmpty())
        return;
    auto *progress = new QProgressDialog(tr("Refreshing %1 experiment(s) from the ENCODE Portal…").arg(accessions.size()),
                                         tr("Cancel"), 0, static_cast<int>(accessions.size()), this);
    progress->setObjectName(QStringLiteral("refreshProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);

    app::TrackRequest request;
    request.accessions = accessions;
    app::TrackingJob *job = app::TrackingJob::start(m_database, m_client, request);
    connect(job, &app::TrackingJob::progressed, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &app::TrackingJob::cancel);
    connect(job, &app::TrackingJob::finished, this, [this, progress](const app::TrackingReport &report) {
        progress->close();
        reloadKeepingSelection();
        QStringList problems;
        for (const app::TrackOutcome &outcome : report.outcomes) {
            if (outcome.failure)
                problems.append(outcome.failure->message);
        }
        const int updated = report.count(models::SaveAction::Updated) + report.count(models::SaveAction::Tracked);
        Q_EMIT statusMessage(tr("Refreshed %1 experiment(s) from the Portal; %2 failed").arg(updated).arg(problems.size()));
        if (!problems.isEmpty())
            m_prompts.warn(this, tr("Some experiments were not refreshed"), problems.join(QLatin1Char('\n')));
    });
}

void CollectionView::copySelected()
{
    const QStringList accessions = m_table->selectedAccessions();
    if (!accessions.isEmpty())
        QApplication::clipboard()->setMimeData(mimeDataFor(accessions));
    Q_EMIT statusMessage(tr("Copied %1 row(s): paste into a spreadsheet or a text editor").arg(accessions.size()));
}

void CollectionView::openSelectedOnPortal()
{
    for (const models::ExperimentListRow &row : rowsInTableOrder(m_table->selectedAccessions())) {
        if (!row.experiment.url.isEmpty())
            Q_EMIT openUrlRequested(QUrl(row.experiment.url));
    }
}

void CollectionView::exportWithDialog()
{
    ExportDialog::Scope scope;
    scope.selected = m_table->selectedAccessions();
    scope.total = m_model->totalCount();
    if (m_model->rowCount() < scope.total)
        scope.shown = m_model->accessions();
    ExportDialog dialog(m_database->connection(), scope, m_prompts, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Exported %n experiment(s) to %1", nullptr, dialog.exportedCount())
                                 .arg(QDir::toNativeSeparators(dialog.path())));
}

void CollectionView::linkReference(const QString &accession, const QString &type, const QString &id,
                                   const QString &description)
{
    models::ReferenceStore references(m_database->connection());
    const auto linked = references.link(accession, type, id, description,
                                        models::nowInEpochSeconds());
    if (!linked.ok()) {
        m_prompts.warn(this, tr("Link Reference"), linked.failure().message);
        return;
    }
    reloadKeepingSelection();
    showCurrentDetails();
    Q_EMIT statusMessage(linked.value() == models::LinkAction::AlreadyLinked
                             ? tr("%1 %2 was already linked to %3").arg(type, id, accession)
                             : tr("Linked %1 %2 to %3").arg(type, id, accession));
}

void CollectionView::unlinkReference(const QString &accession, const QString &type, const QString &id)
{
    if (!m_prompts.confirm(this, tr("Unlink"), tr("Unlink %1 %2 from %3?").arg(type, id, accession), tr("Unlink")))
        return;
    models::ReferenceStore references(m_database->connection());
    if (const auto removed = references.unlink(accession, type, id); !removed.ok()) {
        m_prompts.warn(this, tr("Unlink Reference"), removed.failure().message);
        return;
    }
    reloadKeepingSelection();
    showCurrentDetails();
    Q_EMIT statusMessage(tr("Unlinked %1 %2 from %3").arg(type, id, accession));
}

void CollectionView::compareSelected()
{
    const QStringList accessions = m_table->selectedAccessions();
    if (accessions.size() < 2) {
        Q_EMIT statusMessage(tr("Select two or more experiments to compare"));
        return;
    }
    const models::Result<QList<models::ComparedExperiment>> loaded = models::loadComparedExperiments(m_repository, accessions);
    if (!loaded.ok()) {
        m_prompts.warn(this, tr("Compare"), loaded.failure().message);
        return;
    }
    auto *dialog = new CompareDialog(loaded.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CollectionView::citeSelected()
{
    auto *dialog = new CitationsDialog(m_repository, m_table->selectedAccessions(), m_prompts, CitationsDialog::zoteroUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CollectionView::copySelectedCitations()
{
    const QStringList accessions = m_table->selectedAccessions();
    if (accessions.isEmpty())
        return;
    const app::CitationFormat format = CitationsDialog::rememberedFormat();
    const models::Result<app::CitationSet> citations = app::collectCitations(m_repository, {accessions, false});
    if (!citations.ok()) {
        m_prompts.warn(this, tr("Copy Citation"), citations.failure().message);
        return;
    }
    if (citations.value().isEmpty()) {
        Q_EMIT statusMessage(tr("The selected experiments list no publications: use Cite… to cite them as datasets"));
        return;
    }
    QApplication::clipboard()->setText(app::formatCitations(citations.value(), format));
    Q_EMIT statusMessage(tr("Copied the citations of %n experiment(s); Zotero: File > Import from Clipboard", nullptr,
                            static_cast<int>(accessions.size())));
}

} // namespace encode::ui
