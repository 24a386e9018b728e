#pragma once

#include "models/experiment/LinkedObjects.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Test data for code that talks to the ENCODE Portal: where the hand-written fixtures live
// (tests/data/portal, described in its README.md) and experiments generated in code for batch tests and
// benchmarks. Everything here is invented; nothing is copied from real Portal responses.
namespace encode::testsupport {

// Absolute path of tests/data/portal (from the ENCODE_TEST_DATA_DIR compile definition).
[[nodiscard]] QString fixtureDirectory();

// One fixture file, e.g. "experiments/ENCSR100AAA.json" (relative to fixtureDirectory()). A missing file
// is fatal: it means the test data is broken, not the code under test.
[[nodiscard]] QJsonObject readFixture(const QString &relativePath);

// Every fixture object that has an "@id", keyed by it: what the tracking service would have fetched as
// linked objects for the fixture experiments.
[[nodiscard]] models::LinkedObjects allFixtureObjects();

// A page-frame Experiment shaped like the Portal's, for `accession` (e.g. "ENCSR123ABC"). Assay, target,
// biosample, organism, lab, award, files and audits vary with `variant`; the same arguments always give the
// same object. Its files link the shared fixture pipelines (sharedPipelineIds()), and every third variant
// (variant % 3 == 0) cites sharedPublicationId() as an @id string.
[[nodiscard]] QJsonObject generatedExperiment(const QString &accession, int variant);

// "/publications/<uuid>/" of the fixture publication that generated experiments cite.
[[nodiscard]] QString sharedPublicationId();

// The three fixture pipelines: "/pipelines/ENCPL001AAA/", "/pipelines/ENCPL002BBB/",
// "/pipelines/ENCPL003CCC/".
[[nodiscard]] QStringList sharedPipelineIds();

} // namespace encode::testsupport
