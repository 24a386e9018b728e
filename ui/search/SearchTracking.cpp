// The Search view's actions on results: tracking (with progress, Cancel and a report of what failed),
// the import dialog, the details of one result, opening and copying.
#include "ui/search/SearchView.h"

#include "ui/common/UserPrompts.h"
#include "models/database/CollectionDatabase.h"
#include "app/portal/PortalClient.h"
#include "ui/search/ImportDialog.h"
#include "app/search/ImportSource.h"
#include "ui/search/SearchHitDialog.h"
#include "ui/search/SearchResultsModel.h"
#include "app/tracking/TrackingJob.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace encode::ui {
namespace {

// The accessions a search URL or cart names. A free coroutine: it holds what it uses.
QCoro::Task<models::Result<app::ImportedAccessions>> importedAccessions(app::PortalClient &client, app::CancelToken run,
                                                                        app::ImportSource source)
{
    app::PortalSearch portal(client, {}, std::move(run));
    co_return co_await app::resolveImport(portal, std::move(source));
}

} // namespace

bool SearchView::readyToTrack()
{
    if (isTracking()) {
        Q_EMIT statusMessage(tr("Tracking is already running: wait for it, or cancel it"));
        return false;
    }
    if (!m_database)
        Q_EMIT collectionNeeded(); // the window opens the default collection, or says why it cannot
    if (!m_database)
        return false;
    // Said before anything is fetched: every experiment would fail to be stored.
    if (models::Status readOnly = m_database->checkWritable()) {
        m_prompts.warn(this, tr("Track"), readOnly->message);
        return false;
    }
    return true;
}

void SearchView::trackSelected()
{
    track(selectedAccessions(), m_batchNotes->text().trimmed());
}

void SearchView::track(const QStringList &accessions, const QString &notes)
{
    if (accessions.isEmpty())
        return;
    if (!readyToTrack())
        return;
    app::TrackRequest request;
    request.accessions = accessions;
    if (!notes.isEmpty()) {
        request.notes = notes;
        request.notesOnlyForNew = true; // a batch note never replaces what a user wrote before
    }
    m_job = app::TrackingJob::start(m_database, m_client, request);
    m_trackingLabel->setText(tr("Tracking %n experiment(s)…", nullptr, static_cast<int>(accessions.size())));
    m_trackingProgress->setRange(0, static_cast<int>(accessions.size()));
    m_trackingProgress->setValue(0);
    m_trackingBar->show();
    connect(m_job, &app::TrackingJob::progressed, this, &SearchView::showTrackingProgress);
    connect(m_job, &app::TrackingJob::finished, this,
            [this, notes](const app::TrackingReport &report) { finishTracking(report, notes); });
    updateActions();
}

void SearchView::showTrackingProgress(int done, int total)
{
    m_trackingProgress->setRange(0, total);
    m_trackingProgress->setValue(done);
    m_trackingLabel->setText(tr("Tracking: %1 of %2 stored").arg(done).arg(total));
    Q_EMIT collectionChanged(); // the Collection view shows each experiment as it arrives
}

void SearchView::finishTracking(const app::TrackingReport &report, const QString &notes)
{
    m_job = nullptr;
    m_trackingBar->hide();
    QStringList stored;
    QStringList problems;
    int cancelled = 0;
    for (const app::TrackOutcome &outcome : report.outcomes) {
        if (!outcome.failure)
            stored << outcome.requested << outcome.record.experiment.accession;
        else if (outcome.failure->kind == models::Failure::Kind::Cancelled)
            ++cancelled;
        else
            problems.append(outcome.failure->message);
    }
    m_model->markTracked(stored);
    m_batchNotes->clear();
    updateActions();
    Q_EMIT collectionChanged();
    const int added = report.count(models::SaveAction::Tracked);
    const int updated = report.count(models::SaveAction::Updated);
    QString summary = cancelled > 0 ? tr("Cancelled: %1 new, %2 updated, %3 not tracked").arg(added).arg(updated).arg(cancelled)
                                    : tr("Tracked %1 new, updated %2").arg(added).arg(updated);
    if (!problems.isEmpty())
        summary += tr(", %1 failed").arg(problems.size());
    if (!notes.isEmpty() && added > 0)
        summary += tr("; notes added to the new ones");
    Q_EMIT statusMessage(summary);
    if (!problems.isEmpty())
        m_prompts.warn(this, tr("Some experiments were not tracked"),
                       tr("%n experiment(s) could not be tracked; the others were stored.\n\n", nullptr,
                          static_cast<int>(problems.size())) +
                           problems.join(QLatin1Char('\n')));
}

void SearchView::openImportDialog()
{
    ImportDialog dialog(m_prompts, m_database ? m_database->path() : QString(), this);
    const QString clipboard = QApplication::clipboard()->text().trimmed();
    if (app::ImportSource::fromText(clipboard).ok()) // offer what was just copied
        dialog.setText(clipboard);
    if (dialog.exec() != QDialog::Accepted || !dialog.source())
        return;
    importFrom(*dialog.source(), dialog.notes());
}

void SearchView::importFrom(const app::ImportSource &source, const QString &notes)
{
    if (source.kind == app::ImportSource::Kind::Accessions) {
        track(source.accessions, notes);
        return;
    }
    if (!readyToTrack())
        return;
    m_importing = true;
    m_importRun = app::CancelToken();
    updateActions();
    m_trackingLabel->setText(source.kind == app::ImportSource::Kind::Cart ? tr("Reading the cart…")
                                                                          : tr("Reading the search's experiments…"));
    m_trackingProgress->setRange(0, 0);
    m_trackingBar->show();
    QCoro::connect(importedAccessions(m_client, m_importRun, source), this,
                   [this, notes](const models::Result<app::ImportedAccessions> &imported) {
                       m_importing = false;
                       m_trackingBar->hide();
                       updateActions();
                       if (!imported.ok() && imported.failure().kind == models::Failure::Kind::Cancelled) {
                           Q_EMIT statusMessage(tr("Cancelled: nothing was tracked"));
                           return;
                       }
                       if (!imported.ok()) {
                           m_prompts.warn(this, tr("Nothing was tracked"), imported.failure().message);
                           return;
                       }
                       const app::ImportedAccessions &found = imported.value();
                       if (found.accessions.isEmpty()) {
                           Q_EMIT statusMessage(tr("Nothing to track: no experiments there"));
                           return;
                       }
                       if (found.accessions.size() < found.total)
                           Q_EMIT statusMessage(tr("The search matched %1 experiments; tracking the first %2")
                                                    .arg(found.total)
                                                    .arg(found.accessions.size()));
                       track(found.accessions, notes);
                   });
}

void SearchView::showCurrentDetails()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const app::SearchHit &hit = m_model->hit(row);
    auto *dialog = new SearchHitDialog(hit, m_client.settings().baseUrl.resolved(QUrl(QStringLiteral("/experiments/%1/").arg(hit.accession))), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchHitDialog::trackRequested, this, [this](const QString &accession) { track({accession}); });
    connect(dialog, &SearchHitDialog::showInCollectionRequested, this, &SearchView::showInCollectionRequested);
    connect(dialog, &SearchHitDialog::openUrlRequested, this, &SearchView::openUrlRequested);
    dialog->show();
}

void SearchView::openSelectedOnPortal()
{
    for (const QString &accession : selectedAccessions())
        Q_EMIT openUrlRequested(m_client.settings().baseUrl.resolved(QUrl(QStringLiteral("/experiments/%1/").arg(accession))));
}

void SearchView::copySelectedAccessions()
{
    const QStringList accessions = selectedAccessions();
    QApplication::clipboard()->setText(accessions.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %n accession(s)", nullptr, static_cast<int>(accessions.size())));
}

} // namespace encode::ui
