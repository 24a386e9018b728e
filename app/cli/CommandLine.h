#pragma once

#include <QStringList>

#include <qcoro/qcorotask.h>

namespace encode::app::cli {

// argv as text. An argument whose bytes are not valid UTF-8 (a file name from another system, say)
// cannot be taken without changing it, so `error` names it and nothing runs (exit status 2).
struct DecodedArguments {
    QStringList arguments;
    QString error;
};
[[nodiscard]] DecodedArguments decodeArguments(int argc, const char *const *argv);

// True when the arguments name a command (or ask for --help / --version): then the app runs as a
// command-line tool without a display. Otherwise the desktop app starts.
[[nodiscard]] bool wantsCommandLine(const QStringList &arguments);

// Runs the command named in `arguments` (argv, program name first) and yields its exit status.
[[nodiscard]] QCoro::Task<int> runCommandLine(QStringList arguments);

// --db / --portal-url given anywhere on the command line, for the desktop app as well.
struct GlobalOptions {
    QString databasePath;
    QString portalUrl;
    QStringList remaining; // everything else, in order
    QString error;         // set when a global option lacks its value
};
[[nodiscard]] GlobalOptions extractGlobalOptions(const QStringList &arguments);

} // namespace encode::app::cli
