// One binary, two faces: with a command it is a command-line tool (no display needed); without one
// it is the desktop app.
#include "cli/CommandLine.h"
#include "DesktopApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ENCODE Tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("encode-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENCODE_TRACKER_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
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
