#pragma once

#include <QJsonObject>
#include <QString>

namespace encode::models {

// The raw_metadata column: the Portal's JSON, compact, at most `limitBytes` of UTF-8.
// An oversized object is not thrown away (the original tool stored "{}"): every top-level scalar is
// kept, then arrays and objects smallest first while the document fits, and the names of the dropped
// properties are listed under "_truncated". The result is always one valid JSON object.
[[nodiscard]] QString compactRawMetadata(const QJsonObject &object, qsizetype limitBytes = 524288);

} // namespace encode::models
