#include "models/references/ReferenceStore.h"

#include "models/database/SqlQuery.h"
#include "models/database/Transaction.h"
#include "models/database/sqlite/SqliteDialect.h"
#include "models/experiment/Accession.h"
#include "models/references/ReferenceTypes.h"

namespace encode::models {

ReferenceStore::ReferenceStore(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Result<LinkAction> ReferenceStore::link(const QString &accession, const QString &type, const QString &id,
                                        const QString &description, double now)
{
    if (Status invalid = checkExperimentAccession(accession))
        return *invalid;
    Result<QString> normalised = normalisedReferenceId(type, id);
    if (!normalised.ok())
        return normalised.failure();
    // The check and the insert under one write lock: an untrack by another program cannot come between
    // them (which used to surface as SQLite's "FOREIGN KEY constraint failed").
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return storageFailure(QStringLiteral("cannot start writing to the collection: ") + transaction.error());
    QSqlQuery query(m_database);
    const QString purpose = QStringLiteral("linking %1 to %2 %3").arg(accession, type, normalised.value());
    if (Status failed =
            execute(query, QStringLiteral("SELECT 1 FROM tracked_experiments WHERE accession = ?"),
                    {accession}, purpose))
        return *failed;
    if (!query.next())
        return Failure{Failure::Kind::NotFound,
                       QStringLiteral("%1 is not in the collection: track it first").arg(accession)};
    // The unique (experiment, type, id) constraint decides, so two writers at once cannot both link.
    if (Status failed = execute(query, sqlite::insertReferenceIfNewStatement(),
                                {accession, type, normalised.value(),
                                 description.isNull() ? QStringLiteral("") : description, now},
                                purpose))
        return *failed;
    const LinkAction action = query.numRowsAffected() > 0 ? LinkAction::Linked : LinkAction::AlreadyLinked;
    if (!transaction.commit())
        return storageFailure(QStringLiteral("cannot commit %1: %2").arg(purpose, transaction.error()));
    return action;
}

Result<bool> ReferenceStore::unlink(const QString &accession, const QString &type, const QString &id)
{
    if (Status invalid = checkExperimentAccession(accession))
        return *invalid;
    if (Status invalid = checkReferenceType(type))
        return *invalid;
    // An id that no longer passes validation may still be stored (the original tool checked nothing):
    // try the normalised form, then the text as given.
    const Result<QString> normalised = normalisedReferenceId(type, id);
    QSqlQuery query(m_database);
    for (const QString &candidate : {normalised.ok() ? normalised.value() : id.trimmed(), id}) {
        if (Status failed =
                execute(query,
                        QStringLiteral("DELETE FROM external_references WHERE experiment_accession = ? "
                                       "AND reference_type = ? AND reference_id = ?"),
                        {accession, type, candidate}, QStringLiteral("unlinking %1 %2").arg(type, id)))
            return *failed;
        if (query.numRowsAffected() > 0)
            return true;
    }
    return false;
}

Result<QList<LinkedReference>> ReferenceStore::list(const QString &accession, const QString &type) const
{
    if (!accession.isEmpty()) {
        if (Status invalid = checkExperimentAccession(accession))
            return *invalid;
    }
    if (!type.isEmpty()) {
        if (Status invalid = checkReferenceType(type))
            return *invalid;
    }
    QStringList conditions{QStringLiteral("1")};
    QVariantList values;
    if (!accession.isEmpty()) {
        conditions.append(QStringLiteral("experiment_accession = ?"));
        values.append(accession);
    }
    if (!type.isEmpty()) {
        conditions.append(QStringLiteral("reference_type = ?"));
        values.append(type);
    }
    QSqlQuery query(m_database);
    if (Status failed =
            execute(query,
                    QStringLiteral("SELECT experiment_accession, reference_type, reference_id, description, "
                                   "linked_at FROM external_references WHERE %1 "
                                   "ORDER BY experiment_accession, id")
                        .arg(conditions.join(QLatin1String(" AND "))),
                    values, QStringLiteral("reading external references")))
        return *failed;
    QList<LinkedReference> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(),
                     {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toDouble()}});
    }
    return rows;
}

QString linkActionName(LinkAction action)
{
    return action == LinkAction::Linked ? QStringLiteral("linked") : QStringLiteral("already_linked");
}

} // namespace encode::models
