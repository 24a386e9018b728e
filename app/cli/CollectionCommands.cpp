// untrack, list, show and notes: the commands that work on the collection alone.
#include "app/cli/Commands.h"

#include "app/cli/ExperimentText.h"
#include "app/cli/TextTable.h"
#include "models/collection/CollectionRepository.h"
#include "models/collection/RecordJson.h"
#include "models/experiment/Accession.h"
#include "app/export/CollectionExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::app::cli {
namespace {

// Opens an existing collection, or prints why not; the failure's exit status is in `status`.
std::optional<models::CollectionRepository> openRepository(CliContext &context, int &status,
                                                          CliContext::Access access = CliContext::Access::Read)
{
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError, access);
    if (!database.ok()) {
        status = context.fail(database.failure());
        return std::nullopt;
    }
    return models::CollectionRepository(database.value()->connection());
}

// The single accession argument of show / notes (with at most `extra` more arguments), checked before
// anything is opened.
std::optional<QString> oneAccession(CliContext &context, const QStringList &positional, int extra, int &status)
{
    if (positional.isEmpty()) {
        status = context.usageError(QStringLiteral("an experiment accession is needed, such as ENCSR000EDP"));
        return std::nullopt;
    }
    if (positional.size() > 1 + extra) {
        status = context.usageError(QStringLiteral("unexpected argument '%1': give one accession%2")
                                        .arg(positional.at(1 + extra),
                                             extra ? QStringLiteral(" and one TEXT (quote it)") : QString()));
        return std::nullopt;
    }
    const models::Result<QString> accession = models::parseExperimentAccession(positional.first());
    if (!accession.ok()) {
        status = context.usageError(accession.failure().message);
        return std::nullopt;
    }
    return accession.value();
}


} // namespace

void configureUntrack(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("Experiments to remove."),
                                 QStringLiteral("ACCESSION..."));
}

QCoro::Task<int> runUntrack(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        co_return context.usageError(QStringLiteral("untrack needs at least one accession"));
    const models::Result<QStringList> parsed = models::parseExperimentAccessions(parser.positionalArguments());
    if (!parsed.ok())
        co_return context.usageError(parsed.failure().message + QStringLiteral("\nNothing was untracked."));
    QStringList accessions = parsed.value();
    accessions.removeDuplicates();
    int status = Success;
    std::optional<models::CollectionRepository> repository = openRepository(context, status, CliContext::Access::Write);
    if (!repository)
        co_return status;
    for (const QString &accession : accessions) {
        const models::Result<bool> removed = repository->untrack(accession);
        if (!removed.ok())
            status = context.fail(removed.failure());
        else if (!removed.value())
            status = context.fail({models::Failure::Kind::NotFound, accession + QStringLiteral(" is not in the collection")});
        else
            context.out << "untracked " << accession << '\n';
    }
    co_return status;
}

void configureList(QCommandLineParser &parser)
{
    addListFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output: table, json, csv or tsv."), QStringLiteral("FORMAT")});
}

QCoro::Task<int> runList(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format = chosenFormat(
        context, parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("tsv")});
    if (!format)
        co_return Usage;
    int status = Success;
    std::optional<models::CollectionRepository> repository = openRepository(context, status);
    if (!repository)
        co_return status;
    const models::CollectionFilter filter = listFilterFrom(parser);
    if (*format == QLatin1String("csv") || *format == QLatin1String("tsv")) {
        // The export's CSV/TSV (streamed, never materialised), so list and export cannot drift apart.
        auto database = context.database(models::CollectionDatabase::Missing::IsAnError); // already open
        if (!database.ok())
            co_return context.fail(database.failure());
        context.out.flush();
        if (models::Status failed = exportCollection(database.value()->connection(),
                                                     {*exportFormatNamed(*format), filter, false},
                                                     *context.out.device()))
            co_return context.fail(*failed);
        co_return Success;
    }
    const models::Result<QList<models::ExperimentListRow>> rows = repository->list(filter);
    if (!rows.ok())
        co_return context.fail(rows.failure());

    if (*format == QLatin1String("json")) {
        QJsonArray experiments;
        for (const models::ExperimentListRow &row : rows.value())
            experiments.append(models::json::fromListRow(row));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("experiments"), experiments},
                                                 {QStringLiteral("count"), experiments.size()}})
                           .toJson(QJsonDocument::Indented);
    } else {
        printExperimentTable(context.out, rows.value());
    }
    co_return Success;
}

void configureShow(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("The experiment."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")});
}

QCoro::Task<int> runShow(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format = chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    int status = Usage;
    const std::optional<QString> accession = oneAccession(context, parser.positionalArguments(), 0, status);
    if (!format || !accession)
        co_return status;
    std::optional<models::CollectionRepository> repository = openRepository(context, status);
    if (!repository)
        co_return status;
    const auto details = repository->details(*accession);
    if (!details.ok())
        co_return context.fail(details.failure());
    if (!details.value())
        co_return context.fail({models::Failure::Kind::NotFound, *accession + QStringLiteral(" is not in the collection")});
    if (*format == QLatin1String("json"))
        context.out << QJsonDocument(models::json::fromDetails(*details.value())).toJson(QJsonDocument::Indented);
    else
        printExperimentDetails(context.out, *details.value());
    co_return Success;
}

void configureNotes(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("The experiment."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("New notes (replace the old ones)."),
                                 QStringLiteral("[TEXT]"));
}

QCoro::Task<int> runNotes(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    int status = Usage;
    const std::optional<QString> accession = oneAccession(context, positional, 1, status);
    if (!accession)
        co_return status;
    std::optional<models::CollectionRepository> repository = openRepository(
        context, status, positional.size() == 2 ? CliContext::Access::Write : CliContext::Access::Read);
    if (!repository)
        co_return status;
    if (positional.size() == 2) {
        if (models::Status failed = repository->setNotes(*accession, positional.at(1)))
            co_return context.fail(*failed);
        context.out << "notes saved for " << *accession << '\n';
        co_return Success;
    }
    const models::Result<QString> notes = repository->notes(*accession);
    if (!notes.ok())
        co_return context.fail(notes.failure());
    context.out << notes.value();
    if (!notes.value().isEmpty() && !notes.value().endsWith(QLatin1Char('\n')))
        context.out << '\n';
    co_return Success;
}

void addListFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("assay"), QStringLiteral("Only assays whose title contains S (any case)."), QStringLiteral("S")},
        {QStringLiteral("organism"), QStringLiteral("Only organisms containing S."), QStringLiteral("S")},
        {QStringLiteral("organ"), QStringLiteral("Only organs containing S."), QStringLiteral("S")},
    });
}

models::CollectionFilter listFilterFrom(const QCommandLineParser &parser)
{
    models::CollectionFilter filter;
    filter.assay = parser.value(QStringLiteral("assay"));
    filter.organism = parser.value(QStringLiteral("organism"));
    filter.organ = parser.value(QStringLiteral("organ"));
    return filter;
}

} // namespace encode::app::cli
