#include "tests/support/TestCollection.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace encode::testsupport {

TestCollection::TestCollection()
    : m_path(m_directory.filePath(QStringLiteral("collection/tracker.db")))
{
    auto opened = models::CollectionDatabase::open(m_path);
    if (opened.ok())
        m_database = opened.value();
    else
        m_error = opened.failure().message;
}

models::CollectionRepository TestCollection::repository() const
{
    return models::CollectionRepository(m_database->connection());
}

QVariant TestCollection::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qWarning("scalar query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

models::ExperimentRecord sampleRecord(const QString &accession, const QString &assay, const QString &organism,
                                      const QString &organ)
{
    models::ExperimentRecord record;
    models::TrackedExperiment &e = record.experiment;
    e.accession = accession;
    e.assayTitle = assay;
    e.target = QStringLiteral("CTCF-human");
    e.biosampleSummary = QStringLiteral("HepG2");
    e.organism = organism;
    e.organ = organ;
    e.biosampleType = QStringLiteral("cell line");
    e.status = QStringLiteral("released");
    e.dateReleased = QStringLiteral("2020-01-02");
    e.lab = QStringLiteral("/labs/some-lab/");
    e.award = QStringLiteral("/awards/U00HG000000/");
    e.assembly = QStringLiteral("GRCh38");
    e.url = QStringLiteral("https://www.encodeproject.org/experiments/%1/").arg(accession);
    e.rawMetadata = QStringLiteral("{\"accession\":\"%1\"}").arg(accession);
    record.publications = {
        {QStringLiteral("11111111"), QStringLiteral("10.1000/with.pmid"), QStringLiteral("A paper"),
         QStringLiteral("Doe J"), QStringLiteral("Journal"), QStringLiteral("2020"), QString()},
    };
    record.pipelines = {{QStringLiteral("ChIP-seq"), QStringLiteral("2"), QStringLiteral("released"),
                         {{QStringLiteral("bwa"), QStringLiteral("0.7.17")}}}};
    record.qualityMetrics = {{QStringLiteral("ENCFF000AAA"), QStringLiteral("StarQualityMetric"), QStringLiteral("{\"a\":1}")}};
    record.linkedReferences = {{QStringLiteral("pmid"), QStringLiteral("11111111"), QStringLiteral("auto"), 0}};
    return record;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace encode::testsupport
