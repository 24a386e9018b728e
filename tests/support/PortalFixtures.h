#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Test data for code that talks to the ENCODE Portal: where the hand-written fixtures live
// (tests/data/portal, described in its README.md) and experiments generated in code for batch tests and
// benchmarks. Everything here is invented; nothing is copied from real Portal responses.
namespace encode::testsupport {

// Absolute path of tests/data/portal (from the ENCODE_TEST_DATA_DIR compile definition).
[[nodiscard]] QString fixtureDirectory();

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
