#include "models/database/sqlite/SqliteSchema.h"

#include "models/database/sqlite/SqliteDialect.h"
#include "models/database/sqlite/SqliteErrors.h"

#include <QSqlQuery>

namespace encode::models::sqlite {
namespace {

// Version 1 is the original tool's schema (its table and index names), written with IF NOT EXISTS so that its files (version 0,
// tables present) pass through unchanged while new files get every table. Names, columns and types
// must never change: the original tool still reads and writes files we have touched.
QStringList originalSchema()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS tracked_experiments (
            accession TEXT PRIMARY KEY, assay_title TEXT, target TEXT, biosample_summary TEXT,
            organism TEXT, organ TEXT, biosample_type TEXT, status TEXT, date_released TEXT,
            description TEXT, lab TEXT, award TEXT, assembly TEXT, replication_type TEXT,
            life_stage TEXT, url TEXT, raw_metadata TEXT, tracked_at REAL, updated_at REAL,
            notes TEXT DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS publications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            experiment_accession TEXT NOT NULL REFERENCES tracked_experiments(accession),
            pmid TEXT, doi TEXT, title TEXT, authors TEXT, journal TEXT, year TEXT, abstract TEXT,
            UNIQUE(experiment_accession, pmid)))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS pipeline_info (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            experiment_accession TEXT NOT NULL REFERENCES tracked_experiments(accession),
            pipeline_title TEXT, pipeline_version TEXT, software_list TEXT, analysis_status TEXT))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS quality_metrics (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            experiment_accession TEXT NOT NULL REFERENCES tracked_experiments(accession),
            file_accession TEXT, metric_type TEXT, metric_data TEXT))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS derived_files (
            id INTEGER PRIMARY KEY AUTOINCREMENT, file_path TEXT NOT NULL,
            source_accessions TEXT NOT NULL, description TEXT, created_at REAL, file_type TEXT,
            tool_used TEXT, parameters TEXT, notes TEXT DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS external_references (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            experiment_accession TEXT NOT NULL REFERENCES tracked_experiments(accession),
            reference_type TEXT NOT NULL, reference_id TEXT NOT NULL, description TEXT DEFAULT '',
            linked_at REAL, UNIQUE(experiment_accession, reference_type, reference_id)))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_pub_experiment ON publications(experiment_accession)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_pipeline_experiment ON pipeline_info(experiment_accession)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_qm_experiment ON quality_metrics(experiment_accession)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_derived_sources ON derived_files(source_accessions)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_extref_experiment ON external_references(experiment_accession)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_extref_type ON external_references(reference_type)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_exp_assay ON tracked_experiments(assay_title)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_exp_organism ON tracked_experiments(organism)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idx_exp_organ ON tracked_experiments(organ)"),
    };
}

Status createOriginalSchema(SchemaWriter &writer)
{
    for (const QString &statement : originalSchema()) {
        if (Status failed = writer.execute(statement))
            return failed;
    }
    return std::nullopt;
}

// Version 2: audit flags kept beside raw_metadata (so the table never parses large JSON per row), and
// an index for the default order, newest first.
Status addAuditSummary(SchemaWriter &writer)
{
    if (Status failed = writer.addColumn(QStringLiteral("tracked_experiments"), QStringLiteral("audit_summary"),
                                         QStringLiteral("TEXT")))
        return failed;
    QStringList statements{QStringLiteral("CREATE INDEX IF NOT EXISTS idx_tracked_at ON tracked_experiments(tracked_at)")};
    statements += auditSummaryTriggers();
    for (const QString &statement : std::as_const(statements)) {
        if (Status failed = writer.execute(statement))
            return failed;
    }
    return writer.updateInBlocks(QStringLiteral("tracked_experiments"), auditSummaryAssignment(),
                                 QStringLiteral("audit_summary IS NULL"));
}

// Version 3: what a derived file was when it was logged (size, SHA-256, modification time), so the
// app can tell later whether it is still there and unchanged; and an index for looking a file up by
// path. New nullable columns only: the original tool's inserts name their columns and still work,
// and its rows simply have no fingerprint.
Status addDerivedFileFingerprints(SchemaWriter &writer)
{
    const QString table = QStringLiteral("derived_files");
    for (const auto &[column, definition] :
         {std::pair{QStringLiteral("file_size"), QStringLiteral("INTEGER DEFAULT NULL")},
          std::pair{QStringLiteral("sha256"), QStringLiteral("TEXT DEFAULT NULL")},
          std::pair{QStringLiteral("file_modified_at"), QStringLiteral("REAL DEFAULT NULL")}}) {
        if (Status failed = writer.addColumn(table, column, definition))
            return failed;
    }
    return writer.execute(QStringLiteral("CREATE INDEX IF NOT EXISTS idx_derived_path ON derived_files(file_path)"));
}

} // namespace

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{
        {1, QStringLiteral("the original tool's tables and indexes"), createOriginalSchema},
        {2, QStringLiteral("audit flags beside each experiment"), addAuditSummary},
        {3, QStringLiteral("size and SHA-256 of derived files"), addDerivedFileFingerprints},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrationSteps().constLast().version;
}

Result<QStringList> missingExperimentColumns(QSqlDatabase &database)
{
    static const QStringList expected{
        QStringLiteral("accession"),        QStringLiteral("assay_title"),    QStringLiteral("target"),
        QStringLiteral("biosample_summary"), QStringLiteral("organism"),       QStringLiteral("organ"),
        QStringLiteral("biosample_type"),   QStringLiteral("status"),         QStringLiteral("date_released"),
        QStringLiteral("description"),      QStringLiteral("lab"),            QStringLiteral("award"),
        QStringLiteral("assembly"),         QStringLiteral("replication_type"), QStringLiteral("life_stage"),
        QStringLiteral("url"),              QStringLiteral("raw_metadata"),   QStringLiteral("tracked_at"),
        QStringLiteral("updated_at"),       QStringLiteral("notes")};
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('tracked_experiments')")))
        return storageFailure(describeError(query.lastError()));
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    if (present.isEmpty())
        return QStringList();
    QStringList missing;
    for (const QString &column : expected) {
        if (!present.contains(column))
            missing.append(column);
    }
    return missing;
}

} // namespace encode::models::sqlite
