#include "ui/collection/CollectionOpening.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>
#include <optional>

namespace encode::ui {
namespace {

void show(QProgressDialog &dialog, const models::UpgradeProgress &progress)
{
    QString text = QObject::tr("Upgrading the collection for this version of ENCODE Tracker (schema %1 of %2): %3")
                       .arg(progress.version)
                       .arg(progress.lastVersion)
                       .arg(progress.summary);
    if (progress.waiting)
        text = QObject::tr("Waiting for another program that is writing to the collection…");
    dialog.setLabelText(text);
    // Progress is counted in rows for the steps that rewrite a table; the others show a busy bar.
    const int scale = progress.total > 0 ? 1000 : 0;
    dialog.setMaximum(scale);
    dialog.setValue(progress.total > 0 ? static_cast<int>(progress.done * scale / progress.total) : 0);
}

} // namespace

models::Result<OpenedCollection> openCollectionWithProgress(QWidget *parent, const QString &path)
{
    if (!models::CollectionDatabase::needsUpgrade(path)) {
        auto opened = models::CollectionDatabase::open(path);
        if (!opened.ok())
            return opened.failure();
        return OpenedCollection{opened.value(), opened.value()->notices()};
    }
    // Application-modal: nothing else of the app may start (another open, a track) meanwhile.
    QProgressDialog dialog(QObject::tr("Opening the collection…"), QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("upgradeProgress"));
    dialog.setWindowTitle(QObject::tr("Upgrading the Collection"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    std::optional<models::Failure> failure;
    QStringList notices;
    models::CollectionDatabase::OpenOptions options;
    options.upgradeObserver = [&dialog](const models::UpgradeProgress &progress) {
        QMetaObject::invokeMethod(&dialog, [&dialog, progress] { show(dialog, progress); }, Qt::QueuedConnection);
    };
    const std::unique_ptr<QThread> worker(QThread::create([&] {
        const auto opened = models::CollectionDatabase::open(path, options);
        if (opened.ok())
            notices = opened.value()->notices();
        else
            failure = opened.failure();
    })); // the worker's connection closes when `opened` goes, on the worker thread
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    dialog.close();
    if (failure)
        return *failure;

    auto opened = models::CollectionDatabase::open(path); // up to date now: nothing more to do
    if (!opened.ok())
        return opened.failure();
    return OpenedCollection{opened.value(), notices};
}

} // namespace encode::ui
