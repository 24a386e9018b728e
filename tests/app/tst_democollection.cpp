// The demo collection: built offline from the data compiled into the app, rich enough to show every
// feature (publications, pipelines with software, quality metrics, references, notes, audits), and
// rebuilt from scratch when asked again.
#include "models/collection/CollectionRepository.h"
#include "models/collection/SoftwareListJson.h"
#include "models/database/CollectionDatabase.h"
#include "app/demo/DemoCollection.h"
#include "models/provenance/ProvenanceService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace encode;

class TestDemoCollection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheDemoFileInTheDirectory();
    void everyExperimentHasAccessionAssayAndOrganism();
    void coversSeveralAssaysOrganismsAndStatuses();
    void fillsEveryChildTable();
    void pipelinesListTheirSoftware();
    void someExperimentsHaveNotes();
    void trackedDatesSpreadOverMonths();
    void someExperimentsHaveErrorAudits();
    void logsAnAnalysisWithAChangedAndAMissingFile();
    void creatingAgainReplacesTheFile();
    void refusesDirectoriesItCannotUse();

private:
    [[nodiscard]] QVariant scalar(const QString &sql) const;
    [[nodiscard]] bool openCollection();
    [[nodiscard]] static QString createTimed(const QString &directory);

    QTemporaryDir m_directory;
    QString m_path;
    std::shared_ptr<models::CollectionDatabase> m_database;
};

QString TestDemoCollection::createTimed(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    models::Result<QString> created = app::createDemoCollection(directory);
    const qint64 elapsed = timer.elapsed();
    if (!created.ok()) {
        qWarning("createDemoCollection failed: %s", qPrintable(created.failure().message));
        return {};
    }
    qInfo("demo collection created in %lld ms", static_cast<long long>(elapsed));
    return created.value();
}

bool TestDemoCollection::openCollection()
{
    models::Result<std::shared_ptr<models::CollectionDatabase>> opened = models::CollectionDatabase::open(m_path);
    if (!opened.ok()) {
        qWarning("cannot open the demo collection: %s", qPrintable(opened.failure().message));
        return false;
    }
    m_database = opened.value();
    return true;
}

QVariant TestDemoCollection::scalar(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

void TestDemoCollection::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_path = createTimed(m_directory.path());
    QVERIFY(!m_path.isEmpty());
    QVERIFY(openCollection());
}

void TestDemoCollection::writesTheDemoFileInTheDirectory()
{
    QCOMPARE(QFileInfo(m_path).fileName(), app::demoCollectionFileName());
    QCOMPARE(QFileInfo(m_path).absolutePath(), QFileInfo(m_directory.path()).absoluteFilePath());
    QVERIFY(QFileInfo(m_path).size() > 0);
    QVERIFY2(!QFile::exists(m_path + ".building"), "the temporary build file must not stay behind");
}

void TestDemoCollection::everyExperimentHasAccessionAssayAndOrganism()
{
    QVERIFY2(scalar("SELECT COUNT(*) FROM tracked_experiments").toInt() >= 250, "expected about 300 experiments");
    QCOMPARE(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE accession NOT GLOB 'ENCSR[0-9][0-9][0-9][A-Z][A-Z][A-Z]'"
                    " OR COALESCE(assay_title, '') = '' OR COALESCE(organism, '') = ''")
                 .toInt(),
             0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE url NOT LIKE "
                    "'https://www.encodeproject.org/experiments/' || accession || '/'")
                 .toInt(),
             0);

    // The list the collection window shows holds every experiment too.
    models::CollectionRepository repository(m_database->connection());
    models::Result<QList<models::ExperimentListRow>> rows = repository.list(models::CollectionFilter{});
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), scalar("SELECT COUNT(*) FROM tracked_experiments").toInt());
}

void TestDemoCollection::coversSeveralAssaysOrganismsAndStatuses()
{
    QVERIFY(scalar("SELECT COUNT(DISTINCT assay_title) FROM tracked_experiments").toInt() >= 8);
    QVERIFY(scalar("SELECT COUNT(DISTINCT organism) FROM tracked_experiments").toInt() >= 3);
    QVERIFY(scalar("SELECT COUNT(DISTINCT biosample_type) FROM tracked_experiments").toInt() >= 4);
    QVERIFY(scalar("SELECT COUNT(DISTINCT lab) FROM tracked_experiments").toInt() >= 5);
    QVERIFY(scalar("SELECT COUNT(DISTINCT assembly) FROM tracked_experiments").toInt() >= 4);
    QVERIFY(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE status = 'archived'").toInt() > 0);
    QVERIFY(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE status = 'revoked'").toInt() > 0);
    QVERIFY(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE target IS NOT NULL").toInt() > 0);
    QVERIFY(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE target IS NULL").toInt() > 0);
}

void TestDemoCollection::fillsEveryChildTable()
{
    QVERIFY(scalar("SELECT COUNT(DISTINCT experiment_accession) FROM publications").toInt() >= 20);
    QVERIFY2(scalar("SELECT COUNT(*) FROM publications WHERE pmid IS NULL").toInt() > 0,
             "a preprint without a PMID shows how such papers are kept");
    QVERIFY(scalar("SELECT COUNT(DISTINCT experiment_accession) FROM pipeline_info").toInt() >= 50);
    QVERIFY(scalar("SELECT COUNT(DISTINCT experiment_accession) FROM quality_metrics").toInt() >= 50);
    QVERIFY(scalar("SELECT COUNT(DISTINCT metric_type) FROM quality_metrics").toInt() >= 5);
    QVERIFY(scalar("SELECT COUNT(DISTINCT experiment_accession) FROM external_references").toInt() >= 50);
    for (const char *type : {"geo_accession", "pmid", "doi"}) {
        QVERIFY2(scalar(QStringLiteral("SELECT COUNT(*) FROM external_references WHERE reference_type = '%1'")
                            .arg(QLatin1String(type)))
                         .toInt() > 0,
                 type);
    }
}

void TestDemoCollection::pipelinesListTheirSoftware()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec("SELECT pipeline_title, software_list FROM pipeline_info"));
    int withSoftware = 0;
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QList<models::Software> software = models::softwareListFromJson(query.value(1).toString());
        if (!software.isEmpty() && !software.first().name.isEmpty() && !software.first().version.isEmpty())
            ++withSoftware;
    }
    QVERIFY(rows > 0);
    QCOMPARE(withSoftware, rows); // every demo pipeline's page lists its software
}

void TestDemoCollection::someExperimentsHaveNotes()
{
    QVERIFY(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE notes <> ''").toInt() >= 10);
    QVERIFY2(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE notes LIKE '%' || char(10) || '%'").toInt() > 0,
             "a note over several lines");
}

void TestDemoCollection::trackedDatesSpreadOverMonths()
{
    const double first = scalar("SELECT MIN(tracked_at) FROM tracked_experiments").toDouble();
    const double last = scalar("SELECT MAX(tracked_at) FROM tracked_experiments").toDouble();
    QVERIFY2(last - first > 90.0 * 24 * 3600, "tracked over several months");
    QVERIFY(last <= static_cast<double>(QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(scalar("SELECT COUNT(DISTINCT tracked_at) FROM tracked_experiments").toInt(),
             scalar("SELECT COUNT(*) FROM tracked_experiments").toInt());
}

void TestDemoCollection::someExperimentsHaveErrorAudits()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec("SELECT raw_metadata FROM tracked_experiments"));
    int withError = 0;
    int withNotCompliant = 0;
    while (query.next()) {
        const QJsonObject audit =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().value("audit").toObject();
        const QJsonArray errors = audit.value("ERROR").toArray();
        if (!errors.isEmpty()) {
            ++withError;
            const QJsonObject entry = errors.first().toObject();
            QVERIFY(!entry.value("category").toString().isEmpty());
            QVERIFY(!entry.value("detail").toString().isEmpty());
            QCOMPARE(entry.value("level").toInt(), 60);
        }
        if (!audit.value("NOT_COMPLIANT").toArray().isEmpty())
            ++withNotCompliant;
    }
    QVERIFY(withError > 0);
    QVERIFY(withNotCompliant > 0);
}

void TestDemoCollection::logsAnAnalysisWithAChangedAndAMissingFile()
{
    QCOMPARE(scalar("SELECT COUNT(DISTINCT file_path) FROM derived_files").toInt(), 7);
    auto opened = models::CollectionDatabase::open(m_path, models::CollectionDatabase::Missing::IsAnError);
    QVERIFY(opened.ok());
    const models::ProvenanceService provenance(opened.value()->connection());
    const QString analysis = QFileInfo(m_path).absoluteDir().filePath("demo-analysis");
    const auto chain = provenance.provenanceOf(QDir(analysis).filePath("peaks.idr.bed"));
    QVERIFY2(chain.ok(), chain.ok() ? "" : qPrintable(chain.failure().message));
    int experiments = 0;
    for (const models::ProvenanceNode &node : chain.value().nodes)
        experiments += node.kind == models::ProvenanceNodeKind::Experiment ? 1 : 0;
    QCOMPARE(experiments, 3); // two replicates and the control, through pooled.bam and the peaks
    const auto checked = provenance.check();
    QVERIFY(checked.ok());
    QStringList missing, changed;
    for (const models::FileCheckResult &result : checked.value()) {
        if (result.verdict.state == models::FileState::Missing)
            missing.append(QFileInfo(result.file.path).fileName());
        if (result.verdict.state == models::FileState::Changed)
            changed.append(QFileInfo(result.file.path).fileName());
    }
    QCOMPARE(missing, QStringList{"old-peaks.bed"});
    QCOMPARE(changed, QStringList{"signal.bigWig"});
}

void TestDemoCollection::creatingAgainReplacesTheFile()
{
    const int experiments = scalar("SELECT COUNT(*) FROM tracked_experiments").toInt();
    const int publications = scalar("SELECT COUNT(*) FROM publications").toInt();
    const int metrics = scalar("SELECT COUNT(*) FROM quality_metrics").toInt();
    const int references = scalar("SELECT COUNT(*) FROM external_references").toInt();
    // A change the user made to the old demo must not survive: the file is rebuilt, not updated.
    QSqlQuery mark(m_database->connection());
    QVERIFY(mark.exec("UPDATE tracked_experiments SET notes = 'edited in the old demo'"));
    m_database.reset();

    QCOMPARE(createTimed(m_directory.path()), m_path);
    QVERIFY(openCollection());
    QCOMPARE(scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), experiments);
    QCOMPARE(scalar("SELECT COUNT(*) FROM publications").toInt(), publications);
    QCOMPARE(scalar("SELECT COUNT(*) FROM quality_metrics").toInt(), metrics);
    QCOMPARE(scalar("SELECT COUNT(*) FROM external_references").toInt(), references);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tracked_experiments WHERE notes = 'edited in the old demo'").toInt(), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM (SELECT 1 FROM publications GROUP BY experiment_accession, "
                    "COALESCE(pmid, doi, title) HAVING COUNT(*) > 1)")
                 .toInt(),
             0);
}

void TestDemoCollection::refusesDirectoriesItCannotUse()
{
    models::Result<QString> empty = app::createDemoCollection(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.failure().kind, models::Failure::Kind::InvalidInput);

    // A directory that cannot exist: its parent is a regular file.
    const QString file = m_directory.filePath("not-a-directory");
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    models::Result<QString> blocked = app::createDemoCollection(file + "/demo");
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.failure().kind, models::Failure::Kind::Storage);
    QVERIFY(!blocked.failure().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoCollection)
#include "tst_democollection.moc"
