#pragma once

#include "models/core/Result.h"
#include "models/database/CollectionDatabase.h"

#include <memory>

class QWidget;

namespace encode::ui {

// Opens a collection for the window. An older file (the original tool's, say) is first upgraded on a
// worker thread while the window keeps painting, under an application-modal progress dialog: a copy
// is kept and a 100,000-experiment file is rewritten, which takes seconds. The
// worker's connection is closed before the window's own opens on this thread (connections belong to
// the thread that opened them).
struct OpenedCollection {
    std::shared_ptr<models::CollectionDatabase> database;
    QStringList notices; // what the upgrade did, to tell the user once
};
[[nodiscard]] models::Result<OpenedCollection> openCollectionWithProgress(QWidget *parent, const QString &path);

} // namespace encode::ui
