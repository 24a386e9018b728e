#pragma once

#include "models/experiment/ExperimentRecord.h"

namespace encode::models {

// pipeline_info.software_list: a compact JSON array of {"name", "version"}.
[[nodiscard]] QString softwareListToJson(const QList<Software> &software);
[[nodiscard]] QList<Software> softwareListFromJson(const QString &json);

} // namespace encode::models
