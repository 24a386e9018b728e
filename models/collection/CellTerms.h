#pragma once

#include <QStringList>

namespace encode::models {

// The terms of a cell that may list several (organism, organ, assembly): a ", "-joined list as the
// tracker stores it ("liver, epithelium") or a JSON array of strings as some older rows hold
// (["GRCh38","hg19"]). Terms are trimmed; empty ones are dropped, so an empty cell has none. The SQL
// that counts and matches terms (summary, filters) follows the same rule.
[[nodiscard]] QStringList cellTerms(const QString &cell);

} // namespace encode::models
