// citations: the publications behind tracked experiments (and the experiments as datasets) as
// json, BibTeX, RIS or CSL-JSON, on stdout or into a file.
#include "app/citations/CitationCollector.h"
#include "app/citations/CitationFormat.h"
#include "app/cli/Commands.h"
#include "app/export/OutputFile.h"
#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionFiles.h"
#include "models/experiment/Accession.h"

namespace encode::app::cli {

void configureCitations(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACCESSION"),
        QStringLiteral("Experiments whose publications to cite (default: every tracked one)."),
        QStringLiteral("[ACCESSION...]"));
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("Output: json, bibtex, ris or csl-json."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("datasets"),
         QStringLiteral("Also cite each experiment as a dataset (DOI 10.17989/<accession>).")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to FILE (replaced in one step) instead of standard output."),
         QStringLiteral("FILE")},
    });
}

QCoro::Task<int> runCitations(CliContext &context, const QCommandLineParser &parser)
{
    const std::optional<QString> formatName = chosenFormat(context, parser, citationFormatNames());
    if (!formatName)
        co_return Usage;
    const models::Result<QStringList> parsed = models::parseExperimentAccessions(parser.positionalArguments());
    if (!parsed.ok())
        co_return context.usageError(parsed.failure().message);
    QStringList accessions = parsed.value();
    accessions.removeDuplicates();
    const QString outputPath = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && outputPath.isEmpty())
        co_return context.usageError(QStringLiteral("-o needs a file name"));

    if (!outputPath.isEmpty()) {
        if (models::Status refused = models::checkOutputPath(outputPath, context.collectionPath()))
            co_return context.fail(*refused);
    }
    auto database = context.database(models::CollectionDatabase::Missing::IsAnError);
    if (!database.ok())
        co_return context.fail(database.failure());
    const models::CollectionRepository repository(database.value()->connection());
    const models::Result<CitationSet> citations =
        collectCitations(repository, {accessions, parser.isSet(QStringLiteral("datasets"))});
    if (!citations.ok())
        co_return context.fail(citations.failure());

    const QString text = formatCitations(citations.value(), *citationFormatNamed(*formatName));
    if (citations.value().isEmpty()) {
        context.err << "encode-tracker: no citations: the collection holds no publications for "
                    << (accessions.isEmpty() ? QStringLiteral("its experiments")
                                             : accessions.join(QLatin1String(", ")))
                    << " (--datasets cites the experiments themselves)\n";
        context.err.flush();
    }
    if (outputPath.isEmpty()) {
        context.out << text;
        co_return Success;
    }
    if (models::Status failed = writeOutputFile(outputPath, text.toUtf8(), database.value()->path()))
        co_return context.fail(*failed);
    co_return Success;
}

} // namespace encode::app::cli
