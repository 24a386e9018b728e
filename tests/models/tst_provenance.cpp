// Provenance of derived files (spec section 9): chains of any depth, exact accession matching, the
// missing/changed check, cycles refused, and rows of the original tool read as they are.
#include "models/provenance/DerivedFileStore.h"
#include "models/provenance/ProvenanceService.h"
#include "models/provenance/ProvenanceSource.h"
#include "tests/support/ProvenanceFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace encode;
using testsupport::ProvenanceFixture;

namespace {

QSet<QString> nodeIds(const models::ProvenanceGraph &graph)
{
    QSet<QString> ids;
    for (const models::ProvenanceNode &node : graph.nodes)
        ids.insert(node.id);
    return ids;
}

// Node ids named in a test row: file names become the fixture's "derived-<id>", accessions stay.
QSet<QString> expectedIds(ProvenanceFixture &fixture, const QStringList &names)
{
    QSet<QString> ids;
    for (const QString &name : names)
        ids.insert(name.contains('.') ? fixture.nodeId(name) : name);
    return ids;
}

void insertRawRow(testsupport::TestCollection &collection, const QString &path, const QString &sourcesJson)
{
    QSqlQuery query(collection.database()->connection());
    query.prepare("INSERT INTO derived_files (file_path, source_accessions, description, created_at) VALUES "
                  "(?, ?, '', 1)");
    query.addBindValue(path);
    query.addBindValue(sourcesJson);
    QVERIFY(query.exec());
}

void setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

class TestProvenance final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chainBackToEncode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<int>("edges");
        QTest::newRow("depth 3") << "peaks.bed" << QStringList{"peaks.bed",   "merged.bam",  "a.bam",
                                                               "b.bam",       "ENCSR000AAA", "ENCFF000AAA",
                                                               "ENCSR000BBB", "ENCFF000BBB", "ENCSR000CCC"}
                                 << 8;
        QTest::newRow("depth 2") << "merged.bam"
                                 << QStringList{"merged.bam",  "a.bam",       "b.bam",      "ENCSR000AAA",
                                                "ENCFF000AAA", "ENCSR000BBB", "ENCFF000BBB"}
                                 << 6;
        QTest::newRow("depth 1") << "a.bam" << QStringList{"a.bam", "ENCSR000AAA", "ENCFF000AAA"} << 2;
    }

    void chainBackToEncode()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, nodes);
        QFETCH(int, edges);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().provenanceOf(fixture.path(file));
        QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : graph.failure().message));
        QCOMPARE(nodeIds(graph.value()), expectedIds(fixture, nodes));
        QCOMPARE(graph.value().edges.size(), edges);
        QCOMPARE(graph.value().rootId, fixture.nodeId(file));
        QCOMPARE(graph.value().nodes.first().id, fixture.nodeId(file));
        const models::ProvenanceNode *root = graph.value().node(fixture.nodeId(file));
        QVERIFY(root && root->file);
        QCOMPARE(root->file->tool, "tool for " + file);
        QCOMPARE(root->file->parameters, "--threads 4");
        QCOMPARE(root->state, models::FileState::Unchanged);
    }

    void chainStepsKeepTheirSources()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().provenanceOf(fixture.path("peaks.bed"));
        QVERIFY(graph.ok());
        const QStringList peaksSources = graph.value().sourcesOf(fixture.nodeId("peaks.bed"));
        QCOMPARE(QSet<QString>(peaksSources.begin(), peaksSources.end()),
                 (QSet<QString>{fixture.nodeId("merged.bam"), "ENCSR000CCC"}));
        const QStringList mergedSources = graph.value().sourcesOf(fixture.nodeId("merged.bam"));
        QCOMPARE(QSet<QString>(mergedSources.begin(), mergedSources.end()),
                 (QSet<QString>{fixture.nodeId("a.bam"), fixture.nodeId("b.bam")}));
    }

    void encodeSourcesAreEnrichedOrMarkedUntracked()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().provenanceOf(fixture.path("peaks.bed"));
        QVERIFY(graph.ok());
        const models::ProvenanceNode *tracked = graph.value().node("ENCSR000AAA");
        QVERIFY(tracked && tracked->encode);
        QCOMPARE(tracked->kind, models::ProvenanceNodeKind::Experiment);
        QVERIFY(tracked->encode->tracked);
        QCOMPARE(tracked->encode->assay, "TF ChIP-seq");
        QCOMPARE(tracked->encode->biosample, "HepG2");
        QCOMPARE(tracked->encode->organism, "Homo sapiens");
        // The sample's quality metrics name ENCFF000AAA, so the file is known to belong to ENCSR000AAA.
        const models::ProvenanceNode *file = graph.value().node("ENCFF000AAA");
        QVERIFY(file && file->encode);
        QCOMPARE(file->kind, models::ProvenanceNodeKind::EncodeFile);
        QCOMPARE(file->encode->experimentAccession, "ENCSR000AAA");
        QVERIFY(file->encode->tracked);
        for (const char *untracked : {"ENCSR000BBB", "ENCFF000BBB", "ENCSR000CCC"}) {
            const models::ProvenanceNode *node = graph.value().node(untracked);
            QVERIFY2(node && node->encode && !node->encode->tracked, untracked);
        }
    }

    void descendantsAtAnyDepth_data()
    {
        QTest::addColumn<QString>("accession");
        QTest::addColumn<QStringList>("derived");
        QTest::newRow("experiment, depth 3")
            << "ENCSR000AAA" << QStringList{"a.bam", "merged.bam", "peaks.bed"};
        QTest::newRow("file, depth 3") << "ENCFF000AAA" << QStringList{"a.bam", "merged.bam", "peaks.bed"};
        QTest::newRow("untracked experiment")
            << "ENCSR000BBB" << QStringList{"b.bam", "merged.bam", "peaks.bed"};
        QTest::newRow("last step only") << "ENCSR000CCC" << QStringList{"peaks.bed"};
        QTest::newRow("nothing derived") << "ENCSR999ZZZ" << QStringList{};
    }

    void descendantsAtAnyDepth()
    {
        QFETCH(QString, accession);
        QFETCH(QStringList, derived);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().descendantsOf(accession);
        QVERIFY(graph.ok());
        QCOMPARE(graph.value().rootId, accession);
        QCOMPARE(nodeIds(graph.value()), expectedIds(fixture, derived) + QSet<QString>{accession});
    }

    void accessionsMatchExactly_data()
    {
        QTest::addColumn<QString>("storedSources");
        // Rows another tool may have written: none of them names ENCSR000AAA itself.
        QTest::newRow("longer accession") << R"(["ENCSR000AAAB"])";
        QTest::newRow("prefixed") << R"(["XENCSR000AAA"])";
        QTest::newRow("shorter") << R"(["ENCSR000AA"])";
        QTest::newRow("lower case") << R"(["encsr000aaa"])";
        QTest::newRow("inside a path") << R"(["/data/ENCSR000AAA/reads.bam"])";
        QTest::newRow("two in one string") << R"(["ENCSR000AAA,ENCSR000BBB"])";
        QTest::newRow("not a JSON array") << "ENCSR000AAA";
    }

    void accessionsMatchExactly()
    {
        QFETCH(QString, storedSources);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        insertRawRow(fixture.collection(), "/elsewhere/decoy.bed", storedSources);
        const auto graph = fixture.service().descendantsOf("ENCSR000AAA");
        QVERIFY(graph.ok());
        QCOMPARE(nodeIds(graph.value()),
                 expectedIds(fixture, {"ENCSR000AAA", "a.bam", "merged.bam", "peaks.bed"}));

        // Untracking ENCSR000AAA deletes no provenance: neither its own chain nor the look-alike row.
        const int before = fixture.collection().scalar("SELECT COUNT(*) FROM derived_files").toInt();
        const auto untracked = fixture.collection().repository().untrack("ENCSR000AAA");
        QVERIFY(untracked.ok() && untracked.value());
        QCOMPARE(fixture.collection().scalar("SELECT COUNT(*) FROM derived_files").toInt(), before);
        QCOMPARE(
            fixture.collection()
                .scalar("SELECT COUNT(*) FROM derived_files WHERE file_path = ?", {"/elsewhere/decoy.bed"})
                .toInt(),
            1);
        const auto after = fixture.service().provenanceOf(fixture.path("peaks.bed"));
        QVERIFY(after.ok());
        const models::ProvenanceNode *source = after.value().node("ENCSR000AAA");
        QVERIFY(source && source->encode && !source->encode->tracked);
    }

    void checkFindsMissingAndChangedFiles_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("rehash");
        QTest::addColumn<int>("expected"); // models::FileState
        QTest::newRow("untouched") << "none" << false << int(models::FileState::Unchanged);
        QTest::newRow("untouched, rehashed") << "none" << true << int(models::FileState::Unchanged);
        QTest::newRow("removed") << "remove" << false << int(models::FileState::Missing);
        QTest::newRow("grown") << "append" << false << int(models::FileState::Changed);
        QTest::newRow("same size, new time") << "rewrite" << false << int(models::FileState::Changed);
        QTest::newRow("touched only") << "touch" << false << int(models::FileState::Unchanged);
        // An edit that keeps size and time fools the quick check; --rehash catches it.
        QTest::newRow("time restored, quick")
            << "rewrite-keep-time" << false << int(models::FileState::Unchanged);
        QTest::newRow("time restored, rehash")
            << "rewrite-keep-time" << true << int(models::FileState::Changed);
    }

    void checkFindsMissingAndChangedFiles()
    {
        QFETCH(QString, change);
        QFETCH(bool, rehash);
        QFETCH(int, expected);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const QString path = fixture.path("merged.bam");
        const QDateTime logged = QFileInfo(path).lastModified();
        const QDateTime later = logged.addSecs(120);
        if (change == "remove") {
            QVERIFY(QFile::remove(path));
        } else if (change == "append") {
            QVERIFY(!fixture.writeFile("merged.bam", "reads of A and B, and more").isEmpty());
        } else if (change.startsWith("rewrite")) {
            QVERIFY(!fixture.writeFile("merged.bam", "READS OF A AND B").isEmpty());
            setModified(path, change == "rewrite" ? later : logged);
        } else if (change == "touch") {
            setModified(path, later);
        }
        const auto results =
            fixture.service().check(rehash ? models::Verification::Rehash : models::Verification::Quick);
        QVERIFY(results.ok());
        QCOMPARE(results.value().size(), 4);
        for (const models::FileCheckResult &result : results.value()) {
            const auto state =
                result.file.path == path ? models::FileState(expected) : models::FileState::Unchanged;
            QCOMPARE(result.verdict.state, state);
        }
        // The chain shows the same state on the file's node.
        const auto graph = fixture.service().provenanceOf(
            fixture.path("peaks.bed"), rehash ? models::Verification::Rehash : models::Verification::Quick);
        QVERIFY(graph.ok());
        QCOMPARE(graph.value().node(fixture.nodeId("merged.bam"))->state, models::FileState(expected));
    }

    void cyclesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("cycle");
        QTest::newRow("itself") << "a.bam"
                                << "a.bam"
                                << "a.bam -> a.bam";
        QTest::newRow("one step") << "a.bam"
                                  << "merged.bam"
                                  << "a.bam -> merged.bam -> a.bam";
        QTest::newRow("two steps") << "a.bam"
                                   << "peaks.bed"
                                   << "a.bam -> merged.bam -> peaks.bed -> a.bam";
    }

    void cyclesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(QString, cycle);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const QString message = fixture.log(file, {fixture.path(source)});
        QVERIFY(message.contains("cycle"));
        QString shown = message;
        shown.replace(fixture.path(""), QString()).replace('/', QString());
        QVERIFY2(shown.contains(cycle), qPrintable(message));
        // Nothing was written: the file keeps its ENCODE sources.
        const auto graph = fixture.service().provenanceOf(fixture.path(file));
        QVERIFY(graph.ok());
        QCOMPARE(nodeIds(graph.value()), expectedIds(fixture, {"a.bam", "ENCSR000AAA", "ENCFF000AAA"}));
    }

    void loggingAgainUpdatesTheRecord()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QSqlQuery notes(fixture.collection().database()->connection());
        QVERIFY(notes.exec("UPDATE derived_files SET notes = 'my note' WHERE file_path LIKE '%peaks.bed'"));
        QVERIFY(!fixture.writeFile("peaks.bed", "chr1\t100\t250\n").isEmpty());
        models::DerivedFileEntry entry{
            fixture.path("peaks.bed"), {"ENCSR000CCC"}, "macs2 2.2.9", "-q 0.01", "peaks", "bed"};
        const auto outcome = fixture.service().logDerivedFile(entry, 1800000000);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().action, models::LogAction::Updated);
        QCOMPARE(
            fixture.collection()
                .scalar("SELECT COUNT(*) FROM derived_files WHERE file_path = ?", {fixture.path("peaks.bed")})
                .toInt(),
            1);
        const models::LoggedFile &file = outcome.value().file;
        QCOMPARE(file.sources, QStringList{"ENCSR000CCC"});
        QCOMPARE(file.tool, "macs2 2.2.9");
        QCOMPARE(file.notes, "my note");
        QCOMPARE(file.fingerprint->size, qint64(13));
        const auto check = fixture.service().provenanceOf(fixture.path("peaks.bed"));
        QCOMPARE(check.value().node(fixture.nodeId("peaks.bed"))->state, models::FileState::Unchanged);
    }

    void sizeAndSha256AreRecorded()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        // Larger than any single read block, so the streamed hash must equal the whole-file hash.
        QByteArray bytes;
        for (int i = 0; i < 300000; ++i)
            bytes += QByteArray::number(i) + '\n';
        const QString path = fixture.writeFile("large.txt", bytes);
        QVERIFY(fixture.log("large.txt", {"ENCSR000AAA"}).isEmpty());
        const auto stored =
            models::DerivedFileStore(fixture.collection().database()->connection()).byPath(path);
        QVERIFY(stored.ok() && stored.value() && stored.value()->fingerprint);
        QCOMPARE(stored.value()->fingerprint->size, qint64(bytes.size()));
        QCOMPARE(stored.value()->fingerprint->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        // A file that does not exist yet is logged without a fingerprint and shows as missing.
        QVERIFY(fixture.log("later.bed", {"ENCSR000AAA"}).isEmpty());
        const auto later = models::DerivedFileStore(fixture.collection().database()->connection())
                               .byPath(fixture.path("later.bed"));
        QVERIFY(later.ok() && later.value());
        QVERIFY(!later.value()->fingerprint);
        QCOMPARE(fixture.collection()
                     .scalar("SELECT file_size IS NULL FROM derived_files WHERE file_path = ?",
                             {fixture.path("later.bed")})
                     .toInt(),
                 1);
    }

    void pathsAreStoredAbsoluteAndClean()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QVERIFY(QDir(fixture.path("")).mkpath("sub"));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(fixture.path("sub")));
        models::DerivedFileEntry entry{"../sub/./x.bed", {"../merged.bam"}, {}, {}, {}, {}};
        const auto outcome = fixture.service().logDerivedFile(entry, 1);
        QDir::setCurrent(previous);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.failure().message));
        QCOMPARE(outcome.value().file.path, fixture.path("sub/x.bed"));
        QCOMPARE(outcome.value().file.sources, QStringList{fixture.path("merged.bam")});
        QVERIFY(QDir::isAbsolutePath(outcome.value().file.path));
    }

    void pathsAreTheRealFilesCanonicalPath()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QVERIFY(QDir(fixture.path("")).mkpath("deep/er"));
        const QString made = fixture.writeFile("x.bed", "peaks");
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(fixture.path("deep/er")));
        // More ".." than there are folders above: the top of the tree stays the top.
        const QString climbing = QString("../").repeated(40) + made.mid(1);
        const auto logged = fixture.service().logDerivedFile({climbing, {"ENCSR000AAA"}, {}, {}, {}, {}}, 1);
        QDir::setCurrent(previous);
        QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.failure().message));
        QCOMPARE(logged.value().file.path, made);

        // Another spelling of the same file (a link to it) is the same record, not a second one.
        QVERIFY(QFile::link(made, fixture.path("link-to-x.bed")));
        const auto again = fixture.service().logDerivedFile({fixture.path("link-to-x.bed"), {"ENCSR000AAA"}, {}, {}, {}, {}}, 2);
        QVERIFY(again.ok());
        QCOMPARE(again.value().action, models::LogAction::Updated);
        QCOMPARE(again.value().file.path, made);
        QVERIFY(fixture.service().provenanceOf(fixture.path("link-to-x.bed"), models::Verification::Quick).ok());

        // A file not made yet, in a folder reached through a link: the folder is resolved.
        QVERIFY(QFile::link(fixture.path("deep"), fixture.path("shortcut")));
        QCOMPARE(models::normalisedPath(fixture.path("shortcut/er/../later.bam")), fixture.path("deep/later.bam"));
        QCOMPARE(models::normalisedPath("/../../no-such-top/x"), QStringLiteral("/no-such-top/x"));
    }

    void theCollectionsOwnFilesAreNeverRead()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const QString collection = fixture.collection().path();
        for (const QString &file : QStringList{collection, collection + "-wal", collection + "-shm"}) {
            const auto logged = fixture.service().logDerivedFile({file, {"ENCSR000AAA"}, {}, {}, {}, {}}, 1);
            QVERIFY(!logged.ok());
            QCOMPARE(logged.failure().kind, models::Failure::Kind::InvalidInput);
            QVERIFY2(logged.failure().message.contains("open collection"), qPrintable(logged.failure().message));
        }
        // A record the original tool may hold for it is reported, not hashed.
        insertRawRow(fixture.collection(), collection, "[\"ENCSR000AAA\"]");
        const auto checked = fixture.service().check(models::Verification::Rehash);
        QVERIFY(checked.ok());
        bool seen = false;
        for (const models::FileCheckResult &result : checked.value()) {
            if (result.file.path != collection)
                continue;
            seen = true;
            QCOMPARE(result.verdict.state, models::FileState::Unverified);
            QVERIFY(result.verdict.detail.contains("open collection"));
        }
        QVERIFY(seen);
    }

    void namesThatAreNotUtf8AreRefused()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const QString name = QStringLiteral("peaks%1.bed").arg(QChar(QChar::ReplacementCharacter));
        const auto logged = fixture.service().logDerivedFile({fixture.path(name), {"ENCSR000AAA"}, {}, {}, {}, {}}, 1);
        QVERIFY(!logged.ok());
        QVERIFY2(logged.failure().message.contains("not valid UTF-8"), qPrintable(logged.failure().message));
        // A file really named so (U+FFFD encoded as UTF-8 in its name) is fine.
        fixture.writeFile(name, "bytes");
        QVERIFY(fixture.service().logDerivedFile({fixture.path(name), {"ENCSR000AAA"}, {}, {}, {}, {}}, 2).ok());

        // A link with a good name, to a folder whose name is not UTF-8: the resolved path would change.
        const QByteArray folder = QFile::encodeName(fixture.path("")) + "/data\xff";
        QVERIFY(::mkdir(folder.constData(), 0755) == 0);
        QVERIFY(::symlink(folder.constData(), QFile::encodeName(fixture.path("ok")).constData()) == 0);
        const auto throughLink = fixture.service().logDerivedFile({fixture.path("ok/x.bed"), {"ENCSR000AAA"}, {}, {}, {}, {}}, 3);
        QVERIFY(!throughLink.ok());
        QVERIFY2(throughLink.failure().message.contains("not valid UTF-8"), qPrintable(throughLink.failure().message));
    }

    void badSourcesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{} << "at least one source";
        QTest::newRow("one letter too many") << QStringList{"ENCSR000AAAB"} << "expected an experiment";
        QTest::newRow("analysis accession") << QStringList{"ENCAN000AAA"} << "'ENCAN000AAA' is not an ENCODE accession";
        QTest::newRow("inner space") << QStringList{"ENCSR000 AAA"} << "log it first";
        QTest::newRow("path never logged") << QStringList{"/no/such/file.bam"} << "log it first";
        QTest::newRow("one good, one bad") << QStringList{"ENCSR000AAA", "ENCSR00AAA"} << "ENCSR00AAA";
    }

    void badSourcesChangeNothing()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, message);
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const int before = fixture.collection().scalar("SELECT COUNT(*) FROM derived_files").toInt();
        models::DerivedFileEntry entry{fixture.path("a.bam"), sources, "other tool", {}, {}, {}};
        const auto outcome = fixture.service().logDerivedFile(entry, 1);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure().kind, models::Failure::Kind::InvalidInput);
        QVERIFY2(outcome.failure().message.contains(message), qPrintable(outcome.failure().message));
        QCOMPARE(fixture.collection().scalar("SELECT COUNT(*) FROM derived_files").toInt(), before);
        QCOMPARE(
            fixture.collection()
                .scalar("SELECT tool_used FROM derived_files WHERE file_path = ?", {fixture.path("a.bam")})
                .toString(),
            "tool for a.bam");
    }

    void unknownFileIsNotFound()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().provenanceOf(fixture.path("never-logged.bed"));
        QVERIFY(!graph.ok());
        QCOMPARE(graph.failure().kind, models::Failure::Kind::NotFound);
        QVERIFY(graph.failure().message.contains("never-logged.bed"));
    }

    void rowsOfTheOriginalToolAreRead()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        // The original tool inserts a row per logging, stores paths as written and names no fingerprint.
        insertRawRow(fixture.collection(), "results/old.bed", R"(["ENCSR000AAA"])");
        insertRawRow(fixture.collection(), "results/old.bed", R"(["ENCSR000AAA", "results/unlogged.bam"])");
        const auto graph = fixture.service().provenanceOf("results/old.bed");
        QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : graph.failure().message));
        QCOMPARE(graph.value().nodes.size(), 3); // the newest row: old.bed, ENCSR000AAA, the unlogged path
        const models::ProvenanceNode &root = graph.value().nodes.first();
        QCOMPARE(root.state, models::FileState::Missing);
        bool sawUnlogged = false;
        for (const models::ProvenanceNode &node : graph.value().nodes)
            sawUnlogged = sawUnlogged ||
                          (node.path == "results/unlogged.bam" && node.state == models::FileState::NotLogged);
        QVERIFY(sawUnlogged);
        const auto all = fixture.service().check();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 5); // four of the fixture, one for old.bed's two rows
    }

    void wholeCollection()
    {
        ProvenanceFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        const auto graph = fixture.service().everything();
        QVERIFY(graph.ok());
        QVERIFY(graph.value().rootId.isEmpty());
        QCOMPARE(graph.value().nodes.size(), 9);
        QCOMPARE(graph.value().edges.size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
