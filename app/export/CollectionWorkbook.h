#pragma once

#include "models/collection/CollectionRepository.h"
#include "app/export/ExportRun.h"

namespace encode::app {

// The .xlsx export: "Experiments" (the export columns), "Publications" and "Provenance", each
// streamed from the database into `fileName` row by row. `targetPath` is the path named in a failure.
// On failure or cancellation `fileName` is removed.
[[nodiscard]] models::Status writeCollectionWorkbook(const models::CollectionRepository &repository,
                                                     const models::CollectionFilter &filter, const QString &fileName,
                                                     const QString &targetPath, ExportRun &run);

} // namespace encode::app
