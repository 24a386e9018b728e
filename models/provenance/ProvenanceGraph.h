#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The provenance of derived files as a plain graph: what the text, JSON, DOT and PROV-JSON writers
// print and what a window lays out. No SQL and no file access here; ProvenanceService builds it.
namespace encode::models {

// What a derived file was when it was logged. Absent for directories, for files that did not exist
// yet, and for rows written by the original tool.
struct FileFingerprint {
    qint64 size = 0;
    QString sha256;        // lower-case hex
    double modifiedAt = 0; // seconds since the epoch, to skip re-hashing files nobody touched
};

// One row of derived_files (the newest one when the original tool logged a path several times).
struct LoggedFile {
    qint64 id = 0;
    QString path;
    QStringList sources; // as stored: accessions, or paths of other logged files
    QString description;
    QString fileType;
    QString tool;
    QString parameters;
    QString notes;
    double loggedAt = 0;
    std::optional<FileFingerprint> fingerprint;
};

// Whether a derived file on disk is still what was logged.
enum class FileState {
    Unchanged,  // same size and modification time, or the same SHA-256 when the time moved
    Changed,    // another size or another SHA-256, or it can no longer be read
    Missing,    // nothing at the path any more
    Unverified, // there, but logged without a fingerprint (a directory, or the original tool's row)
    NotLogged,  // a source path that was never logged itself (a row of another tool)
};

// An ENCODE source as the collection knows it.
struct EncodeSource {
    QString accession;
    QString experimentAccession; // the experiment itself, or the one an ENCFF file belongs to if known
    bool tracked = false;        // whether that experiment is in the collection
    QString assay;
    QString biosample;
    QString organism;
};

enum class ProvenanceNodeKind { Experiment, EncodeFile, DerivedFile };

struct ProvenanceNode {
    // Stable across runs: the accession for ENCODE sources, "derived-<row id>" for a logged file,
    // "path-<hash>" for a source path that was never logged. Safe as a DOT or PROV local name.
    QString id;
    ProvenanceNodeKind kind = ProvenanceNodeKind::DerivedFile;
    QString label;                           // the accession, or the file name
    std::optional<EncodeSource> encode;      // ENCODE sources
    std::optional<LoggedFile> file;          // logged derived files
    QString path;                            // derived files, logged or not
    FileState state = FileState::Unverified; // derived files only
    QString stateDetail;                     // why Changed ("size was 10 bytes, now 12")
};

// Data flows along an edge: `to` was derived from `from`.
struct ProvenanceEdge {
    QString from;
    QString to;
};

struct ProvenanceGraph {
    QString rootId;              // the file or accession asked about; empty for the whole collection
    QList<ProvenanceNode> nodes; // the root first, then in the order they were reached
    QList<ProvenanceEdge> edges;

    [[nodiscard]] const ProvenanceNode *node(const QString &id) const;
    [[nodiscard]] QStringList sourcesOf(const QString &id) const;   // ids this node was derived from
    [[nodiscard]] QStringList derivedFrom(const QString &id) const; // ids derived from this node
};

[[nodiscard]] QString fileStateName(FileState state);        // "unchanged", "changed", ...
[[nodiscard]] QString nodeKindName(ProvenanceNodeKind kind); // "experiment", "encode_file", "derived_file"
[[nodiscard]] bool needsAttention(FileState state);          // missing or changed

} // namespace encode::models
