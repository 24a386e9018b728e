#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace encode::models {

// One entry of a quick-filter drop-down: a value found in the collection and how many rows have it.
struct FilterChoice {
    QString value;
    int count = 0;
    friend bool operator==(const FilterChoice &, const FilterChoice &) = default;
};

// Values of the assay, organism and organ columns, most frequent first. Organism and organ cells
// may list several terms ("liver, epithelium"); each term is a choice of its own.
[[nodiscard]] Result<QList<FilterChoice>> assayChoices(const QSqlDatabase &database);
[[nodiscard]] Result<QList<FilterChoice>> organismChoices(const QSqlDatabase &database);
[[nodiscard]] Result<QList<FilterChoice>> organChoices(const QSqlDatabase &database);

} // namespace encode::models
