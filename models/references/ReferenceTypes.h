#pragma once

#include "models/core/Result.h"

#include <QStringList>

namespace encode::models {

// The reference types of spec section 10, in the order they are offered.
[[nodiscard]] const QStringList &referenceTypes();

// Empty when `type` is one of referenceTypes(); otherwise a message listing them.
[[nodiscard]] Status checkReferenceType(const QString &type);

// The id as it is stored: trimmed, with a prefix pasted from a paper or a page removed ("PMID: 123",
// "doi:", "https://doi.org/"). A failure names the id and shows the form the type expects.
[[nodiscard]] Result<QString> normalisedReferenceId(const QString &type, const QString &id);

// How a type's ids look, for messages and input hints ("digits, such as 22955616").
[[nodiscard]] QString expectedReferenceForm(const QString &type);

} // namespace encode::models
