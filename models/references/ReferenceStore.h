#pragma once

#include "models/core/Result.h"
#include "models/experiment/ExperimentRecord.h"

#include <QSqlDatabase>

namespace encode::models {

// One row of external_references with the experiment it belongs to.
struct LinkedReference {
    QString experimentAccession;
    ExternalReference reference;
};

// "linked" / "already_linked", the original tool's words for the two outcomes.
enum class LinkAction { Linked, AlreadyLinked };

// Links between tracked experiments and PubMed, DOIs, GEO, trials, dbGaP... (spec section 10).
// Every input is checked before anything is written: the accession's syntax, the type, the id's form.
class ReferenceStore final {
public:
    explicit ReferenceStore(QSqlDatabase database);

    // NotFound when the experiment is not tracked. The id is stored normalised (ReferenceTypes.h).
    [[nodiscard]] Result<LinkAction> link(const QString &accession, const QString &type, const QString &id,
                                          const QString &description, double now);
    // False when there was no such link.
    [[nodiscard]] Result<bool> unlink(const QString &accession, const QString &type, const QString &id);
    // Every link, or those of one experiment, or of one type; by experiment, then in linking order.
    [[nodiscard]] Result<QList<LinkedReference>> list(const QString &accession = {},
                                                      const QString &type = {}) const;

private:
    QSqlDatabase m_database;
};

[[nodiscard]] QString linkActionName(LinkAction action);

} // namespace encode::models
