// One binary, two faces: with a command it is a command-line tool (no display needed); without one
// it is the desktop app.
#include "app/cli/CommandLine.h"
#include "ui/DesktopApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ENCODE Tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("encode-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCODE_TRACKER_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const encode::app::cli::DecodedArguments decoded = encode::app::cli::decodeArguments(argc, argv);
    if (!decoded.error.isEmpty()) {
        std::fprintf(stderr, "encode-tracker: %s\nNothing was done.\n", decoded.error.toUtf8().constData());
        return 2;
    }
    const QStringList &arguments = decoded.arguments;
    if (encode::app::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        // Start inside the event loop, so that a command finishing at once can still end it. Not
        // `qApp`: with <QApplication> included it is a QApplication*, and here there is only a
        // QCoreApplication (a bad downcast, which UBSan reports).
        QTimer::singleShot(0, &app, [arguments] {
            QCoro::connect(encode::app::cli::runCommandLine(arguments), QCoreApplication::instance(),
                           [](int status) { QCoreApplication::exit(status); });
        });
        return QCoreApplication::exec();
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("ENCODE Tracker"));
    const auto options = encode::app::cli::extractGlobalOptions(arguments);
    return encode::ui::runDesktopApp(options.databasePath, options.portalUrl);
}
