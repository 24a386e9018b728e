// summary: what the collection holds (spec section 7), counted in SQL, with the filters of `list`.
#include "app/cli/Commands.h"
#include "app/cli/TextTable.h"
#include "models/summary/CollectionSummary.h"
#include "models/summary/SummaryJson.h"

namespace encode::app::cli {
namespace {

// The column heading of each grouping in the text output.
QString headingOf(models::Grouping grouping)
{
    const QString key = models::groupingKey(grouping);
    QString heading = key.mid(QStringLiteral("by_").size()).toUpper();
    heading.replace(QLatin1Char('_'), QLatin1Char(' '));
    return heading;
}

void printSummary(QTextStream &out, const models::CollectionSummary &summary)
{
    out << summary.totalExperiments << " experiments, " << summary.totalPublications << " publications, "
        << summary.totalDerivedFiles << " derived files, " << summary.totalExternalReferences
        << " external references\n";
    for (const models::SummaryGrouping &grouping : summary.groupings) {
        QList<QStringList> rows;
        for (const models::SummaryCount &count : grouping.counts)
            rows.append({count.value, QString::number(count.count)});
        out << '\n';
        printTable(out, {headingOf(grouping.grouping), QStringLiteral("EXPERIMENTS")}, rows, 60);
    }
}

} // namespace

void configureSummary(QCommandLineParser &parser)
{
    // The same filters as `list`, so that a summary describes what `list` prints.
    addListFilterOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output: text or json."), QStringLiteral("FORMAT")});
}

QCoro::Task<int> runSummary(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> format =
        chosenFormat(context, parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format)
        co_return Usage;
    if (!parser.positionalArguments().isEmpty())
        co_return context.usageError(QStringLiteral("unexpected argument '%1': summary takes only options")
                                         .arg(parser.positionalArguments().first()));
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError);
    if (!database.ok())
        co_return context.fail(database.failure());
    const models::Result<models::CollectionSummary> summary =
        models::summarizeCollection(database.value()->connection(), listFilterFrom(parser));
    if (!summary.ok())
        co_return context.fail(summary.failure());
    if (*format == QLatin1String("json"))
        context.out << QString::fromUtf8(models::json::summaryJsonText(summary.value()));
    else
        printSummary(context.out, summary.value());
    co_return Success;
}

} // namespace encode::app::cli
