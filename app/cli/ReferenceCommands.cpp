// link, unlink and refs: external references of tracked experiments (spec section 10).
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "models/core/Clock.h"
#include "models/experiment/Accession.h"
#include "models/references/ReferenceStore.h"
#include "models/references/ReferenceTypes.h"
#include "models/references/ReferenceUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace encode::app::cli {
namespace {

const QString typeOption = QStringLiteral("type");

std::optional<models::ReferenceStore> openStore(CliContext &context, int &status,
                                                CliContext::Access access = CliContext::Access::Read)
{
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError, access);
    if (!database.ok()) {
        status = context.fail(database.failure());
        return std::nullopt;
    }
    return models::ReferenceStore(database.value()->connection());
}

// ACCESSION TYPE ID, checked before the collection is opened; the id comes back normalised.
std::optional<QStringList> linkArguments(CliContext &context, const QStringList &positional, int &status)
{
    if (positional.size() != 3) {
        status = context.usageError(
            positional.size() < 3
                ? QStringLiteral("expected ACCESSION TYPE ID, such as ENCSR000EDP pmid 22955616 (types: %1)")
                      .arg(models::referenceTypes().join(QLatin1String(", ")))
                : QStringLiteral("unexpected argument '%1': give ACCESSION TYPE ID (quote an id with spaces)")
                      .arg(positional.at(3)));
        return std::nullopt;
    }
    const models::Result<QString> accession = models::parseExperimentAccession(positional.at(0));
    if (!accession.ok()) {
        status = context.usageError(accession.failure().message);
        return std::nullopt;
    }
    if (models::Status invalid = models::checkReferenceType(positional.at(1))) {
        status = context.usageError(invalid->message);
        return std::nullopt;
    }
    return QStringList{accession.value(), positional.at(1), positional.at(2)};
}

QJsonObject referenceJson(const QString &accession, const models::ExternalReference &reference)
{
    const QUrl url = models::referenceUrl(reference.type, reference.id);
    return {
        {QStringLiteral("experiment_accession"), accession},
        {QStringLiteral("reference_type"), reference.type},
        {QStringLiteral("reference_id"), reference.id},
        {QStringLiteral("description"), reference.description},
        {QStringLiteral("linked_at"), reference.linkedAt},
        {QStringLiteral("url"), url.isValid() && !url.isEmpty() ? QJsonValue(url.toString()) : QJsonValue()}};
}

} // namespace

void configureLink(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("A tracked experiment."));
    parser.addPositionalArgument(QStringLiteral("TYPE"), models::referenceTypes().join(QLatin1String(", ")));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The reference, such as 22955616 for a pmid."));
    parser.addOptions({
        {QStringLiteral("description"), QStringLiteral("What the reference is."), QStringLiteral("D")},
        {QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")},
    });
}

QCoro::Task<int> runLink(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    int status = Usage;
    const std::optional<QStringList> arguments = linkArguments(context, parser.positionalArguments(), status);
    if (!format || !arguments)
        co_return status;
    const models::Result<QString> id = models::normalisedReferenceId(arguments->at(1), arguments->at(2));
    if (!id.ok())
        co_return context.fail(id.failure());
    std::optional<models::ReferenceStore> store = openStore(context, status, CliContext::Access::Write);
    if (!store)
        co_return status;
    const double now = models::nowInEpochSeconds();
    const models::Result<models::LinkAction> linked = store->link(
        arguments->at(0), arguments->at(1), id.value(), parser.value(QStringLiteral("description")), now);
    if (!linked.ok())
        co_return context.fail(linked.failure());
    const QString action = models::linkActionName(linked.value());
    if (*format == QLatin1String("json")) {
        // The original tool's shape: {action, experiment_accession, reference_type, reference_id}.
        const QJsonObject result{{QStringLiteral("action"), action},
                                 {QStringLiteral("experiment_accession"), arguments->at(0)},
                                 {QStringLiteral("reference_type"), arguments->at(1)},
                                 {QStringLiteral("reference_id"), id.value()}};
        context.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        context.out << (linked.value() == models::LinkAction::Linked ? "linked " : "already linked: ")
                    << arguments->at(0) << ' ' << arguments->at(1) << ' ' << id.value() << '\n';
    }
    co_return Success;
}

void configureUnlink(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"), QStringLiteral("The experiment."));
    parser.addPositionalArgument(QStringLiteral("TYPE"), models::referenceTypes().join(QLatin1String(", ")));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The linked reference."));
}

QCoro::Task<int> runUnlink(CliContext &context, const QCommandLineParser &parser)
{
    int status = Usage;
    const std::optional<QStringList> arguments = linkArguments(context, parser.positionalArguments(), status);
    if (!arguments)
        co_return status;
    std::optional<models::ReferenceStore> store = openStore(context, status, CliContext::Access::Write);
    if (!store)
        co_return status;
    const models::Result<bool> removed = store->unlink(arguments->at(0), arguments->at(1), arguments->at(2));
    if (!removed.ok())
        co_return context.fail(removed.failure());
    if (!removed.value())
        co_return context.fail({models::Failure::Kind::NotFound,
                                QStringLiteral("%1 has no %2 reference '%3'")
                                    .arg(arguments->at(0), arguments->at(1), arguments->at(2))});
    context.out << "unlinked " << arguments->join(QLatin1Char(' ')) << '\n';
    co_return Success;
}

void configureRefs(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCESSION"),
                                 QStringLiteral("Only this experiment's references."),
                                 QStringLiteral("[ACCESSION]"));
    parser.addOptions({
        {typeOption, QStringLiteral("Only references of this type."), QStringLiteral("TYPE")},
        {QStringLiteral("format"), QStringLiteral("Output: table or json."), QStringLiteral("FORMAT")},
    });
}

QCoro::Task<int> runRefs(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("table"), QStringLiteral("json")});
    if (!format)
        co_return Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        co_return context.usageError(
            QStringLiteral("unexpected argument '%1': give at most one accession").arg(positional.at(1)));
    QString accession;
    if (!positional.isEmpty()) {
        const models::Result<QString> parsed = models::parseExperimentAccession(positional.first());
        if (!parsed.ok())
            co_return context.usageError(parsed.failure().message);
        accession = parsed.value();
    }
    const QString type = parser.value(typeOption);
    if (parser.isSet(typeOption)) {
        if (models::Status invalid = models::checkReferenceType(type))
            co_return context.usageError(invalid->message);
    }
    int status = Success;
    std::optional<models::ReferenceStore> store = openStore(context, status);
    if (!store)
        co_return status;
    const models::Result<QList<models::LinkedReference>> rows = store->list(accession, type);
    if (!rows.ok())
        co_return context.fail(rows.failure());
    if (*format == QLatin1String("json")) {
        QJsonArray references;
        for (const models::LinkedReference &row : rows.value())
            references.append(referenceJson(row.experimentAccession, row.reference));
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("references"), references},
                                                 {QStringLiteral("count"), references.size()}})
                           .toJson(QJsonDocument::Indented);
        co_return Success;
    }
    QList<QStringList> table;
    for (const models::LinkedReference &row : rows.value()) {
        const QUrl url = models::referenceUrl(row.reference.type, row.reference.id);
        table.append({row.experimentAccession, row.reference.type, row.reference.id,
                      url.isValid() ? url.toString() : QString(), row.reference.description});
    }
    printTable(context.out,
               {QStringLiteral("accession"), QStringLiteral("type"), QStringLiteral("id"),
                QStringLiteral("url"), QStringLiteral("description")},
               table, 80);
    co_return Success;
}

} // namespace encode::app::cli
