// log-derived and provenance: recording which files were made from which ENCODE data (spec section 9).
#include "app/cli/Commands.h"
#include "models/core/Clock.h"
#include "models/experiment/Accession.h"
#include "app/provenance/ProvenanceFormats.h"
#include "models/provenance/ProvenanceService.h"
#include "models/provenance/ProvenanceSource.h"

#include <QJsonDocument>

namespace encode::app::cli {
namespace {

const QString sourceOption = QStringLiteral("source");

// The service over the collection, or the exit status of why it could not be opened.
std::optional<models::ProvenanceService> openService(CliContext &context,
                                                     models::CollectionDatabase::Missing missing, int &status,
                                                     CliContext::Access access = CliContext::Access::Read)
{
    auto database = context.database(missing, access);
    if (!database.ok()) {
        status = context.fail(database.failure());
        return std::nullopt;
    }
    return models::ProvenanceService(database.value()->connection());
}

QString fingerprintSummary(const models::LoggedFile &file)
{
    if (!file.fingerprint)
        return QString();
    return QStringLiteral(", %1 bytes, sha256 %2")
        .arg(file.fingerprint->size)
        .arg(file.fingerprint->sha256.left(16));
}

int printCheck(CliContext &context, const QList<models::FileCheckResult> &results, const QString &format)
{
    bool problems = false;
    for (const models::FileCheckResult &result : results)
        problems = problems || models::needsAttention(result.verdict.state);
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(fileCheckJson(results)).toJson(QJsonDocument::Indented);
    else
        context.out << fileCheckText(results, true);
    return problems ? Failed : Success;
}

void printGraph(CliContext &context, const models::ProvenanceGraph &graph, const QString &format)
{
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(provenanceJson(graph)).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("prov-json"))
        context.out << QJsonDocument(provJson(graph)).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("dot"))
        context.out << provenanceDot(graph);
    else
        context.out << provenanceText(graph);
}

} // namespace

void configureLogDerived(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The file your pipeline wrote."));
    parser.addOptions({
        {sourceOption,
         QStringLiteral(
             "What it was made from: an experiment (ENCSR...) or file (ENCFF...) accession, or the path "
             "of a logged derived file. Repeat for several."),
         QStringLiteral("SRC")},
        {QStringLiteral("tool"), QStringLiteral("The tool that made it (with its version)."),
         QStringLiteral("T")},
        {QStringLiteral("parameters"), QStringLiteral("The tool's parameters."), QStringLiteral("P")},
        {QStringLiteral("description"), QStringLiteral("What the file is."), QStringLiteral("D")},
        {QStringLiteral("file-type"), QStringLiteral("Its format (bam, bed, bigWig...)."),
         QStringLiteral("T")},
        {QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")},
    });
}

QCoro::Task<int> runLogDerived(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        co_return Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        co_return context.usageError(
            positional.isEmpty()
                ? QStringLiteral("log-derived needs the PATH of the derived file")
                : QStringLiteral("unexpected argument '%1': log one PATH at a time").arg(positional.at(1)));
    if (!parser.isSet(sourceOption))
        co_return context.usageError(
            QStringLiteral("log-derived needs at least one --source (ENCSR..., ENCFF... or "
                           "the path of a logged derived file)"));
    int status = Success;
    std::optional<models::ProvenanceService> service =
        openService(context, models::CollectionDatabase::Missing::Create, status, CliContext::Access::Write);
    if (!service)
        co_return status;
    const models::DerivedFileEntry entry{positional.first(),
                                         parser.values(sourceOption),
                                         parser.value(QStringLiteral("tool")),
                                         parser.value(QStringLiteral("parameters")),
                                         parser.value(QStringLiteral("description")),
                                         parser.value(QStringLiteral("file-type"))};
    const models::Result<models::LogOutcome> logged = service->logDerivedFile(entry, models::nowInEpochSeconds());
    if (!logged.ok())
        co_return context.fail(logged.failure());
    const models::LoggedFile &file = logged.value().file;
    const QString action = logged.value().action == models::LogAction::Logged ? QStringLiteral("logged")
                                                                              : QStringLiteral("updated");
    if (!file.fingerprint) {
        context.err << "encode-tracker: note: " << file.path
                    << " is not a regular file (yet): logged without size and SHA-256\n";
    }
    if (*format == QLatin1String("json")) {
        QJsonObject object = loggedFileJson(file);
        object.insert(QStringLiteral("action"), action);
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out << action << ' ' << file.path << " (from " << file.sources.join(QLatin1String(", "))
                    << fingerprintSummary(file) << ")\n";
    }
    co_return Success;
}

void configureProvenance(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("A logged derived file: its whole chain."),
                                 QStringLiteral("[PATH]"));
    parser.addOptions({
        {sourceOption,
         QStringLiteral("Everything derived from this accession (ENCSR... or ENCFF...), at any depth."),
         QStringLiteral("ACCESSION")},
        {QStringLiteral("check"),
         QStringLiteral("List logged files that are missing or changed (exit status 1 if any).")},
        {QStringLiteral("rehash"),
         QStringLiteral(
             "Re-read every file's SHA-256, even when its size and modification time are unchanged.")},
        {QStringLiteral("format"),
         QStringLiteral("Output: text, json, dot or prov-json (--check: text or json)."),
         QStringLiteral("FORMAT")},
    });
}

QCoro::Task<int> runProvenance(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool check = parser.isSet(QStringLiteral("check"));
    const bool bySource = parser.isSet(sourceOption);
    if (positional.size() > 1)
        co_return context.usageError(
            QStringLiteral("unexpected argument '%1': give one PATH").arg(positional.at(1)));
    if (int(check) + int(bySource) + int(!positional.isEmpty()) > 1)
        co_return context.usageError(
            QStringLiteral("give a PATH, --source ACCESSION or --check, not several"));
    const QStringList formats = check ? QStringList{QStringLiteral("text"), QStringLiteral("json")}
                                      : QStringList{QStringLiteral("text"), QStringLiteral("json"),
                                                    QStringLiteral("dot"), QStringLiteral("prov-json")};
    const std::optional<QString> format = chosenFormat(context, parser, formats);
    if (!format)
        co_return Usage;
    QString sourceAccession;
    if (bySource) {
        const models::Result<QString> parsed = models::parseEncodeAccession(parser.value(sourceOption));
        if (!parsed.ok())
            co_return context.usageError(parsed.failure().message);
        sourceAccession = parsed.value();
    }
    int status = Success;
    std::optional<models::ProvenanceService> service =
        openService(context, models::CollectionDatabase::Missing::IsAnError, status);
    if (!service)
        co_return status;
    const models::Verification verification =
        parser.isSet(QStringLiteral("rehash")) ? models::Verification::Rehash : models::Verification::Quick;
    if (check) {
        const auto results = service->check(verification);
        if (!results.ok())
            co_return context.fail(results.failure());
        co_return printCheck(context, results.value(), *format);
    }
    const models::Result<models::ProvenanceGraph> graph =
        bySource ? service->descendantsOf(sourceAccession, verification)
                 : (positional.isEmpty() ? service->everything(verification)
                                         : service->provenanceOf(positional.first(), verification));
    if (!graph.ok())
        co_return context.fail(graph.failure());
    printGraph(context, graph.value(), *format);
    co_return Success;
}

} // namespace encode::app::cli
