#include "ui/DesktopApp.h"

#include "ui/MainWindow.h"
#include "ui/common/UserPrompts.h"
#include "models/database/CollectionDatabase.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

namespace encode::ui {

int runDesktopApp(const QString &databasePath, const QString &portalUrl)
{
    // No platform file dialog, ever: one may run inside this process and read the collection's files
    // to show them (see common/FileDialogs.h); createFileDialog() asks for Qt's own dialog as well.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    MainWindow window(portalUrl, std::make_unique<UserPrompts>());
    const bool chosen = !databasePath.isEmpty() || !qEnvironmentVariable("ENCODE_TRACKER_DB").isEmpty();
    const QString path = databasePath.isEmpty() ? models::defaultCollectionPath() : databasePath;
    // The window first, then the collection: an upgrade of an older file shows its progress over the
    // window instead of over a blank screen.
    window.show();
    if (chosen || QFileInfo::exists(path))
        QTimer::singleShot(0, &window, [&window, path] { window.openCollection(path); });
    return QApplication::exec();
}

} // namespace encode::ui
