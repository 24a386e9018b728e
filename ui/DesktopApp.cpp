#include "DesktopApp.h"

#include "MainWindow.h"
#include "common/UserPrompts.h"
#include "database/CollectionDatabase.h"

#include <QApplication>
#include <QFileInfo>

namespace encode::ui {

int runDesktopApp(const QString &databasePath, const QString &portalUrl)
{
    MainWindow window(portalUrl, std::make_unique<UserPrompts>());
    const bool chosen = !databasePath.isEmpty() || !qEnvironmentVariable("ENCODE_TRACKER_DB").isEmpty();
    const QString path = databasePath.isEmpty() ? models::defaultCollectionPath() : databasePath;
    if (chosen || QFileInfo::exists(path))
        window.openCollection(path);
    window.show();
    return QApplication::exec();
}

} // namespace encode::ui
