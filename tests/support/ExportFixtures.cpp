#include "tests/support/ExportFixtures.h"

#include "models/database/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace encode::testsupport {
namespace {

// 2026-11-24T09:36:00Z; the experiments are stored an hour apart, the first one newest.
constexpr double kBaseTime = 1795512960.0;

models::ExperimentRecord hostileRecord()
{
    models::ExperimentRecord record = sampleRecord(QStringLiteral("ENCSR000HOS"), QStringLiteral("=cmd|' /C calc'!A0"));
    models::TrackedExperiment &e = record.experiment;
    e.target = QStringLiteral("SEPT2");
    e.organ = QStringLiteral("said \"hi\", then, left");
    e.biosampleSummary = QStringLiteral("line 1\nline 2\r\nline 3\rend");
    e.biosampleType = QStringLiteral("+1");
    e.lab = QStringLiteral("-2");
    e.assembly = QStringLiteral("@SUM(1)");
    e.dateReleased = QStringLiteral("2016-01-07");
    e.description = QStringLiteral("{\"braces\": [1, 2]} and {not json}");
    e.replicationType = QStringLiteral("");
    e.lifeStage = QString(); // NULL
    record.publications = {
        {QStringLiteral("22955616"), QStringLiteral("10.1038/nature11247"),
         QStringLiteral("An integrated encyclopedia of DNA elements in the human genome"),
         QStringLiteral("ENCODE Project Consortium, Dunham I, Kundaje A"), QStringLiteral("Nature"),
         QStringLiteral("2012"), QString()},
        {QStringLiteral("22955617"), QString(), QStringLiteral("=HYPERLINK(\"http://x\"), \"quoted\"\ntitle"),
         QStringLiteral("Müller H, Ødegård K"), QString(), QStringLiteral("in press"), QString()},
    };
    return record;
}

models::ExperimentRecord nullRecord()
{
    models::ExperimentRecord record;
    record.experiment.accession = QStringLiteral("ENCSR000NUL");
    return record;
}

models::ExperimentRecord unicodeRecord()
{
    models::ExperimentRecord record = sampleRecord(QStringLiteral("ENCSR000UNI"), QStringLiteral("ATAC-seq"),
                                                   QStringLiteral("Mus musculus"), QStringLiteral("腎臓"));
    models::TrackedExperiment &e = record.experiment;
    e.target = QStringLiteral("=1+2");
    e.biosampleSummary = QStringLiteral("Müller résumé — naïve café");
    e.lab = QStringLiteral("tab\tinside");
    e.description = QStringLiteral("  spaced  ");
    e.dateReleased = QStringLiteral("not yet released");
    e.status = QStringLiteral("00123");
    record.publications.clear();
    record.linkedReferences.clear();
    return record;
}

bool insertDerivedFiles(const TestCollection &collection, QString &error)
{
    const QList<QVariantList> files{
        {QStringLiteral("/data/out, \"final\".bed"), QStringLiteral("[\"ENCSR000HOS\",\"ENCFF000AAA\"]"),
         QStringLiteral("peaks\nfiltered"), kBaseTime + 60, QStringLiteral("bed"), QStringLiteral("=HYPERLINK(\"x\")"),
         QStringLiteral("-q 0.01"), QStringLiteral("Müller")},
        {QStringLiteral("/data/untracked.bam"), QStringLiteral("[\"ENCFF999ZZZ\"]"), QVariant(QMetaType::fromType<QString>()),
         QVariant(QMetaType::fromType<double>()), QStringLiteral("bam"), QStringLiteral("bwa"), QStringLiteral("+x"),
         QStringLiteral("")},
        {QStringLiteral("/data/second.bigWig"), QStringLiteral("[\"ENCSR000HOS\"]"), QStringLiteral("signal"),
         kBaseTime + 120, QStringLiteral("bigWig"), QStringLiteral("deeptools"), QStringLiteral("@bin 10"),
         QStringLiteral("")},
    };
    QSqlQuery query(collection.database()->connection());
    for (const QVariantList &file : files) {
        query.prepare(QStringLiteral("INSERT INTO derived_files (file_path, source_accessions, description, created_at, "
                                     "file_type, tool_used, parameters, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : file)
            query.addBindValue(value);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QStringList hostileAccessions()
{
    return {QStringLiteral("ENCSR000HOS"), QStringLiteral("ENCSR000NUL"), QStringLiteral("ENCSR000UNI")};
}

bool seedHostileCollection(const TestCollection &collection, QString &error)
{
    if (!collection.isOpen()) {
        error = collection.openError();
        return false;
    }
    const QList<models::ExperimentRecord> records{hostileRecord(), nullRecord(), unicodeRecord()};
    models::CollectionRepository repository = collection.repository();
    for (qsizetype i = 0; i < records.size(); ++i) {
        models::SaveOptions options;
        options.now = kBaseTime - 3600.0 * double(i);
        if (i == 0)
            options.notes = QStringLiteral("Müller, résumé; \"quoted\"\ttab");
        const auto saved = repository.save(records.at(i), options);
        if (!saved.ok()) {
            error = saved.failure().message;
            return false;
        }
    }
    return insertDerivedFiles(collection, error);
}

bool seedGeneratedExperiments(const TestCollection &collection, int count, QString &error)
{
    if (!collection.isOpen()) {
        error = collection.openError();
        return false;
    }
    QSqlDatabase database = collection.database()->connection();
    models::Transaction transaction(database);
    QSqlQuery query(database);
    // A recursive CTE makes the rows inside SQLite: no per-row round trip through Qt.
    const QStringList statements{
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                       "INSERT INTO tracked_experiments (accession, assay_title, target, biosample_summary, organism, "
                       "organ, biosample_type, status, date_released, description, lab, award, assembly, "
                       "replication_type, life_stage, url, raw_metadata, tracked_at, updated_at, notes) "
                       "SELECT printf('ENCSR%06dG', i), CASE i % 3 WHEN 0 THEN 'TF ChIP-seq' WHEN 1 THEN 'ATAC-seq' "
                       "ELSE 'total RNA-seq' END, 'CTCF-human', 'HepG2 \"derived\", line ' || i, 'Homo sapiens', "
                       "'liver', 'cell line', 'released', '2020-01-02', 'generated experiment ' || i, "
                       "'/labs/some-lab/', '/awards/U00/', 'GRCh38', 'isogenic', 'adult', "
                       "'https://www.encodeproject.org/experiments/' || printf('ENCSR%06dG', i) || '/', NULL, "
                       "1700000000 + i, 1700000000 + i, 'note ' || i FROM n"),
        QStringLiteral("INSERT INTO publications (experiment_accession, pmid, doi, title, authors, journal, year) "
                       "SELECT accession, substr(accession, 6, 6), '10.1000/' || accession, 'A generated paper', "
                       "'Doe J', 'Journal', '2020' FROM tracked_experiments WHERE accession LIKE 'ENCSR%G'"),
    };
    for (const QString &statement : statements) {
        query.prepare(statement);
        if (statement.contains(QLatin1Char('?')))
            query.addBindValue(count);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        error = transaction.error();
        return false;
    }
    return true;
}

} // namespace encode::testsupport
