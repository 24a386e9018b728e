#include "tests/support/OriginalToolFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace encode::testsupport {
namespace {

// The original Python tool's DDL, written out as that tool creates its file (user_version stays 0).
const char *const originalToolSchema[] = {
    "CREATE TABLE tracked_experiments (accession TEXT PRIMARY KEY, assay_title TEXT, target TEXT, "
    "biosample_summary TEXT, organism TEXT, organ TEXT, biosample_type TEXT, status TEXT, date_released TEXT, "
    "description TEXT, lab TEXT, award TEXT, assembly TEXT, replication_type TEXT, life_stage TEXT, url TEXT, "
    "raw_metadata TEXT, tracked_at REAL, updated_at REAL, notes TEXT DEFAULT '')",
    "CREATE TABLE publications (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment_accession TEXT NOT NULL "
    "REFERENCES tracked_experiments(accession), pmid TEXT, doi TEXT, title TEXT, authors TEXT, journal TEXT, "
    "year TEXT, abstract TEXT, UNIQUE(experiment_accession, pmid))",
    "CREATE TABLE pipeline_info (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment_accession TEXT NOT NULL "
    "REFERENCES tracked_experiments(accession), pipeline_title TEXT, pipeline_version TEXT, software_list TEXT, "
    "analysis_status TEXT)",
    "CREATE TABLE quality_metrics (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment_accession TEXT NOT NULL "
    "REFERENCES tracked_experiments(accession), file_accession TEXT, metric_type TEXT, metric_data TEXT)",
    "CREATE TABLE derived_files (id INTEGER PRIMARY KEY AUTOINCREMENT, file_path TEXT NOT NULL, "
    "source_accessions TEXT NOT NULL, description TEXT, created_at REAL, file_type TEXT, tool_used TEXT, "
    "parameters TEXT, notes TEXT DEFAULT '')",
    "CREATE TABLE external_references (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment_accession TEXT NOT NULL "
    "REFERENCES tracked_experiments(accession), reference_type TEXT NOT NULL, reference_id TEXT NOT NULL, "
    "description TEXT DEFAULT '', linked_at REAL, UNIQUE(experiment_accession, reference_type, reference_id))",
    // The original tool's index names: an upgrade must not add duplicates under other names.
    "CREATE INDEX idx_pub_experiment ON publications(experiment_accession)",
    "CREATE INDEX idx_pipeline_experiment ON pipeline_info(experiment_accession)",
    "CREATE INDEX idx_qm_experiment ON quality_metrics(experiment_accession)",
    "CREATE INDEX idx_derived_sources ON derived_files(source_accessions)",
    "CREATE INDEX idx_extref_experiment ON external_references(experiment_accession)",
    "CREATE INDEX idx_extref_type ON external_references(reference_type)",
    "CREATE INDEX idx_exp_assay ON tracked_experiments(assay_title)",
    "CREATE INDEX idx_exp_organism ON tracked_experiments(organism)",
    "CREATE INDEX idx_exp_organ ON tracked_experiments(organ)",
};

const char *const originalToolSampleRows[] = {
    "INSERT INTO tracked_experiments VALUES ('ENCSR000OLD', 'TF ChIP-seq', 'CTCF-human', 'K562', 'Homo sapiens', "
    "'blood', 'cell line', 'released', '2012-01-01', 'old row', '/labs/x/', '/awards/y/', 'hg19', 'isogenic', "
    "'adult', 'https://www.encodeproject.org/experiments/ENCSR000OLD/', '{\"audit\":{\"ERROR\":[{}]}}', 1600000000.5, 1600000001.5, "
    "'my old notes')",
    "INSERT INTO publications (experiment_accession, pmid, doi, title) VALUES ('ENCSR000OLD', '123', "
    "'10.1/x', 'Old paper')",
    "INSERT INTO pipeline_info (experiment_accession, pipeline_title, software_list) VALUES ('ENCSR000OLD', "
    "'Old pipeline', '[]')",
    "INSERT INTO quality_metrics (experiment_accession, file_accession, metric_type, metric_data) VALUES "
    "('ENCSR000OLD', 'ENCFF000OLD', 'StarQualityMetric', '{}')",
    "INSERT INTO derived_files (file_path, source_accessions, description, created_at) VALUES "
    "('/data/peaks.bed', '[\"ENCSR000OLD\"]', 'peaks', 1600000002)",
    "INSERT INTO external_references (experiment_accession, reference_type, reference_id, linked_at) VALUES "
    "('ENCSR000OLD', 'geo_accession', 'GSE1', 1600000003)",
};

QStringList strings(const char *const *statements, std::size_t count)
{
    QStringList list;
    for (std::size_t i = 0; i < count; ++i)
        list.append(QString::fromUtf8(statements[i]));
    return list;
}

// ENCSR000BAA, ENCSR001BAA, ...: distinct valid accessions that never meet the sample's ENCSR000OLD.
QString generatedAccession(int i)
{
    const auto letter = [](int n) { return QChar(QLatin1Char(char('A' + n % 26))); };
    return QStringLiteral("ENCSR%1").arg(i % 1000, 3, 10, QLatin1Char('0')) + letter(1 + i / 1000) +
           letter(i / 26000) + letter(i / 676000);
}

} // namespace

QStringList originalToolSchemaStatements()
{
    return strings(originalToolSchema, std::size(originalToolSchema));
}

QStringList originalToolStatements()
{
    return originalToolSchemaStatements() + strings(originalToolSampleRows, std::size(originalToolSampleRows));
}

QStringList originalToolExperimentRows(int count)
{
    QStringList statements{QStringLiteral("BEGIN")};
    for (int i = 0; i < count; ++i) {
        const QString accession = generatedAccession(i);
        statements.append(QStringLiteral("INSERT INTO tracked_experiments (accession, assay_title, organism, raw_metadata, "
                                         "tracked_at, updated_at, notes) VALUES ('%1', 'ATAC-seq', 'Homo sapiens', "
                                         "'{\"audit\":{\"WARNING\":[{},{}]}}', %2, %2, 'note %3')")
                              .arg(accession)
                              .arg(1600000000 + i)
                              .arg(i));
        statements.append(QStringLiteral("INSERT INTO publications (experiment_accession, pmid, title) VALUES ('%1', '%2', "
                                         "'Paper %2')")
                              .arg(accession)
                              .arg(1000 + i));
    }
    statements.append(QStringLiteral("COMMIT"));
    return statements;
}

bool writeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool writeOriginalToolFile(const QString &path, int extraExperiments)
{
    QStringList statements = originalToolStatements();
    if (extraExperiments > 0)
        statements += originalToolExperimentRows(extraExperiments);
    return writeRawDatabase(path, statements);
}

} // namespace encode::testsupport
