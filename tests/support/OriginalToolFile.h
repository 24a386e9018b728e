#pragma once

#include <QString>
#include <QStringList>

namespace encode::testsupport {

// A collection file as the original Python tool writes it (user_version 0): its DDL, and one row in
// each table (experiment ENCSR000OLD with notes, an ERROR audit, a publication, a derived file...).
[[nodiscard]] QStringList originalToolSchemaStatements();
[[nodiscard]] QStringList originalToolStatements(); // the schema and the sample rows

// `count` more experiments, each with a publication, in the original tool's shape (for upgrades
// large enough to take a while).
[[nodiscard]] QStringList originalToolExperimentRows(int count);

// Writes a database with raw SQLite, outside CollectionDatabase, as another program would.
[[nodiscard]] bool writeRawDatabase(const QString &path, const QStringList &statements);

// A file as the original tool leaves it: its schema and the sample rows, plus `extraExperiments`.
[[nodiscard]] bool writeOriginalToolFile(const QString &path, int extraExperiments = 0);

} // namespace encode::testsupport
