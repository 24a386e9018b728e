#pragma once

#include "models/core/Result.h"
#include "models/provenance/DerivedFileStore.h"
#include "models/provenance/FileCheck.h"
#include "models/provenance/ProvenanceGraph.h"

#include <QSqlDatabase>

namespace encode::models {

// What a pipeline says about one file it wrote (spec section 9).
struct DerivedFileEntry {
    QString path;        // made absolute and clean before it is stored
    QStringList sources; // experiment / file accessions, or paths of logged derived files
    QString tool;
    QString parameters;
    QString description;
    QString fileType;
};

enum class LogAction { Logged, Updated };

struct LogOutcome {
    LogAction action = LogAction::Logged;
    LoggedFile file; // as stored
};

struct FileCheckResult {
    LoggedFile file;
    FileVerdict verdict;
};

// The rules of provenance: logging derived files, and walking their chains both ways. Untracking an
// experiment never touches derived_files, so every chain survives it (its sources show as untracked).
class ProvenanceService final {
public:
    explicit ProvenanceService(QSqlDatabase database);

    // Records (or, for a path logged before, updates) a derived file. Sources are checked first and a
    // source that would make the file its own ancestor is refused, naming the cycle; nothing is
    // written then. Size and SHA-256 are recorded when the file exists.
    [[nodiscard]] Result<LogOutcome> logDerivedFile(const DerivedFileEntry &entry, double now);

    // The whole chain of a logged file back to ENCODE. NotFound when the path was never logged.
    [[nodiscard]] Result<ProvenanceGraph> provenanceOf(const QString &path,
                                                       Verification verification = Verification::Quick) const;
    // Everything derived from an accession, at any depth (the accession is the root).
    [[nodiscard]] Result<ProvenanceGraph>
    descendantsOf(const QString &accession, Verification verification = Verification::Quick) const;
    // Every logged file with its chain: the collection's whole provenance.
    [[nodiscard]] Result<ProvenanceGraph> everything(Verification verification = Verification::Quick) const;

    // Every logged file and whether it is still there and unchanged, in logging order.
    [[nodiscard]] Result<QList<FileCheckResult>> check(Verification verification = Verification::Quick) const;

private:
    [[nodiscard]] Result<QStringList> resolveSources(const QStringList &sources) const;
    [[nodiscard]] Status refuseCycle(const QString &path, const QStringList &sources) const;

    QSqlDatabase m_database;
    DerivedFileStore m_files;
};

} // namespace encode::models
