#include "app/cli/CommandLine.h"

#include "app/cli/Commands.h"
#include "models/database/CollectionFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>

#include <cstdio>

namespace encode::app::cli {
namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString overallHelp()
{
    QString help = QStringLiteral(
        "Usage: encode-tracker [--db PATH] [--portal-url URL] COMMAND [OPTIONS]\n"
        "       encode-tracker            (no command: start the desktop app)\n\n"
        "Keep a collection of ENCODE experiments: track them from the Portal, take notes, list them.\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        help += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    help += QStringLiteral(
        "\nGlobal options (before or after the command):\n"
        "  --db PATH          the collection file (default: $ENCODE_TRACKER_DB or ~/.encode_connector/tracker.db)\n"
        "  --portal-url URL   the ENCODE Portal (default: $ENCODE_PORTAL_URL or https://www.encodeproject.org)\n"
        "  -h, --help         this help; 'encode-tracker COMMAND --help' for one command\n"
        "  -v, --version      the version\n\n"
        "Environment:\n"
        "  ENCODE_TRACKER_DB, ENCODE_PORTAL_URL   defaults for --db and --portal-url\n"
        "  ENCODE_PORTAL_TIMEOUT=SECONDS          the longest one try of a Portal request may take, its answer\n"
        "                                         included (default 60; a silent Portal is given up on after\n"
        "                                         30 s, or SECONDS when shorter)\n"
        "  ENCODE_PORTAL_DEADLINE=SECONDS         the longest one Portal request may take with its retries\n"
        "                                         (default 120, or twice ENCODE_PORTAL_TIMEOUT when longer)\n\n"
        "Exit status: 0 success, 1 failure, 2 bad usage or invalid input (nothing contacted or written).\n");
    return help;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

} // namespace

DecodedArguments decodeArguments(int argc, const char *const *argv)
{
    DecodedArguments decoded;
    for (int i = 0; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString argument = utf8(QByteArray(argv[i]));
        if (utf8.hasError() && decoded.error.isEmpty())
            decoded.error = QStringLiteral("argument %1 is not valid UTF-8 text ('%2', where each '%3' stands for a "
                                           "byte that is not); a file name like that cannot be stored without "
                                           "changing it: rename the file")
                                .arg(i)
                                .arg(argument, QString(QChar::ReplacementCharacter));
        decoded.arguments.append(argument);
    }
    return decoded;
}

GlobalOptions extractGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) { // the rest is text (notes, say), never an option
            options.remaining += arguments.mid(i);
            break;
        }
        QString *target = nullptr;
        QString name;
        for (const auto &[option, field] : {std::pair{QStringLiteral("--db"), &options.databasePath},
                                            std::pair{QStringLiteral("--portal-url"), &options.portalUrl}}) {
            if (argument == option || argument.startsWith(option + QLatin1Char('='))) {
                target = field;
                name = option;
            }
        }
        if (!target) {
            options.remaining.append(argument);
            continue;
        }
        if (argument.size() > name.size()) {
            *target = argument.mid(name.size() + 1);
        } else if (i + 1 < arguments.size()) {
            *target = arguments.at(++i);
        } else {
            options.error = QStringLiteral("%1 needs a value").arg(name);
        }
        if (target->isEmpty() && options.error.isEmpty())
            options.error = QStringLiteral("%1 needs a non-empty value").arg(name);
    }
    return options;
}

bool wantsCommandLine(const QStringList &arguments)
{
    const GlobalOptions options = extractGlobalOptions(arguments);
    return !options.remaining.isEmpty() || !options.error.isEmpty();
}

QCoro::Task<int> runCommandLine(QStringList arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const GlobalOptions global = extractGlobalOptions(arguments);
    CliContext context(global.databasePath, global.portalUrl, out, err);
    if (!global.error.isEmpty())
        co_return context.usageError(global.error);

    const QString first = global.remaining.value(0);
    if (isHelp(first)) {
        out << overallHelp();
        co_return Success;
    }
    if (isVersion(first)) {
        out << "encode-tracker " << ENCODE_TRACKER_VERSION << '\n';
        co_return Success;
    }
    const Command *command = findCommand(first);
    if (!command) {
        co_return context.usageError(first.startsWith(QLatin1Char('-'))
                                         ? QStringLiteral("unknown option '%1' (a command must come first)").arg(first)
                                         : QStringLiteral("unknown command '%1': expected one of track, untrack, list, "
                                                          "show, notes, search, facets, citations, export, compare, "
                                                          "summary, log-derived, provenance, link, unlink, refs")
                                               .arg(first));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    command->configure(parser);
    QStringList commandArguments = global.remaining;
    commandArguments.first() = QStringLiteral("encode-tracker ") + command->name;
    if (!parser.parse(commandArguments))
        co_return context.usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << "Usage: encode-tracker " << command->synopsis << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 2);
        co_return Success;
    }
    // "export >> tracker.db" would write rows into the collection itself.
    if (models::isCollectionFile(QStringLiteral("/dev/stdout"), context.collectionPath()))
        co_return context.usageError(QStringLiteral("standard output is the collection %1 (or a file SQLite keeps "
                                                    "beside it): writing there would destroy it; send the output "
                                                    "elsewhere")
                                         .arg(QDir::toNativeSeparators(context.collectionPath())));
    const int status = co_await command->run(context, parser);
    out.flush();
    err.flush();
    co_return status;
}

} // namespace encode::app::cli
