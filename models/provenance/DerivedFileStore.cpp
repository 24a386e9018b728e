#include "models/provenance/DerivedFileStore.h"

#include "models/database/SqlQuery.h"
#include "models/database/sqlite/SqliteDialect.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace encode::models {
namespace {

const QString selectColumns = QStringLiteral("SELECT id, file_path, source_accessions, description, "
                                             "created_at, file_type, tool_used, parameters, notes, "
                                             "file_size, sha256, file_modified_at FROM derived_files");

// Only the current record of each path (see the class comment).
const QString newestPerPath = QStringLiteral("id IN (SELECT MAX(id) FROM derived_files GROUP BY file_path)");

QStringList sourcesFromJson(const QString &json)
{
    QStringList sources;
    for (const QJsonValue &source : QJsonDocument::fromJson(json.toUtf8()).array())
        sources.append(source.toString());
    return sources;
}

LoggedFile readFile(const QSqlQuery &query)
{
    LoggedFile file;
    file.id = query.value(0).toLongLong();
    file.path = query.value(1).toString();
    file.sources = sourcesFromJson(query.value(2).toString());
    file.description = query.value(3).toString();
    file.loggedAt = query.value(4).toDouble();
    file.fileType = query.value(5).toString();
    file.tool = query.value(6).toString();
    file.parameters = query.value(7).toString();
    file.notes = query.value(8).toString();
    if (!query.value(9).isNull() && !query.value(10).toString().isEmpty())
        file.fingerprint = FileFingerprint{query.value(9).toLongLong(), query.value(10).toString(),
                                           query.value(11).toDouble()};
    return file;
}

// The original tool stores "" for what was not given; so do we, so its readers see the same shapes.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullable(const std::optional<FileFingerprint> &fingerprint,
                  QVariant (*field)(const FileFingerprint &))
{
    return fingerprint ? field(*fingerprint) : QVariant();
}

} // namespace

DerivedFileStore::DerivedFileStore(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<QList<LoggedFile>> DerivedFileStore::select(const QString &condition, const QVariantList &values,
                                                   const QString &purpose) const
{
    QSqlQuery query(m_database);
    const QString sql =
        QStringLiteral("%1 WHERE %2 AND %3 ORDER BY id").arg(selectColumns, condition, newestPerPath);
    if (Status failed = execute(query, sql, values, purpose))
        return *failed;
    QList<LoggedFile> files;
    while (query.next())
        files.append(readFile(query));
    return files;
}

Result<std::optional<LoggedFile>> DerivedFileStore::byPath(const QString &path) const
{
    Result<QList<LoggedFile>> files = select(QStringLiteral("file_path = ?"), {path},
                                             QStringLiteral("looking up the derived file ") + path);
    if (!files.ok())
        return files.failure();
    if (files.value().isEmpty())
        return std::optional<LoggedFile>();
    return std::optional<LoggedFile>(files.value().constLast());
}

Result<QList<LoggedFile>> DerivedFileStore::namingSource(const QString &source) const
{
    return select(sqlite::derivedFilesNamingSourceCondition(), {source},
                  QStringLiteral("reading the files derived from ") + source);
}

Result<QList<LoggedFile>> DerivedFileStore::all() const
{
    return select(QStringLiteral("1"), {}, QStringLiteral("reading the derived files"));
}

Result<qint64> DerivedFileStore::write(const LoggedFile &file)
{
    const QString sources = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(file.sources)).toJson(QJsonDocument::Compact));
    QVariantList values{
        file.path,
        sources,
        orEmpty(file.description),
        file.loggedAt,
        orEmpty(file.fileType),
        orEmpty(file.tool),
        orEmpty(file.parameters),
        nullable(file.fingerprint, [](const FileFingerprint &f) { return QVariant(f.size); }),
        nullable(file.fingerprint, [](const FileFingerprint &f) { return QVariant(f.sha256); }),
        nullable(file.fingerprint, [](const FileFingerprint &f) { return QVariant(f.modifiedAt); })};
    QString sql;
    if (file.id == 0) {
        sql = QStringLiteral(
            "INSERT INTO derived_files (file_path, source_accessions, description, created_at, "
            "file_type, tool_used, parameters, file_size, sha256, file_modified_at, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')");
    } else {
        // notes are the user's own and stay; everything the pipeline says is replaced.
        sql =
            QStringLiteral("UPDATE derived_files SET file_path = ?, source_accessions = ?, description = ?, "
                           "created_at = ?, file_type = ?, tool_used = ?, parameters = ?, file_size = ?, "
                           "sha256 = ?, file_modified_at = ? WHERE id = ?");
        values.append(file.id);
    }
    QSqlQuery query(m_database);
    if (Status failed = execute(query, sql, values, QStringLiteral("logging ") + file.path))
        return *failed;
    return file.id == 0 ? query.lastInsertId().toLongLong() : file.id;
}

Result<QString> DerivedFileStore::experimentOfFile(const QString &fileAccession) const
{
    QSqlQuery query(m_database);
    if (Status failed = execute(
            query,
            QStringLiteral("SELECT experiment_accession FROM quality_metrics WHERE file_accession = ? "
                           "ORDER BY id LIMIT 1"),
            {fileAccession}, QStringLiteral("looking up the experiment of ") + fileAccession))
        return *failed;
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace encode::models
