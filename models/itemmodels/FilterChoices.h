#pragma once

#include "models/collection/Grouping.h"
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

// The values of a grouping's column (the window offers assay, organism and organ), most frequent
// first, ties by value in any case. In a grouping whose cells list several terms ("liver, epithelium",
// or a JSON array), each term is a choice of its own (cellTerms()). Empty cells offer no choice.
[[nodiscard]] Result<QList<FilterChoice>> filterChoices(const QSqlDatabase &database, Grouping grouping);

} // namespace encode::models
