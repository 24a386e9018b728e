#pragma once

#include "models/provenance/ProvenanceService.h"
#include "tests/support/TestCollection.h"

#include <QDir>
#include <QTemporaryDir>

namespace encode::testsupport {

// A collection with ENCSR000AAA tracked (its quality metrics name ENCFF000AAA) and a chain of
// depth 3, several sources per step, logged through the service:
//
//   a.bam      <- ENCSR000AAA, ENCFF000AAA
//   b.bam      <- ENCSR000BBB, ENCFF000BBB
//   merged.bam <- a.bam, b.bam
//   peaks.bed  <- merged.bam, ENCSR000CCC
//
// ENCSR000BBB and ENCSR000CCC are not tracked. Every file exists in a temporary directory.
class ProvenanceFixture final {
public:
    ProvenanceFixture();

    [[nodiscard]] bool isReady() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] TestCollection &collection() { return m_collection; }
    [[nodiscard]] models::ProvenanceService service() const;
    [[nodiscard]] QString path(const QString &name) const { return QDir::cleanPath(m_files.filePath(name)); }
    // The node id of a logged file, looked up by path.
    [[nodiscard]] QString nodeId(const QString &name) const;

    // Writes `bytes` to a file of the fixture's directory; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Logs through the service; an empty string when it worked, otherwise the failure's message.
    QString log(const QString &name, const QStringList &sources, const QString &tool = {});

private:
    TestCollection m_collection;
    QTemporaryDir m_files;
    QString m_error;
};

} // namespace encode::testsupport
