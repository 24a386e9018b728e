#pragma once

#include "models/core/Result.h"

#include <QSqlQuery>
#include <QVariant>


namespace encode::models {

// Prepares and runs one statement with bound values (forward-only: results are read once); the
// failure names what the statement was for.
[[nodiscard]] Status execute(QSqlQuery &query, const QString &sql, const QVariantList &values,
                             const QString &purpose);

// SQL NULL for a null QString, so absent Portal properties stay NULL in the database.
[[nodiscard]] QVariant textOrNull(const QString &text);

} // namespace encode::models
