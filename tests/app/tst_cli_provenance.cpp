// log-derived, provenance, link, unlink and refs end to end: the built executable on a temporary
// collection seeded through the repository, as a pipeline's shell script would call it.
#include "tests/support/CliRunner.h"
#include "tests/support/TestCollection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using encode::testsupport::CliRun;

class TestCliProvenance final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<encode::testsupport::TestCollection> m_collection;
    std::unique_ptr<QTemporaryDir> m_files;

    CliRun run(QStringList arguments)
    {
        arguments << "--db" << m_collection->path();
        return encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments);
    }

    QString file(const QString &name, const QByteArray &bytes = {})
    {
        const QString path = m_files->filePath(name);
        if (!bytes.isNull()) {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
                qWarning("cannot write %s", qPrintable(path));
        }
        return path;
    }

    int derivedRows() const { return m_collection->scalar("SELECT COUNT(*) FROM derived_files").toInt(); }

    // A chain of depth 3 logged through the CLI.
    void logChain()
    {
        const QList<QStringList> steps{
            {"log-derived", file("a.bam", "A"), "--source", "ENCSR000AAA", "--source", "ENCFF000AAA",
             "--tool", "bwa 0.7.17"},
            {"log-derived", file("b.bam", "B"), "--source", "ENCSR000BBB", "--tool", "bwa 0.7.17"},
            {"log-derived", file("merged.bam", "AB"), "--source", file("a.bam"), "--source", file("b.bam"),
             "--tool", "samtools merge"},
            {"log-derived", file("peaks.bed", "chr1\t1\t2\n"), "--source", file("merged.bam"), "--source",
             "ENCSR000CCC", "--tool", "macs2 callpeak", "--parameters", "-q 0.01", "--file-type", "bed",
             "--description", "peaks"},
        };
        for (const QStringList &step : steps) {
            const CliRun logged = run(step);
            QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
            QVERIFY(logged.out.startsWith("logged "));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_collection = std::make_unique<encode::testsupport::TestCollection>();
        QVERIFY2(m_collection->isOpen(), qPrintable(m_collection->openError()));
        QVERIFY(m_collection->repository().save(encode::testsupport::sampleRecord("ENCSR000AAA"), {}).ok());
        m_files = std::make_unique<QTemporaryDir>();
        QVERIFY(m_files->isValid());
    }

    void cleanup()
    {
        m_collection.reset();
        m_files.reset();
    }

    void logDerivedPrintsWhatWasStored()
    {
        const QString path = file("reads.bam", "some reads");
        const CliRun logged =
            run({"log-derived", path, "--source", "ENCSR000AAA", "--tool", "bwa", "--parameters", "-t 8",
                 "--file-type", "bam", "--description", "aligned", "--format", "json"});
        QCOMPARE(logged.exitCode, 0);
        const QJsonObject json = logged.json();
        QCOMPARE(json.value("action").toString(), "logged");
        QCOMPARE(json.value("file_path").toString(), path);
        QCOMPARE(json.value("source_accessions").toArray(), QJsonArray{"ENCSR000AAA"});
        QCOMPARE(json.value("tool_used").toString(), "bwa");
        QCOMPARE(json.value("parameters").toString(), "-t 8");
        QCOMPARE(json.value("file_type").toString(), "bam");
        QCOMPARE(json.value("file_size").toInt(), 10);
        QCOMPARE(
            json.value("sha256").toString(),
            QString::fromLatin1(QCryptographicHash::hash("some reads", QCryptographicHash::Sha256).toHex()));
        const CliRun again = run({"log-derived", path, "--source", "ENCSR000AAA", "--format", "json"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("action").toString(), "updated");
        QCOMPARE(derivedRows(), 1);
    }

    void pathsAreRecordedAsTheRealFile()
    {
        // From a folder deep down, "../" more often than there are folders, then the path: the top
        // of the tree stays the top (it used to be stored as "/../../../...").
        const QString made = file("real.bed", "chr1\t1\t2\n");
        QVERIFY(QDir(m_files->path()).mkpath("a/b/c"));
        QProcess process;
        process.setWorkingDirectory(m_files->filePath("a/b/c"));
        process.start(ENCODE_TRACKER_EXECUTABLE, {"log-derived", QString("../").repeated(30) + made.mid(1), "--source",
                                                  "ENCSR000AAA", "--db", m_collection->path(), "--format", "json"});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).object().value("file_path").toString(), made);
        // A link to it is the same file: one record, updated.
        QVERIFY(QFile::link(made, file("link.bed")));
        const CliRun again = run({"log-derived", file("link.bed"), "--source", "ENCSR000AAA"});
        QVERIFY2(again.exitCode == 0 && again.out.startsWith("updated " + made), qPrintable(again.out + again.err));
        QCOMPARE(derivedRows(), 1);
    }

    void namesThatAreNotUtf8AreRefused()
    {
        // QProcess takes text; a shell hands the raw bytes on.
        QVERIFY(QFile::exists("/bin/sh"));
        const CliRun refused = encode::testsupport::runCli(
            "/bin/sh", {"-c", "exec \"$0\" log-derived \"$(printf 'peaks\\377.bed')\" --source ENCSR000AAA --db \"$1\"",
                        ENCODE_TRACKER_EXECUTABLE, m_collection->path()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("not valid UTF-8"), qPrintable(refused.err));
        QCOMPARE(derivedRows(), 0);
    }

    void theCollectionItselfIsNeverLogged()
    {
        for (const QString &suffix : {QString(), QString("-wal")}) {
            const CliRun refused = run({"log-derived", m_collection->path() + suffix, "--source", "ENCSR000AAA"});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("open collection"), qPrintable(refused.err));
        }
        QCOMPARE(derivedRows(), 0);
    }

    void logDerivedErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{"log-derived", "x.bed"} << 2 << "at least one --source";
        QTest::newRow("no path") << QStringList{"log-derived", "--source", "ENCSR000AAA"} << 2
                                 << "needs the PATH";
        QTest::newRow("two paths") << QStringList{"log-derived", "x.bed", "y.bed", "--source", "ENCSR000AAA"}
                                   << 2 << "one PATH at a time";
        QTest::newRow("bad accession") << QStringList{"log-derived", "x.bed", "--source", "ENCSR000AAAB"} << 2
                                       << "'ENCSR000AAAB' is not an ENCODE accession";
        QTest::newRow("unlogged source")
            << QStringList{"log-derived", "x.bed", "--source", "/no/such.bam"} << 2 << "log it first";
        QTest::newRow("bad format") << QStringList{"log-derived", "x.bed",    "--source",
                                                   "ENCSR000AAA", "--format", "xml"}
                                    << 2 << "unknown format 'xml'";
    }

    void logDerivedErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun failed = run(arguments);
        QCOMPARE(failed.exitCode, exitCode);
        QVERIFY2(failed.err.contains(message), qPrintable(failed.err));
        QVERIFY(failed.err.startsWith("encode-tracker: "));
        QVERIFY(failed.out.isEmpty());
        QCOMPARE(derivedRows(), 0);
    }

    void cycleIsRefused()
    {
        logChain();
        const CliRun cycle = run({"log-derived", file("a.bam"), "--source", file("peaks.bed")});
        QCOMPARE(cycle.exitCode, 2);
        QVERIFY2(cycle.err.contains("cycle: " + file("a.bam") + " -> " + file("merged.bam") + " -> " +
                                    file("peaks.bed") + " -> " + file("a.bam")),
                 qPrintable(cycle.err));
        QCOMPARE(cycle.err.count('\n'), 1); // one line for a shell script's log
    }

    void provenanceOfAFile()
    {
        logChain();
        const CliRun text = run({"provenance", file("peaks.bed")});
        QCOMPARE(text.exitCode, 0);
        for (const QString &part :
             {file("merged.bam"), file("a.bam"), QString("macs2 callpeak"), QString("-q 0.01"),
              QString("ENCSR000AAA  experiment: TF ChIP-seq, HepG2, Homo sapiens"),
              QString("ENCSR000CCC  experiment (untracked)")})
            QVERIFY2(text.out.contains(part), qPrintable(part + "\n" + text.out));

        const CliRun json = run({"provenance", file("peaks.bed"), "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value("nodes").toArray().size(), 8);
        QCOMPARE(json.json().value("edges").toArray().size(), 7);

        const CliRun missing = run({"provenance", file("never.bed")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no provenance recorded for " + file("never.bed")));
    }

    void provenanceOfASource()
    {
        logChain();
        const CliRun json = run({"provenance", "--source", "ENCSR000BBB", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        QStringList paths;
        for (const QJsonValue &node : json.json().value("nodes").toArray())
            paths.append(node.toObject().value("file_path").toString());
        paths.removeAll(QString());
        paths.sort();
        QCOMPARE(paths, (QStringList{file("b.bam"), file("merged.bam"), file("peaks.bed")}));
        const CliRun bad = run({"provenance", "--source", "ENCSR000BB"});
        QCOMPARE(bad.exitCode, 2);
        const CliRun both = run({"provenance", file("peaks.bed"), "--source", "ENCSR000BBB"});
        QCOMPARE(both.exitCode, 2);
    }

    void dotAndProvJsonOutputs()
    {
        logChain();
        const CliRun dot = run({"provenance", file("peaks.bed"), "--format", "dot"});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith("digraph provenance {"));
        const QString graphviz = QStandardPaths::findExecutable("dot");
        QVERIFY2(!graphviz.isEmpty(), "Graphviz's dot is needed");
        QProcess render;
        render.start(graphviz, {"-Tsvg"});
        QVERIFY(render.waitForStarted());
        render.write(dot.out.toUtf8());
        render.closeWriteChannel();
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        QVERIFY(render.readAllStandardOutput().contains("<title>ENCSR000AAA</title>"));

        const CliRun prov = run({"provenance", file("peaks.bed"), "--format", "prov-json"});
        QCOMPARE(prov.exitCode, 0);
        const QJsonObject document = prov.json();
        QCOMPARE(document.value("entity").toObject().size(), 8);
        QCOMPARE(document.value("activity").toObject().size(), 4);
        QCOMPARE(document.value("wasDerivedFrom").toObject().size(), 7);
        QVERIFY(document.value("entity").toObject().contains("encode:ENCFF000AAA"));
    }

    void checkReportsMissingAndChangedFiles()
    {
        logChain();
        const CliRun clean = run({"provenance", "--check"});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains("4 logged files checked, 0 missing or changed"));

        QVERIFY(QFile::remove(file("a.bam")));
        file("merged.bam", "ABC");
        const CliRun text = run({"provenance", "--check"});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("missing     " + file("a.bam")), qPrintable(text.out));
        QVERIFY(text.out.contains("changed     " + file("merged.bam") + "  (size was 2 bytes, now 3)"));
        QVERIFY(!text.out.contains(file("peaks.bed")));

        const CliRun json = run({"provenance", "--check", "--format", "json"});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value("missing").toInt(), 1);
        QCOMPARE(json.json().value("changed").toInt(), 1);
        QCOMPARE(json.json().value("checked").toInt(), 4);
        QCOMPARE(run({"provenance", "--check", "--format", "dot"}).exitCode, 2);
    }

    void untrackKeepsProvenance()
    {
        logChain();
        const CliRun untracked = run({"untrack", "ENCSR000AAA"});
        QCOMPARE(untracked.exitCode, 0);
        QCOMPARE(derivedRows(), 4);
        const CliRun chain = run({"provenance", "--source", "ENCSR000AAA", "--format", "json"});
        QCOMPARE(chain.exitCode, 0);
        QCOMPARE(chain.json().value("nodes").toArray().size(), 4);
        QCOMPARE(chain.json().value("nodes").toArray().first().toObject().value("tracked").toBool(), false);
    }

    void mistypedCollectionIsNotCreated()
    {
        const QString elsewhere = m_files->filePath("nothing/here.db");
        const CliRun refs =
            encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, {"refs", "--db", elsewhere});
        QCOMPARE(refs.exitCode, 1);
        const CliRun provenance =
            encode::testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, {"provenance", "--db", elsewhere});
        QCOMPARE(provenance.exitCode, 1);
        QVERIFY(!QFile::exists(elsewhere));
    }

    void linkUnlinkAndRefs()
    {
        const CliRun linked = run({"link", "ENCSR000AAA", "geo_accession", "GSE35583", "--description",
                                   "the series", "--format", "json"});
        QCOMPARE(linked.exitCode, 0);
        QCOMPARE(linked.json(), (QJsonObject{{"action", "linked"},
                                             {"experiment_accession", "ENCSR000AAA"},
                                             {"reference_type", "geo_accession"},
                                             {"reference_id", "GSE35583"}}));
        const CliRun again = run({"link", "ENCSR000AAA", "geo_accession", "GSE35583", "--format", "json"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("action").toString(), "already_linked");

        const CliRun all = run({"refs", "--format", "json"});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value("count").toInt(), 2); // the sample's pmid and the GEO series
        const CliRun geo = run({"refs", "ENCSR000AAA", "--type", "geo_accession", "--format", "json"});
        const QJsonObject reference = geo.json().value("references").toArray().first().toObject();
        QCOMPARE(reference.value("url").toString(),
                 "https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE35583");
        QCOMPARE(reference.value("description").toString(), "the series");
        const CliRun table = run({"refs"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("https://pubmed.ncbi.nlm.nih.gov/11111111/"));

        QCOMPARE(run({"unlink", "ENCSR000AAA", "geo_accession", "GSE35583"}).exitCode, 0);
        const CliRun gone = run({"unlink", "ENCSR000AAA", "geo_accession", "GSE35583"});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains("has no geo_accession reference 'GSE35583'"));
    }

    void linkErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("untracked") << QStringList{"link", "ENCSR999ZZZ", "pmid", "123"} << 1
                                   << "ENCSR999ZZZ is not in the collection: track it first";
        QTest::newRow("bad pmid") << QStringList{"link", "ENCSR000AAA", "pmid", "12a"} << 2
                                  << "'12a' is not a valid pmid id: expected digits, such as 22955616";
        QTest::newRow("bad nct") << QStringList{"link", "ENCSR000AAA", "nct_id", "NCT123"} << 2
                                 << "NCT and 8 digits";
        QTest::newRow("bad dbgap") << QStringList{"link", "ENCSR000AAA", "dbgap", "phs12"} << 2
                                   << "phs and 6 digits";
        QTest::newRow("unknown type")
            << QStringList{"link", "ENCSR000AAA", "arxiv", "1"} << 2 << "unknown reference type 'arxiv'";
        QTest::newRow("bad accession") << QStringList{"link", "ENCSR000AAAB", "pmid", "1"} << 2
                                       << "is not an ENCODE experiment accession";
        QTest::newRow("missing id") << QStringList{"link", "ENCSR000AAA", "pmid"} << 2
                                    << "expected ACCESSION TYPE ID";
        QTest::newRow("refs bad type")
            << QStringList{"refs", "--type", "pubmed"} << 2 << "unknown reference type";
    }

    void linkErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const int before = m_collection->scalar("SELECT COUNT(*) FROM external_references").toInt();
        const CliRun failed = run(arguments);
        QCOMPARE(failed.exitCode, exitCode);
        QVERIFY2(failed.err.contains(message), qPrintable(failed.err));
        QCOMPARE(m_collection->scalar("SELECT COUNT(*) FROM external_references").toInt(), before);
    }

    void helpListsTheCommands()
    {
        const CliRun help = run({"--help"});
        for (const char *command : {"log-derived", "provenance", "link", "unlink", "refs"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(run({"log-derived", "--help"}).out.contains("--file-type"));
    }
};

QTEST_GUILESS_MAIN(TestCliProvenance)
#include "tst_cli_provenance.moc"
