#pragma once

#include "app/cli/CliContext.h"
#include "models/collection/CollectionFilter.h"
#include "app/search/SearchQuery.h"

#include <QCommandLineParser>

#include <qcoro/qcorotask.h>

#include <optional>

namespace encode::app::cli {

// One sub-command: how it reads its options and what it does.
struct Command {
    QString name;
    QString synopsis;
    QString summary;
    void (*configure)(QCommandLineParser &parser);
    QCoro::Task<int> (*run)(CliContext &context, const QCommandLineParser &parser);
};

[[nodiscard]] const QList<Command> &commands();

// The value of --format if it is one of `allowed` (the first is the default); otherwise a usage error
// is printed and nullopt returned.
[[nodiscard]] std::optional<QString> chosenFormat(CliContext &context, const QCommandLineParser &parser,
                                                  const QStringList &allowed);

void configureTrack(QCommandLineParser &parser);
QCoro::Task<int> runTrack(CliContext &context, const QCommandLineParser &parser);
void configureUntrack(QCommandLineParser &parser);
QCoro::Task<int> runUntrack(CliContext &context, const QCommandLineParser &parser);
void configureList(QCommandLineParser &parser);
QCoro::Task<int> runList(CliContext &context, const QCommandLineParser &parser);
void configureShow(QCommandLineParser &parser);
QCoro::Task<int> runShow(CliContext &context, const QCommandLineParser &parser);
void configureNotes(QCommandLineParser &parser);
QCoro::Task<int> runNotes(CliContext &context, const QCommandLineParser &parser);
void configureSearch(QCommandLineParser &parser);
QCoro::Task<int> runSearch(CliContext &context, const QCommandLineParser &parser);
void configureFacets(QCommandLineParser &parser);
QCoro::Task<int> runFacets(CliContext &context, const QCommandLineParser &parser);
void configureCitations(QCommandLineParser &parser);
QCoro::Task<int> runCitations(CliContext &context, const QCommandLineParser &parser);
void configureCompare(QCommandLineParser &parser);
QCoro::Task<int> runCompare(CliContext &context, const QCommandLineParser &parser);
void configureSummary(QCommandLineParser &parser);
QCoro::Task<int> runSummary(CliContext &context, const QCommandLineParser &parser);
void configureExport(QCommandLineParser &parser);
QCoro::Task<int> runExport(CliContext &context, const QCommandLineParser &parser);
void configureLogDerived(QCommandLineParser &parser);
QCoro::Task<int> runLogDerived(CliContext &context, const QCommandLineParser &parser);
void configureProvenance(QCommandLineParser &parser);
QCoro::Task<int> runProvenance(CliContext &context, const QCommandLineParser &parser);
void configureLink(QCommandLineParser &parser);
QCoro::Task<int> runLink(CliContext &context, const QCommandLineParser &parser);
void configureUnlink(QCommandLineParser &parser);
QCoro::Task<int> runUnlink(CliContext &context, const QCommandLineParser &parser);
void configureRefs(QCommandLineParser &parser);
QCoro::Task<int> runRefs(CliContext &context, const QCommandLineParser &parser);

// --assay, --organism, --organ: the collection filters of list, export and summary (substrings, any
// case), and the filter they describe.
void addListFilterOptions(QCommandLineParser &parser);
[[nodiscard]] models::CollectionFilter listFilterFrom(const QCommandLineParser &parser);

// The filter options shared by search and facets (--assay, --organism, ... --released-to), and the
// query they describe (an InvalidInput failure naming what is accepted when one is malformed).
void addSearchFilterOptions(QCommandLineParser &parser);
[[nodiscard]] models::Result<SearchQuery> searchQueryFrom(const QCommandLineParser &parser);
// track --search-url URL / --cart URL-or-id: the accessions they name (empty when neither is given).
void addTrackImportOptions(QCommandLineParser &parser);
[[nodiscard]] QCoro::Task<models::Result<QStringList>> importedAccessions(CliContext &context,
                                                                          const QCommandLineParser &parser);

} // namespace encode::app::cli
