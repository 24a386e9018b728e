#include "app/cli/Commands.h"

#include "app/cli/TextTable.h"
#include "app/portal/PortalClient.h"
#include "app/search/PortalSearch.h"

#include <QJsonDocument>

namespace encode::app::cli {

void configureFacets(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FIELD"),
                                 QStringLiteral("Facet fields (assay_title, organism, organ, biosample_type, target, "
                                                "lab, assembly, life_stage, status, ...); all of them when none."),
                                 QStringLiteral("[FIELD...]"));
    addSearchFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output: table or json."), QStringLiteral("FORMAT")});
}

QCoro::Task<int> runFacets(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format = chosenFormat(context, parser, {QStringLiteral("table"), QStringLiteral("json")});
    if (!format)
        co_return Usage;
    const QStringList fields = parser.positionalArguments();
    if (models::Status unknown = checkFieldNames(fields))
        co_return context.usageError(unknown->message);
    const models::Result<SearchQuery> query = searchQueryFrom(parser);
    if (!query.ok())
        co_return context.usageError(query.failure().message);
    const models::Result<PortalSettings> settings = context.portalSettings();
    if (!settings.ok())
        co_return context.fail(settings.failure());

    PortalClient client(settings.value());
    PortalSearch portal(client);
    const models::Result<FacetCounts> counts = co_await portal.facets(fields, query.value());
    if (!counts.ok())
        co_return context.fail(counts.failure());

    if (*format == QLatin1String("json")) {
        context.out << QJsonDocument(counts.value().toJson()).toJson(QJsonDocument::Indented);
        co_return Success;
    }
    QList<QStringList> rows;
    for (const auto &[field, terms] : counts.value().facets) {
        for (const FacetTerm &term : terms)
            rows.append({field, term.term, QString::number(term.count)});
        if (terms.isEmpty())
            rows.append({field, QStringLiteral("(no terms)"), QString()});
    }
    if (!rows.isEmpty())
        printTable(context.out, {QStringLiteral("field"), QStringLiteral("term"), QStringLiteral("count")}, rows);
    context.out << counts.value().total << " experiments match\n";
    co_return Success;
}

} // namespace encode::app::cli
