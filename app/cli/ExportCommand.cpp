// export: the collection as CSV, TSV, JSON (on stdout or into a file) or XLSX (into a file), streamed
// from the database so any size of collection exports in constant memory.
#include "app/cli/Commands.h"
#include "models/database/CollectionFiles.h"
#include "app/export/CollectionExport.h"

namespace encode::app::cli {

void configureExport(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("Output: csv (the default), tsv, json or xlsx."),
         QStringLiteral("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to FILE (replaced in one step) instead of standard output; xlsx needs it."),
         QStringLiteral("FILE")},
        {QStringLiteral("excel"), QStringLiteral("csv/tsv: start with a UTF-8 byte order mark, so Excel reads UTF-8.")},
    });
    addListFilterOptions(parser);
}

QCoro::Task<int> runExport(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> formatName = chosenFormat(
        context, parser, {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json"), QStringLiteral("xlsx")});
    if (!formatName)
        co_return Usage;
    if (!parser.positionalArguments().isEmpty())
        co_return context.usageError(QStringLiteral("unexpected argument '%1': export takes options only")
                                         .arg(parser.positionalArguments().first()));
    ExportRequest request;
    request.format = *exportFormatNamed(*formatName);
    request.filter = listFilterFrom(parser);
    request.excelBom = parser.isSet(QStringLiteral("excel"));
    const QString outputPath = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && outputPath.isEmpty())
        co_return context.usageError(QStringLiteral("-o needs a file name"));
    if (request.format == ExportFormat::Xlsx && outputPath.isEmpty())
        co_return context.usageError(QStringLiteral("xlsx needs -o FILE (a workbook cannot go to standard output)"));
    if (request.excelBom && (request.format == ExportFormat::Json || request.format == ExportFormat::Xlsx))
        co_return context.usageError(QStringLiteral("--excel applies to csv and tsv only"));

    // Refused before the collection is opened (which may upgrade it): nothing is written.
    if (!outputPath.isEmpty()) {
        if (models::Status refused = models::checkOutputPath(outputPath, context.collectionPath()))
            co_return context.fail(*refused);
    }
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError);
    if (!database.ok())
        co_return context.fail(database.failure());
    const QSqlDatabase connection = database.value()->connection();
    if (!outputPath.isEmpty()) {
        if (models::Status failed = exportCollectionToFile(connection, request, outputPath))
            co_return context.fail(*failed);
        co_return Success;
    }
    // Straight to the device behind the output stream, after whatever the stream still buffers.
    context.out.flush();
    if (models::Status failed = exportCollection(connection, request, *context.out.device()))
        co_return context.fail(*failed);
    co_return Success;
}

} // namespace encode::app::cli
