#pragma once

#include <QString>

namespace encode::ui {

// Runs the desktop app on QApplication's event loop. The collection opened first: `databasePath`
// (--db) or ENCODE_TRACKER_DB when given (created if missing), else the default collection when it
// exists, else a welcome page that offers to open, create, or explore the demo collection.
int runDesktopApp(const QString &databasePath, const QString &portalUrl);

} // namespace encode::ui
