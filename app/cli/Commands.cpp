#include "app/cli/Commands.h"

namespace encode::app::cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("track"),
         QStringLiteral("track ACCESSION... [--notes TEXT] [--no-publications] [--no-pipelines] "
                        "[--from-file FILE|-] [--search-url URL] [--cart URL-or-id] [--format text|json]"),
         QStringLiteral("Fetch experiments from the ENCODE Portal and add them to the collection (or refresh them)."),
         configureTrack, runTrack},
        {QStringLiteral("untrack"), QStringLiteral("untrack ACCESSION..."),
         QStringLiteral("Remove experiments from the collection (derived-file records are kept)."), configureUntrack,
         runUntrack},
        {QStringLiteral("list"), QStringLiteral("list [--assay S] [--organism S] [--organ S] [--format table|json|csv|tsv]"),
         QStringLiteral("List the tracked experiments, optionally filtered."), configureList, runList},
        {QStringLiteral("show"), QStringLiteral("show ACCESSION [--format text|json]"),
         QStringLiteral("Everything the collection holds about one experiment."), configureShow, runShow},
        {QStringLiteral("notes"), QStringLiteral("notes ACCESSION [TEXT]"),
         QStringLiteral("Print the notes of an experiment, or replace them with TEXT."), configureNotes, runNotes},
        {QStringLiteral("search"),
         QStringLiteral("search [--assay S]... [--organism S] [--organ S] [--biosample-type S] [--biosample S] "
                        "[--target S] [--lab S] [--assembly S] [--life-stage S] [--status S] [--text Q] "
                        "[--released-from DATE] [--released-to DATE] [--limit N] [--offset N] [--format table|json|tsv]"),
         QStringLiteral("Search the ENCODE Portal for experiments; each result says whether it is tracked."),
         configureSearch, runSearch},
        {QStringLiteral("facets"), QStringLiteral("facets [FIELD...] [the search filters] [--format table|json]"),
         QStringLiteral("Count the Portal's experiments per term of each FIELD (assay_title, organism, organ, ...)."),
         configureFacets, runFacets},
        {QStringLiteral("citations"),
         QStringLiteral("citations [ACCESSION...] [--format json|bibtex|ris|csl-json] [--datasets] [-o FILE]"),
         QStringLiteral("Cite the publications behind tracked experiments (all when none given), for Zotero and LaTeX."),
         configureCitations, runCitations},
        {QStringLiteral("compare"),
         QStringLiteral("compare ACCESSION ACCESSION [ACCESSION...] [--format text|json] [--fetch]"),
         QStringLiteral("Check whether tracked experiments can be analysed together (every pair, and the largest "
                        "fully compatible subset)."),
         configureCompare, runCompare},
        {QStringLiteral("summary"), QStringLiteral("summary [--assay S] [--organism S] [--organ S] [--format text|json]"),
         QStringLiteral("Count the collection's experiments by assay, target, organism, organ, biosample type, lab, "
                        "status and assembly."),
         configureSummary, runSummary},
        {QStringLiteral("export"),
         QStringLiteral("export [--format csv|tsv|json|xlsx] [-o FILE] [--assay S] [--organism S] [--organ S] [--excel]"),
         QStringLiteral("Export the collection for R, pandas or Excel (xlsx adds publications and provenance sheets)."),
         configureExport, runExport},
        {QStringLiteral("log-derived"),
         QStringLiteral("log-derived PATH --source SRC [--source SRC...] [--tool T] [--parameters P] [--description D] "
                        "[--file-type T] [--format text|json]"),
         QStringLiteral("Record a file made from ENCODE data (or from other logged files), with its size and SHA-256."),
         configureLogDerived, runLogDerived},
        {QStringLiteral("provenance"),
         QStringLiteral("provenance [PATH] [--source ACCESSION] [--check] [--rehash] [--format text|json|dot|prov-json]"),
         QStringLiteral("A derived file's whole chain back to ENCODE, everything derived from an accession, or "
                        "(--check) which logged files are missing or changed."),
         configureProvenance, runProvenance},
        {QStringLiteral("link"), QStringLiteral("link ACCESSION TYPE ID [--description D] [--format text|json]"),
         QStringLiteral("Link a tracked experiment to a PubMed id, DOI, GEO accession, trial, dbGaP study..."),
         configureLink, runLink},
        {QStringLiteral("unlink"), QStringLiteral("unlink ACCESSION TYPE ID"),
         QStringLiteral("Remove a reference link."), configureUnlink, runUnlink},
        {QStringLiteral("refs"), QStringLiteral("refs [ACCESSION] [--type TYPE] [--format table|json]"),
         QStringLiteral("List external references (all, or one experiment's), with their web addresses."),
         configureRefs, runRefs},
    };
    return all;
}

std::optional<QString> chosenFormat(CliContext &context, const QCommandLineParser &parser, const QStringList &allowed)
{
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : allowed.first();
    if (allowed.contains(format))
        return format;
    context.usageError(QStringLiteral("unknown format '%1': expected one of %2")
                           .arg(format, allowed.join(QLatin1String(", "))));
    return std::nullopt;
}

} // namespace encode::app::cli
