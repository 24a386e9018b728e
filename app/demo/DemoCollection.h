#pragma once

#include "models/core/Result.h"

#include <QString>

namespace encode::app {

// File > Open Demo Collection: a collection of ~300 invented, Portal-shaped experiments (with notes,
// publications, pipelines, quality metrics, references and audits), so that a new user can explore
// every feature without a network. The data is compiled into the app
// (resources/demo/demo-experiments.json, written by resources/demo/generate_demo.py).
//
// Builds <directory>/demo-collection.db, replacing an older demo file there, and returns its path.
// <directory>/demo-analysis holds a few invented files logged as derived from demo experiments.
// Close a connection to an older demo file first: its file is replaced, not updated.
[[nodiscard]] models::Result<QString> createDemoCollection(const QString &directory);

// The name of the file createDemoCollection writes.
[[nodiscard]] QString demoCollectionFileName();

} // namespace encode::app
