// Storing, updating, listing and removing experiments: idempotency, notes, transactions, filters and
// the defects of the original tool that we must not repeat.
#include "models/collection/CollectionRepository.h"
#include "models/collection/SoftwareListJson.h"
#include "tests/support/TestCollection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace encode;
using models::ExperimentRecord;
using models::SaveAction;
using models::SaveOptions;
using testsupport::sampleRecord;
using testsupport::TestCollection;

namespace {

SaveOptions at(double now, std::optional<QString> notes = std::nullopt)
{
    SaveOptions options;
    options.now = now;
    options.notes = std::move(notes);
    return options;
}

int count(const TestCollection &c, const QString &table, const QString &accession)
{
    return c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE experiment_accession = ?").arg(table), {accession}).toInt();
}

void addDerivedFile(const TestCollection &c, const QString &path, const QString &sourcesJson)
{
    QSqlQuery query(c.database()->connection());
    query.prepare("INSERT INTO derived_files (file_path, source_accessions, created_at) VALUES (?, ?, 1)");
    query.addBindValue(path);
    query.addBindValue(sourcesJson);
    QVERIFY(query.exec());
}

QStringList accessionsOf(const QList<models::ExperimentListRow> &rows)
{
    QStringList accessions;
    for (const models::ExperimentListRow &row : rows)
        accessions.append(row.experiment.accession);
    accessions.sort();
    return accessions;
}

} // namespace

class TestCollectionRepository final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void savesEveryPart()
    {
        TestCollection c;
        QVERIFY2(c.isOpen(), qPrintable(c.openError()));
        models::CollectionRepository repository = c.repository();
        const auto saved = repository.save(sampleRecord("ENCSR100AAA"), at(1000));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), SaveAction::Tracked);

        const auto details = repository.details("ENCSR100AAA");
        QVERIFY(details.ok() && details.value().has_value());
        const models::ExperimentDetails &d = *details.value();
        QCOMPARE(d.experiment.assayTitle, QStringLiteral("TF ChIP-seq"));
        QCOMPARE(d.experiment.trackedAt, 1000.0);
        QCOMPARE(d.experiment.updatedAt, 1000.0);
        QCOMPARE(d.experiment.notes, QStringLiteral(""));
        QCOMPARE(d.publications.size(), 1);
        QCOMPARE(d.pipelines.size(), 1);
        QCOMPARE(d.pipelines.first().software, (QList<models::Software>{{"bwa", "0.7.17"}}));
        QCOMPARE(d.qualityMetrics.size(), 1);
        QCOMPARE(d.externalReferences.size(), 1);
        QCOMPARE(d.externalReferences.first().linkedAt, 1000.0);
        QCOMPARE(c.scalar("SELECT software_list FROM pipeline_info").toString(),
                 QStringLiteral("[{\"name\":\"bwa\",\"version\":\"0.7.17\"}]"));
    }

    void auditFlagsAreSummarised()
    {
        TestCollection c;
        ExperimentRecord record = sampleRecord("ENCSR100AAA");
        record.experiment.rawMetadata =
            R"({"accession":"ENCSR100AAA","audit":{"ERROR":[{"category":"a"}],"WARNING":[{},{}],"odd":"x"}})";
        QVERIFY(c.repository().save(record, at(1)).ok());
        QCOMPARE(c.scalar("SELECT audit_summary FROM tracked_experiments").toString(),
                 QStringLiteral(R"({"ERROR":1,"WARNING":2})"));
        record.experiment.rawMetadata = R"({"accession":"ENCSR100AAA"})";
        QVERIFY(c.repository().save(record, at(2)).ok());
        QCOMPARE(c.scalar("SELECT audit_summary FROM tracked_experiments").toString(), QStringLiteral("{}"));
    }

    void waitsForAnotherWriterInsteadOfFailing()
    {
        TestCollection c;
        QVERIFY(c.repository().save(sampleRecord("ENCSR100AAA"), at(1)).ok());
        // Another process, as SQLite sees it: a connection in another thread holding the write lock
        // for a moment, then committing.
        std::atomic<bool> locked = false;
        std::thread writer([&locked, path = c.path()] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other-writer");
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec("BEGIN IMMEDIATE"));
                QVERIFY(query.exec("UPDATE tracked_experiments SET notes = 'from the CLI'"));
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(400));
                QVERIFY(query.exec("COMMIT"));
                query.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase("other-writer");
        });
        while (!locked)
            std::this_thread::yield();
        const auto saved = c.repository().save(sampleRecord("ENCSR200BBB"), at(2));
        writer.join();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.failure().message));
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 2);
        QCOMPARE(c.repository().notes("ENCSR100AAA").value(), QStringLiteral("from the CLI"));
    }

    void absentValuesStayNull()
    {
        TestCollection c;
        ExperimentRecord record = sampleRecord("ENCSR100AAA");
        record.experiment.target = QString();
        QVERIFY(c.repository().save(record, at(1)).ok());
        QVERIFY(c.scalar("SELECT target FROM tracked_experiments").isNull());
    }

    void retrackingUpdatesWithoutDuplicatesAndKeepsNotesAndTrackedAt()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(1000, QString("first notes"))).ok());
        ExperimentRecord changed = sampleRecord("ENCSR100AAA");
        changed.experiment.status = "archived";
        const auto saved = repository.save(changed, at(2000));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), SaveAction::Updated);

        const models::ExperimentDetails d = *repository.details("ENCSR100AAA").value();
        QCOMPARE(d.experiment.status, QStringLiteral("archived"));
        QCOMPARE(d.experiment.trackedAt, 1000.0);
        QCOMPARE(d.experiment.updatedAt, 2000.0);
        QCOMPARE(d.experiment.notes, QStringLiteral("first notes"));
        for (const char *table : {"publications", "pipeline_info", "quality_metrics", "external_references"})
            QVERIFY2(count(c, table, "ENCSR100AAA") == 1, table);
    }

    void newNotesReplaceOldOnes()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(1, QString("old"))).ok());
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(2, QString("new\nlines"))).ok());
        QCOMPARE(repository.notes("ENCSR100AAA").value(), QStringLiteral("new\nlines"));
        QVERIFY(!repository.setNotes("ENCSR100AAA", "edited").has_value());
        QCOMPARE(repository.notes("ENCSR100AAA").value(), QStringLiteral("edited"));
        const models::Status missing = repository.setNotes("ENCSR999ZZZ", "x");
        QVERIFY(missing.has_value());
        QCOMPARE(missing->kind, models::Failure::Kind::NotFound);
    }

    void publicationsWithoutPmidDoNotOverwriteEachOther()
    {
        TestCollection c;
        ExperimentRecord record = sampleRecord("ENCSR100AAA");
        record.publications = {{QString(), "10.1/a", "Preprint A", {}, {}, {}, {}},
                               {QString(), "10.1/b", "Preprint B", {}, {}, {}, {}},
                               {"222", "10.1/c", "Paper C", {}, {}, {}, {}}};
        QVERIFY(c.repository().save(record, at(1)).ok());
        QVERIFY(c.repository().save(record, at(2)).ok());
        QCOMPARE(count(c, "publications", "ENCSR100AAA"), 3);
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM publications WHERE pmid IS NULL").toInt(), 2);
    }

    void partsSwitchedOffAreLeftAlone()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(1)).ok());
        ExperimentRecord bare = sampleRecord("ENCSR100AAA");
        bare.publications.clear();
        bare.pipelines.clear();
        SaveOptions options = at(2);
        options.replacePublications = false;
        options.replacePipelines = false;
        QVERIFY(repository.save(bare, options).ok());
        QCOMPARE(count(c, "publications", "ENCSR100AAA"), 1);
        QCOMPARE(count(c, "pipeline_info", "ENCSR100AAA"), 1);
    }

    void failureInTheMiddleLeavesNoPartialRows()
    {
        TestCollection c;
        QSqlQuery query(c.database()->connection());
        QVERIFY(query.exec("CREATE TRIGGER refuse_metrics BEFORE INSERT ON quality_metrics "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"));
        const auto saved = c.repository().save(sampleRecord("ENCSR100AAA"), at(1));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.failure().message.contains("disk on fire"), qPrintable(saved.failure().message));
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 0);
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM publications").toInt(), 0);
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM pipeline_info").toInt(), 0);
    }

    void aFullDiskIsNamedAndLeavesNoPartialRows()
    {
        TestCollection c;
        QSqlQuery query(c.database()->connection());
        QVERIFY(query.exec("PRAGMA page_count"));
        QVERIFY(query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        // The file may not grow any more: SQLite answers SQLITE_FULL, as on a full disk.
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        ExperimentRecord big = sampleRecord("ENCSR100AAA");
        big.experiment.rawMetadata = QString(200000, QLatin1Char('x'));
        const auto saved = c.repository().save(big, at(1));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.failure().kind, models::Failure::Kind::Storage);
        QVERIFY2(saved.failure().message.contains("the disk holding the collection is full"), qPrintable(saved.failure().message));
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM tracked_experiments").toInt(), 0);
    }

    void failedUpdateKeepsThePreviousVersion()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(1, QString("keep me"))).ok());
        QSqlQuery query(c.database()->connection());
        QVERIFY(query.exec("CREATE TRIGGER refuse_metrics BEFORE INSERT ON quality_metrics "
                           "BEGIN SELECT RAISE(ABORT, 'no'); END"));
        ExperimentRecord changed = sampleRecord("ENCSR100AAA");
        changed.experiment.status = "revoked";
        QVERIFY(!repository.save(changed, at(2, QString("lost?"))).ok());
        const models::ExperimentDetails d = *repository.details("ENCSR100AAA").value();
        QCOMPARE(d.experiment.status, QStringLiteral("released"));
        QCOMPARE(d.experiment.notes, QStringLiteral("keep me"));
        QCOMPARE(d.publications.size(), 1);
        QCOMPARE(d.qualityMetrics.size(), 1);
    }

    void untrackRemovesChildRowsButNeverProvenance()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(1)).ok());
        QVERIFY(repository.save(sampleRecord("ENCSR200BBB"), at(1)).ok());
        addDerivedFile(c, "/data/only-a.bed", "[\"ENCSR100AAA\"]");
        addDerivedFile(c, "/data/both.bed", "[\"ENCSR100AAA\",\"ENCSR200BBB\"]");

        const auto removed = repository.untrack("ENCSR100AAA");
        QVERIFY(removed.ok() && removed.value());
        for (const char *table : {"publications", "pipeline_info", "quality_metrics", "external_references"})
            QVERIFY2(count(c, table, "ENCSR100AAA") == 0, table);
        QCOMPARE(count(c, "publications", "ENCSR200BBB"), 1);
        QCOMPARE(c.scalar("SELECT COUNT(*) FROM derived_files").toInt(), 2);

        const auto again = repository.untrack("ENCSR100AAA");
        QVERIFY(again.ok());
        QVERIFY(!again.value());
    }

    void listFiltersAreCaseInsensitiveSubstrings_data()
    {
        QTest::addColumn<QString>("assay");
        QTest::addColumn<QString>("organism");
        QTest::addColumn<QString>("organ");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no filter") << "" << "" << "" << QStringList{"ENCSR100AAA", "ENCSR200BBB", "ENCSR300CCC"};
        QTest::newRow("assay any case") << "chip" << "" << "" << QStringList{"ENCSR100AAA", "ENCSR200BBB"};
        QTest::newRow("organism") << "" << "MUS" << "" << QStringList{"ENCSR300CCC"};
        QTest::newRow("organ substring") << "" << "" << "ver" << QStringList{"ENCSR100AAA"};
        QTest::newRow("combined") << "histone" << "homo" << "" << QStringList{"ENCSR200BBB"};
        QTest::newRow("nothing matches means nothing") << "no such assay" << "" << "" << QStringList{};
        QTest::newRow("percent is literal") << "%" << "" << "" << QStringList{};
        QTest::newRow("underscore is literal") << "_" << "" << "" << QStringList{"ENCSR300CCC"};
    }

    void listFiltersAreCaseInsensitiveSubstrings()
    {
        QFETCH(QString, assay);
        QFETCH(QString, organism);
        QFETCH(QString, organ);
        QFETCH(QStringList, expected);
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA", "TF ChIP-seq", "Homo sapiens", "liver"), at(1)).ok());
        QVERIFY(repository.save(sampleRecord("ENCSR200BBB", "Histone ChIP-seq", "Homo sapiens", "brain"), at(2)).ok());
        QVERIFY(repository.save(sampleRecord("ENCSR300CCC", "snake_case RNA-seq", "Mus musculus", "heart"), at(3)).ok());
        const auto rows = repository.list({.assay = assay, .organism = organism, .organ = organ});
        QVERIFY(rows.ok());
        QCOMPARE(accessionsOf(rows.value()), expected);
    }

    void listCountsPublicationsAndDerivedFilesExactly()
    {
        TestCollection c;
        models::CollectionRepository repository = c.repository();
        QVERIFY(repository.save(sampleRecord("ENCSR100AAA"), at(2)).ok());
        QVERIFY(repository.save(sampleRecord("ENCSR100AAB"), at(1)).ok());
        addDerivedFile(c, "/a", "[\"ENCSR100AAA\"]");
        addDerivedFile(c, "/b", "[\"ENCSR100AAA\",\"ENCFF000XYZ\"]");
        addDerivedFile(c, "/c", "[\"ENCSR100AAAB\"]");    // a longer accession: must not count for ENCSR100AAA
        addDerivedFile(c, "/d", "[\"xENCSR100AAB\"]");    // substring: must not count
        addDerivedFile(c, "/e", "not json at all");        // a damaged row must not break listing
        const auto rows = repository.list({});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(0).experiment.accession, QStringLiteral("ENCSR100AAA")); // newest first
        QCOMPARE(rows.value().at(0).derivedFileCount, 2);
        QCOMPARE(rows.value().at(0).publicationCount, 1);
        QCOMPARE(rows.value().at(1).derivedFileCount, 0);
        QCOMPARE(rows.value().at(0).externalReferenceCount, 1);
        QCOMPARE(rows.value().at(0).pmids, QStringList{"11111111"});

        const auto chosen = repository.list({.accessions = {"ENCSR100AAB", "ENCSR999ZZZ"}});
        QVERIFY(chosen.ok());
        QCOMPARE(accessionsOf(chosen.value()), QStringList{"ENCSR100AAB"});

        const auto details = repository.details("ENCSR100AAA");
        QCOMPARE(details.value()->derivedFiles.size(), 2);
        QCOMPARE(details.value()->derivedFiles.at(1).sourceAccessions, (QStringList{"ENCSR100AAA", "ENCFF000XYZ"}));
    }

    void detailsOfAnUntrackedAccessionIsEmpty()
    {
        TestCollection c;
        const auto details = c.repository().details("ENCSR999ZZZ");
        QVERIFY(details.ok());
        QVERIFY(!details.value().has_value());
        QCOMPARE(c.repository().notes("ENCSR999ZZZ").failure().kind, models::Failure::Kind::NotFound);
    }

    void softwareListRoundTrips()
    {
        const QList<models::Software> software{{"STAR", "2.5.1b"}, {"RSEM", "1.2.31"}, {"odd \"name\"", ""}};
        QCOMPARE(models::softwareListFromJson(models::softwareListToJson(software)), software);
        QCOMPARE(models::softwareListFromJson("[]"), QList<models::Software>{});
        QCOMPARE(models::softwareListFromJson("garbage"), QList<models::Software>{});
    }
};

QTEST_GUILESS_MAIN(TestCollectionRepository)
#include "tst_collectionrepository.moc"
