#include "models/provenance/ProvenanceService.h"

#include "models/database/CollectionFiles.h"
#include "models/database/Transaction.h"
#include "models/experiment/Accession.h"
#include "models/provenance/ProvenanceGraphBuilder.h"
#include "models/provenance/ProvenanceSource.h"

#include <QFileInfo>
#include <QHash>

namespace encode::models {

ProvenanceService::ProvenanceService(QSqlDatabase database)
    : m_database(database)
    , m_files(std::move(database))
{
}

Result<QStringList> ProvenanceService::resolveSources(const QStringList &sources) const
{
    if (sources.isEmpty())
        return invalidInput(
            QStringLiteral("a derived file needs at least one source: an experiment accession "
                           "(ENCSR000EDP), a file accession (ENCFF000AAA) or a logged file's path"));
    QStringList resolved;
    for (const QString &text : sources) {
        Result<ProvenanceSource> source = parseSource(text);
        if (!source.ok())
            return source.failure();
        QString stored = source.value().value;
        if (source.value().kind == SourceKind::Path) {
            // The normalised path first; then the text as given, for rows the original tool stored as
            // written.
            Result<std::optional<LoggedFile>> found = m_files.byPath(stored);
            if (found.ok() && !found.value() && stored != text)
                found = m_files.byPath(text);
            if (!found.ok())
                return found.failure();
            if (!found.value())
                return invalidInput(
                    QStringLiteral("'%1' is neither an ENCODE accession (ENCSR000EDP, ENCFF000AAA) nor "
                                   "a logged derived file (%2): log it first")
                        .arg(text, stored));
            stored = found.value()->path;
        }
        if (!resolved.contains(stored))
            resolved.append(stored);
    }
    return resolved;
}

Status ProvenanceService::refuseCycle(const QString &path, const QStringList &sources) const
{
    // Walk up from each source; reaching `path` means the new file would be its own ancestor.
    // `next[x]` is the file x is a source of, to print the cycle in the direction data flows.
    for (const QString &start : sources) {
        QHash<QString, QString> next;
        QList<QString> work{start};
        QSet<QString> seen{start};
        while (!work.isEmpty()) {
            const QString current = work.takeFirst();
            if (current == path) {
                QStringList cycle{path};
                for (QString step = next.value(path); !step.isEmpty(); step = next.value(step))
                    cycle.append(step);
                cycle.append(path);
                return invalidInput(
                    QStringLiteral("refused: %1 cannot be derived from %2, which is derived from it; "
                                   "the chain would be a cycle: %3")
                        .arg(path, start, cycle.join(QLatin1String(" -> "))));
            }
            Result<std::optional<LoggedFile>> file = m_files.byPath(current);
            if (!file.ok())
                return file.failure();
            if (!file.value())
                continue;
            for (const QString &source : file.value()->sources) {
                if (classifyStoredSource(source).kind != SourceKind::Path || seen.contains(source))
                    continue;
                seen.insert(source);
                next.insert(source, current);
                work.append(source);
            }
        }
    }
    return std::nullopt;
}

Result<LogOutcome> ProvenanceService::logDerivedFile(const DerivedFileEntry &entry, double now)
{
    if (entry.path.trimmed().isEmpty())
        return invalidInput(QStringLiteral("the path of the derived file is empty"));
    if (Status invalid = checkPathText(entry.path))
        return *invalid;
    const QFileInfo onDisk(entry.path);
    if (onDisk.exists() && !onDisk.isFile())
        return invalidInput(QStringLiteral("%1 is %2, not a file: a derived file is a file your analysis wrote")
                                .arg(quotedInput(entry.path), onDisk.isDir() ? QStringLiteral("a folder")
                                                                             : QStringLiteral("a device or a pipe")));
    LoggedFile file;
    file.path = normalisedPath(entry.path);
    file.tool = entry.tool;
    file.parameters = entry.parameters;
    file.description = entry.description;
    file.fileType = entry.fileType;
    file.loggedAt = now;

    // Hash before taking the write lock: a large file must not block other writers for minutes.
    Result<std::optional<FileFingerprint>> fingerprint = fingerprintOf(file.path, collectionPathOf(m_database));
    if (!fingerprint.ok())
        return fingerprint.failure();
    file.fingerprint = fingerprint.value();

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return storageFailure(QStringLiteral("cannot start writing to the collection: ") +
                              transaction.error());
    Result<QStringList> sources = resolveSources(entry.sources);
    if (!sources.ok())
        return sources.failure();
    file.sources = sources.value();
    if (Status cycle = refuseCycle(file.path, file.sources))
        return *cycle;
    Result<std::optional<LoggedFile>> existing = m_files.byPath(file.path);
    if (!existing.ok())
        return existing.failure();
    if (existing.value()) {
        file.id = existing.value()->id;
        file.notes = existing.value()->notes;
    }
    Result<qint64> id = m_files.write(file);
    if (!id.ok())
        return id.failure();
    if (!transaction.commit())
        return storageFailure(
            QStringLiteral("cannot commit logging %1: %2").arg(file.path, transaction.error()));
    const LogAction action = file.id == 0 ? LogAction::Logged : LogAction::Updated;
    file.id = id.value();
    return LogOutcome{action, file};
}

Result<ProvenanceGraph> ProvenanceService::provenanceOf(const QString &path, Verification verification) const
{
    const QString normalised = normalisedPath(path);
    Result<std::optional<LoggedFile>> file = m_files.byPath(normalised);
    if (file.ok() && !file.value() && normalised != path)
        file = m_files.byPath(path); // a row of the original tool, stored as written
    if (!file.ok())
        return file.failure();
    if (!file.value())
        return Failure{Failure::Kind::NotFound,
                       QStringLiteral("no provenance recorded for %1").arg(normalised)};
    ProvenanceGraphBuilder builder(m_database, m_files, verification);
    if (Status failed = builder.addChainOf(*file.value()))
        return *failed;
    return builder.take(derivedNodeId(file.value()->id));
}

Result<ProvenanceGraph> ProvenanceService::descendantsOf(const QString &accession,
                                                         Verification verification) const
{
    if (Status invalid = checkEncodeAccession(accession))
        return *invalid;
    ProvenanceGraphBuilder builder(m_database, m_files, verification);
    if (Status failed = builder.addDescendantsOf(accession))
        return *failed;
    return builder.take(accession);
}

Result<ProvenanceGraph> ProvenanceService::everything(Verification verification) const
{
    Result<QList<LoggedFile>> files = m_files.all();
    if (!files.ok())
        return files.failure();
    ProvenanceGraphBuilder builder(m_database, m_files, verification);
    for (const LoggedFile &file : files.value()) {
        if (Status failed = builder.addChainOf(file))
            return *failed;
    }
    return builder.take(QString());
}

Result<QList<FileCheckResult>> ProvenanceService::check(Verification verification) const
{
    Result<QList<LoggedFile>> files = m_files.all();
    if (!files.ok())
        return files.failure();
    QList<FileCheckResult> results;
    for (const LoggedFile &file : files.value())
        results.append({file, verifyFile(file.path, file.fingerprint, verification, collectionPathOf(m_database))});
    return results;
}

} // namespace encode::models
