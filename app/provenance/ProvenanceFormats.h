#pragma once

#include "models/provenance/ProvenanceService.h"

#include <QJsonObject>
#include <QString>

// The ways `provenance` prints a graph. Each works on the plain ProvenanceGraph, so the window's
// "Export DOT" and the CLI write the same text.
namespace encode::app {

// For people: the chain as an indented tree (upwards for a file, downwards for an accession).
[[nodiscard]] QString provenanceText(const models::ProvenanceGraph &graph);

// {"root": id, "nodes": [...], "edges": [{"from", "to"}]}; derived files carry the derived_files
// column names (file_path, source_accessions, tool_used, ...) plus file_size, sha256 and status.
[[nodiscard]] QJsonObject provenanceJson(const models::ProvenanceGraph &graph);
[[nodiscard]] QJsonObject provenanceNodeJson(const models::ProvenanceNode &node);
// One logged file as `log-derived --format json` prints it.
[[nodiscard]] QJsonObject loggedFileJson(const models::LoggedFile &file);

// Graphviz DOT: experiments as blue boxes, ENCODE files as green notes, derived files as ellipses;
// missing files red and dashed, changed files orange, untracked sources dashed.
[[nodiscard]] QString provenanceDot(const models::ProvenanceGraph &graph);

// W3C PROV-JSON (https://www.w3.org/submissions/prov-json/): entities for every file and experiment,
// one activity per logged file (the tool run), and used / wasGeneratedBy / wasDerivedFrom with ids
// built from the row ids, so the same collection always gives the same document.
[[nodiscard]] QJsonObject provJson(const models::ProvenanceGraph &graph);

// `provenance --check`: {"files": [...], "checked": n, "missing": n, "changed": n}.
[[nodiscard]] QJsonObject fileCheckJson(const QList<models::FileCheckResult> &results);
[[nodiscard]] QString fileCheckText(const QList<models::FileCheckResult> &results, bool onlyProblems);

// Seconds since the epoch as ISO 8601 UTC ("2024-05-01T12:00:00Z").
[[nodiscard]] QString isoTime(double secondsSinceEpoch);

} // namespace encode::app
