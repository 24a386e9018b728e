#include "tests/support/ProvenanceFixture.h"

#include "models/provenance/DerivedFileStore.h"
#include "models/provenance/ProvenanceGraphBuilder.h"

#include <QFile>

namespace encode::testsupport {

ProvenanceFixture::ProvenanceFixture()
{
    if (!m_collection.isOpen() || !m_files.isValid()) {
        m_error = QStringLiteral("no collection: ") + m_collection.openError();
        return;
    }
    const auto saved = m_collection.repository().save(sampleRecord(QStringLiteral("ENCSR000AAA")), {});
    if (!saved.ok()) {
        m_error = saved.failure().message;
        return;
    }
    writeFile(QStringLiteral("a.bam"), "reads of A");
    writeFile(QStringLiteral("b.bam"), "reads of B");
    writeFile(QStringLiteral("merged.bam"), "reads of A and B");
    writeFile(QStringLiteral("peaks.bed"), "chr1\t100\t200\n");
    const QList<std::pair<QString, QStringList>> steps{
        {QStringLiteral("a.bam"), {QStringLiteral("ENCSR000AAA"), QStringLiteral("ENCFF000AAA")}},
        {QStringLiteral("b.bam"), {QStringLiteral("ENCSR000BBB"), QStringLiteral("ENCFF000BBB")}},
        {QStringLiteral("merged.bam"), {path(QStringLiteral("a.bam")), path(QStringLiteral("b.bam"))}},
        {QStringLiteral("peaks.bed"), {path(QStringLiteral("merged.bam")), QStringLiteral("ENCSR000CCC")}},
    };
    for (const auto &[name, sources] : steps) {
        m_error = log(name, sources, QStringLiteral("tool for ") + name);
        if (!m_error.isEmpty())
            return;
    }
}

models::ProvenanceService ProvenanceFixture::service() const
{
    return models::ProvenanceService(m_collection.database()->connection());
}

QString ProvenanceFixture::nodeId(const QString &name) const
{
    const auto file = models::DerivedFileStore(m_collection.database()->connection()).byPath(path(name));
    return file.ok() && file.value() ? models::derivedNodeId(file.value()->id) : QString();
}

QString ProvenanceFixture::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path(name);
}

QString ProvenanceFixture::log(const QString &name, const QStringList &sources, const QString &tool)
{
    models::DerivedFileEntry entry;
    entry.path = path(name);
    entry.sources = sources;
    entry.tool = tool;
    entry.parameters = QStringLiteral("--threads 4");
    const auto logged = service().logDerivedFile(entry, 1700000000);
    return logged.ok() ? QString() : logged.failure().message;
}

} // namespace encode::testsupport
