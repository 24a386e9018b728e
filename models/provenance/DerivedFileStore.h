#pragma once

#include "models/core/Result.h"
#include "models/provenance/ProvenanceGraph.h"

#include <QSqlDatabase>

namespace encode::models {

// The rows of derived_files. The original tool inserted a new row each time a path was logged, so a
// path may have several rows: the newest one (highest id) is the file's current record, and reads
// return only those.
class DerivedFileStore final {
public:
    explicit DerivedFileStore(QSqlDatabase database);

    [[nodiscard]] Result<std::optional<LoggedFile>> byPath(const QString &path) const;
    // Files whose sources name exactly `source` (an accession or a stored path), never a substring.
    [[nodiscard]] Result<QList<LoggedFile>> namingSource(const QString &source) const;
    [[nodiscard]] Result<QList<LoggedFile>> all() const;

    // Writes `file` as a new row (id 0) or over row `file.id`; returns the row id.
    [[nodiscard]] Result<qint64> write(const LoggedFile &file);

    // The experiment an ENCODE file belongs to, when its quality metrics are stored; empty otherwise.
    [[nodiscard]] Result<QString> experimentOfFile(const QString &fileAccession) const;

private:
    [[nodiscard]] Result<QList<LoggedFile>> select(const QString &condition, const QVariantList &values,
                                                   const QString &purpose) const;

    QSqlDatabase m_database;
};

} // namespace encode::models
