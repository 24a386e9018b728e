#include "app/cli/Commands.h"

#include "app/cli/TextTable.h"
#include "models/collection/CollectionRepository.h"
#include "app/export/DelimitedText.h"
#include "app/portal/PortalClient.h"
#include "app/search/PortalSearch.h"

#include <QJsonDocument>

namespace encode::app::cli {
namespace {

// CLI option -> the query's list of values (every filter may repeat; the values are OR-ed).
struct FilterOption {
    const char16_t *name;
    const char16_t *description;
    QStringList SearchQuery::*values;
};

const QList<FilterOption> &filterOptions()
{
    static const QList<FilterOption> options{
        {u"assay", u"Assay title (repeat for several), e.g. 'TF ChIP-seq'.", &SearchQuery::assayTitle},
        {u"organism", u"Organism, e.g. 'Homo sapiens'.", &SearchQuery::organism},
        {u"organ", u"Organ, e.g. liver.", &SearchQuery::organ},
        {u"biosample-type", u"Biosample classification, e.g. tissue, 'cell line'.", &SearchQuery::biosampleType},
        {u"biosample", u"Biosample term name, e.g. K562.", &SearchQuery::biosampleTermName},
        {u"target", u"Target label, e.g. CTCF.", &SearchQuery::target},
        {u"lab", u"Lab title.", &SearchQuery::lab},
        {u"award", u"Project of the award, e.g. ENCODE, Roadmap.", &SearchQuery::award},
        {u"assembly", u"Genome assembly, e.g. GRCh38.", &SearchQuery::assembly},
        {u"replication-type", u"Replication type: isogenic, anisogenic, unreplicated.", &SearchQuery::replicationType},
        {u"life-stage", u"Life stage, e.g. adult.", &SearchQuery::lifeStage},
        {u"sex", u"Sex of the biosample donor, e.g. female.", &SearchQuery::sex},
        {u"treatment", u"Treatment term name.", &SearchQuery::treatment},
        {u"genetic-modification", u"Category of an applied genetic modification.", &SearchQuery::geneticModification},
        {u"status", u"Status (default: released).", &SearchQuery::status},
    };
    return options;
}

const QString textOption = QStringLiteral("text");
const QString fromOption = QStringLiteral("released-from");
const QString toOption = QStringLiteral("released-to");
const QString perturbedOption = QStringLiteral("perturbed");
const QString limitOption = QStringLiteral("limit");
const QString offsetOption = QStringLiteral("offset");
const QString searchUrlOption = QStringLiteral("search-url");
const QString cartOption = QStringLiteral("cart");
constexpr int importCap = 1000;

std::optional<int> number(const QCommandLineParser &parser, const QString &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The collection's tracked accessions; none when there is no collection yet.
models::Result<QSet<QString>> trackedAccessions(CliContext &context)
{
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError);
    if (!database.ok()) {
        if (database.failure().kind == models::Failure::Kind::NotFound)
            return QSet<QString>();
        return database.failure();
    }
    const models::CollectionRepository repository(database.value()->connection());
    const auto rows = repository.list({});
    if (!rows.ok())
        return rows.failure();
    QSet<QString> tracked;
    for (const models::ExperimentListRow &row : rows.value())
        tracked.insert(row.experiment.accession);
    return tracked;
}

QStringList cells(const SearchHit &hit, bool full)
{
    // The short table names the serious levels only; the wide one every level flagged.
    QStringList audit;
    for (const models::AuditLevel level : models::auditLevels()) {
        if ((full || models::isSeriousAuditLevel(level)) && !hit.auditCategories(level).isEmpty())
            audit.append(models::auditLevelName(level));
    }
    QStringList row{hit.tracked ? QStringLiteral("yes") : (full ? QStringLiteral("no") : QString()),
                    hit.accession, hit.assayTitle, hit.target, hit.biosampleSummary,
                    hit.organisms.join(QStringLiteral(", "))};
    if (full)
        row << hit.organs.join(QStringLiteral(", ")) << hit.biosampleType;
    row << hit.lab;
    if (full)
        row << hit.status;
    row << hit.dateReleased << audit.join(QStringLiteral(", "));
    return row;
}

} // namespace

void addSearchFilterOptions(QCommandLineParser &parser)
{
    for (const FilterOption &option : filterOptions())
        parser.addOption({QString::fromUtf16(option.name), QString::fromUtf16(option.description), QStringLiteral("S")});
    parser.addOptions({
        {textOption, QStringLiteral("Free text, as in the Portal's search box."), QStringLiteral("Q")},
        {fromOption, QStringLiteral("Released on or after DATE (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {toOption, QStringLiteral("Released on or before DATE (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {perturbedOption, QStringLiteral("Only perturbed (true) or unperturbed (false) experiments."),
         QStringLiteral("true|false")},
    });
}

models::Result<SearchQuery> searchQueryFrom(const QCommandLineParser &parser)
{
    SearchQuery query;
    for (const FilterOption &option : filterOptions()) {
        const QString name = QString::fromUtf16(option.name);
        if (!parser.isSet(name))
            continue;
        QStringList values;
        for (const QString &value : parser.values(name)) {
            if (value.trimmed().isEmpty())
                return models::invalidInput(QStringLiteral("--%1 needs a non-empty value").arg(name));
            values.append(value.trimmed());
        }
        query.*option.values = values;
    }
    query.searchTerm = parser.value(textOption);
    query.dateReleasedFrom = parser.value(fromOption);
    query.dateReleasedTo = parser.value(toOption);
    if (parser.isSet(perturbedOption)) {
        const QString value = parser.value(perturbedOption);
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return models::invalidInput(QStringLiteral("'%1' is not a value for --perturbed: expected true or false").arg(value));
        query.perturbed = value == QLatin1String("true");
    }
    if (models::Status invalid = query.validate())
        return *invalid;
    return query;
}

void configureSearch(QCommandLineParser &parser)
{
    addSearchFilterOptions(parser);
    parser.addOptions({
        {limitOption, QStringLiteral("At most N results (1 to 1000, default 25)."), QStringLiteral("N")},
        {offsetOption, QStringLiteral("Skip the first N results (default 0)."), QStringLiteral("N")},
        {QStringLiteral("format"), QStringLiteral("Output: table, json or tsv."), QStringLiteral("FORMAT")},
    });
}

QCoro::Task<int> runSearch(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("tsv")});
    if (!format)
        co_return Usage;
    if (!parser.positionalArguments().isEmpty())
        co_return context.usageError(QStringLiteral("search takes no arguments ('%1'): use --text for free text")
                                         .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    models::Result<SearchQuery> query = searchQueryFrom(parser);
    if (!query.ok())
        co_return context.usageError(query.failure().message);
    const std::optional<int> limit = number(parser, limitOption, 25);
    const std::optional<int> offset = number(parser, offsetOption, 0);
    if (!limit || !offset)
        co_return context.usageError(
            QStringLiteral("--limit and --offset need whole numbers: --limit from 1 to %1, --offset 0 or more")
                .arg(SearchQuery::maxLimit));
    SearchQuery search = query.value();
    search.limit = *limit;
    search.offset = *offset;
    if (models::Status invalid = search.validate())
        co_return context.usageError(invalid->message);

    const models::Result<PortalSettings> settings = context.portalSettings();
    if (!settings.ok())
        co_return context.fail(settings.failure());
    const models::Result<QSet<QString>> tracked = trackedAccessions(context);
    if (!tracked.ok())
        co_return context.fail(tracked.failure());

    PortalClient client(settings.value());
    const QSet<QString> trackedSet = tracked.value();
    PortalSearch portal(client, [&trackedSet](const QString &accession) { return trackedSet.contains(accession); });
    const models::Result<SearchPage> page = co_await portal.search(search);
    if (!page.ok())
        co_return context.fail(page.failure());

    const SearchPage &result = page.value();
    if (*format == QLatin1String("json")) {
        context.out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else if (*format == QLatin1String("tsv")) {
        DelimitedTextWriter writer(context.out, DelimitedTextWriter::Format::Tsv);
        writer.writeRow({QStringLiteral("tracked"), QStringLiteral("accession"), QStringLiteral("assay_title"),
                         QStringLiteral("target"), QStringLiteral("biosample_summary"), QStringLiteral("organism"),
                         QStringLiteral("organ"), QStringLiteral("biosample_type"), QStringLiteral("lab"),
                         QStringLiteral("status"), QStringLiteral("date_released"), QStringLiteral("audit")});
        for (const SearchHit &hit : result.experiments)
            writer.writeRow(cells(hit, true));
    } else {
        QList<QStringList> rows;
        for (const SearchHit &hit : result.experiments)
            rows.append(cells(hit, false));
        if (!rows.isEmpty())
            printTable(context.out,
                       {QStringLiteral("tracked"), QStringLiteral("accession"), QStringLiteral("assay"),
                        QStringLiteral("target"), QStringLiteral("biosample"), QStringLiteral("organism"),
                        QStringLiteral("lab"), QStringLiteral("released"), QStringLiteral("audit")},
                       rows);
        context.out << (result.total == 0 ? QStringLiteral("No experiments match.\n")
                                          : QStringLiteral("%1 to %2 of %3 experiments%4\n")
                                                .arg(result.experiments.isEmpty() ? result.offset : result.offset + 1)
                                                .arg(result.offset + result.experiments.size())
                                                .arg(result.total)
                                                .arg(result.hasMore()
                                                         ? QStringLiteral(" (more with --offset %1)")
                                                               .arg(result.offset + result.experiments.size())
                                                         : QString()));
    }
    co_return Success;
}

void addTrackImportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {searchUrlOption,
         QStringLiteral("Track the experiments of a search URL copied from the Portal's website (at most %1).")
             .arg(importCap),
         QStringLiteral("URL")},
        {cartOption, QStringLiteral("Track the experiments of a Portal cart (its URL or id)."),
         QStringLiteral("URL-or-id")},
    });
}

QCoro::Task<models::Result<QStringList>> importedAccessions(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(searchUrlOption) && !parser.isSet(cartOption))
        co_return QStringList();
    std::optional<SearchQuery> query;
    if (parser.isSet(searchUrlOption)) {
        const models::Result<SearchQuery> fromUrl =
            SearchQuery::fromPortalUrl(QUrl(parser.value(searchUrlOption)));
        if (!fromUrl.ok())
            co_return fromUrl.failure();
        query = fromUrl.value();
    }
    if (parser.isSet(cartOption)) {
        if (const models::Result<QString> path = PortalSearch::cartPath(parser.value(cartOption)); !path.ok())
            co_return path.failure();
    }
    const models::Result<PortalSettings> settings = context.portalSettings();
    if (!settings.ok())
        co_return settings.failure();

    PortalClient client(settings.value());
    PortalSearch portal(client);
    QStringList accessions;
    if (query) {
        const models::Result<SearchAccessions> found = co_await portal.allAccessions(*query, importCap);
        if (!found.ok())
            co_return found.failure();
        if (found.value().capped())
            context.err << "encode-tracker: the search matched " << found.value().total
                        << " experiments; only the first " << found.value().accessions.size()
                        << " are tracked (narrow the search to track the rest)\n";
        if (found.value().total == 0)
            context.err << "encode-tracker: the search URL matched no experiments\n";
        accessions += found.value().accessions;
    }
    if (parser.isSet(cartOption)) {
        const models::Result<QStringList> inCart = co_await portal.cartAccessions(parser.value(cartOption));
        if (!inCart.ok())
            co_return inCart.failure();
        if (inCart.value().isEmpty())
            context.err << "encode-tracker: the cart holds no experiments\n";
        for (const QString &accession : inCart.value()) {
            if (!accessions.contains(accession))
                accessions.append(accession);
        }
    }
    co_return accessions;
}

} // namespace encode::app::cli
