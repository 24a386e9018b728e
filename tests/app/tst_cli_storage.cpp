// The collection file under the command line's hands: read-only places, two commands upgrading an old
// file at once, the upgrade notice, and outputs that must never land on a collection.
#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionDatabase.h"
#include "models/database/sqlite/SqliteSchema.h"
#include "tests/support/CliRunner.h"
#include "tests/support/OriginalToolFile.h"
#include "tests/support/TestCollection.h"
#include "tests/support/Unprivileged.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace encode;
using testsupport::CliRun;
using testsupport::fileBytes;

namespace {

CliRun runTracker(const QStringList &arguments, const QByteArray &input = {})
{
    return testsupport::runCli(ENCODE_TRACKER_EXECUTABLE, arguments, input);
}

CliRun runTrackerUnprivileged(const QStringList &arguments)
{
    const testsupport::CommandLine command = testsupport::unprivileged(ENCODE_TRACKER_EXECUTABLE, arguments);
    return testsupport::runCli(command.program, command.arguments);
}

// A collection with one experiment, closed again (SQLite removes its -wal and -shm on the last close).
// A file that was there before: an earlier export, say.
bool writeEarlierFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("an earlier export\n") > 0;
}

bool writeCollection(const QString &path, const QString &accession)
{
    auto opened = models::CollectionDatabase::open(path);
    if (!opened.ok())
        return false;
    models::SaveOptions options;
    options.notes = QStringLiteral("written before the folder became read-only");
    return models::CollectionRepository(opened.value()->connection()).save(testsupport::sampleRecord(accession), options).ok();
}

} // namespace

class TestCliStorage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_db;

    // Everything in the collection's folder can be read by the unprivileged user, nothing written.
    void makeFolderReadOnly()
    {
        QVERIFY(testsupport::openToEveryone(m_dir->path()));
        for (const QFileInfo &file : QDir(m_folder).entryInfoList(QDir::Files))
            QVERIFY(testsupport::makeReadOnly(file.absoluteFilePath(), false));
        QVERIFY(testsupport::makeReadOnly(m_folder, true));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = m_dir->filePath("lab");
        m_db = m_folder + "/tracker.db";
    }

    void cleanup()
    {
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void aReadOnlyPlaceIsReadButNeverWritten()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        QVERIFY(!QFileInfo::exists(m_db + "-wal"));
        makeFolderReadOnly();
        const QByteArray before = fileBytes(m_db);

        const CliRun listed = runTrackerUnprivileged({"list", "--format", "json", "--db", m_db});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.json().value("count").toInt(), 1);
        const CliRun shown = runTrackerUnprivileged({"notes", "ENCSR111AAA", "--db", m_db});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out, QStringLiteral("written before the folder became read-only\n"));

        const CliRun written = runTrackerUnprivileged({"notes", "ENCSR111AAA", "new words", "--db", m_db});
        QCOMPARE(written.exitCode, 1);
        QVERIFY2(written.err.contains("read-only") && written.err.contains(m_db), qPrintable(written.err));
        QVERIFY(written.out.isEmpty());
        const CliRun linked = runTrackerUnprivileged({"link", "ENCSR111AAA", "pmid", "123", "--db", m_db});
        QCOMPARE(linked.exitCode, 1);
        QVERIFY2(linked.err.contains("read-only"), qPrintable(linked.err));
        // Said before the Portal is asked for the cart (nothing listens there: it would say so).
        const CliRun cart = runTrackerUnprivileged({"track", "--cart", "/carts/abc-123/", "--db", m_db, "--portal-url",
                                                    "http://127.0.0.1:9"});
        QCOMPARE(cart.exitCode, 1);
        QVERIFY2(cart.err.contains("read-only") && !cart.err.contains("reached"), qPrintable(cart.err));
        QCOMPARE(fileBytes(m_db), before);
    }

    void aReadOnlyPlaceWhileItsOwnerHasItOpen()
    {
        // The owner's program keeps the collection open (its -wal and -shm exist); another user who
        // may only read sees what the owner committed.
        auto owner = models::CollectionDatabase::open(m_db);
        QVERIFY(owner.ok());
        QVERIFY(models::CollectionRepository(owner.value()->connection())
                    .save(testsupport::sampleRecord("ENCSR222BBB"), {})
                    .ok());
        QVERIFY(QFileInfo::exists(m_db + "-wal"));
        makeFolderReadOnly();

        const CliRun listed = runTrackerUnprivileged({"list", "--format", "json", "--db", m_db});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.json().value("count").toInt(), 1);
        const CliRun written = runTrackerUnprivileged({"untrack", "ENCSR222BBB", "--db", m_db});
        QCOMPARE(written.exitCode, 1);
        QVERIFY2(written.err.contains("read-only"), qPrintable(written.err));
        QVERIFY(models::CollectionRepository(owner.value()->connection()).isTracked("ENCSR222BBB").value());
    }

    void aReaderInASharedFolderNeverLocksTheOwnerOut()
    {
        // A lab folder the group may write (to drop files in), a collection only its owner may write.
        // A colleague who lists it must not leave a -wal and -shm of their own behind: the owner could
        // not write the collection after (SQLite needs to write both).
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        QVERIFY(testsupport::openToEveryone(m_dir->path()));
        const QByteArray folder = QFile::encodeName(m_folder);
        const QByteArray file = QFile::encodeName(m_db);
        if (::geteuid() != 0)
            QSKIP("needs root to give the folder and the collection to other users");
        QVERIFY(::chown(folder.constData(), 1000, 2000) == 0 && ::chmod(folder.constData(), 02775) == 0);
        QVERIFY(::chown(file.constData(), 1000, 2000) == 0 && ::chmod(file.constData(), 0644) == 0);

        const auto colleague = testsupport::asUser(1001, 1001, "2000", ENCODE_TRACKER_EXECUTABLE,
                                                   {"list", "--format", "json", "--db", m_db});
        const CliRun listed = testsupport::runCli(colleague->program, colleague->arguments);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.json().value("count").toInt(), 1);
        QVERIFY(!QFileInfo::exists(m_db + "-wal"));
        QVERIFY(!QFileInfo::exists(m_db + "-shm"));

        const auto owner = testsupport::asUser(1000, 2000, {}, ENCODE_TRACKER_EXECUTABLE,
                                               {"notes", "ENCSR111AAA", "the owner can still write", "--db", m_db});
        const CliRun written = testsupport::runCli(owner->program, owner->arguments);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    }

    void anOldCollectionInAReadOnlyPlaceSaysWhy()
    {
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(testsupport::writeOriginalToolFile(m_db));
        makeFolderReadOnly();
        const QByteArray before = fileBytes(m_db);
        const CliRun listed = runTrackerUnprivileged({"list", "--db", m_db});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains("read-only") && listed.err.contains("needs an upgrade"), qPrintable(listed.err));
        QCOMPARE(fileBytes(m_db), before);
    }

    void anInterruptedWriteInAReadOnlyPlaceIsReported()
    {
        // A collection another program switched to a rollback journal (the original tool may run so),
        // and a write of that program killed half-way: its -journal holds the pages to put back. Read
        // as it sits, the file would show uncommitted rows.
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(testsupport::writeOriginalToolFile(m_db, 3000));
        QVERIFY(models::CollectionDatabase::open(m_db).ok()); // upgraded, then closed
        QFile::remove(m_db + QStringLiteral(".before-v%1").arg(models::sqlite::latestSchemaVersion()));
        QProcess writer;
        writer.start("python3", {"-c", "import sqlite3, os, sys\n"
                                       "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                       "db.execute('PRAGMA journal_mode = DELETE')\n"
                                       "db.execute('PRAGMA cache_size = 1')\n"
                                       "db.execute('BEGIN')\n"
                                       "db.execute(\"UPDATE tracked_experiments SET notes = 'UNCOMMITTED'\")\n"
                                       "os._exit(0)\n",
                                 m_db});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(QFileInfo(m_db + "-journal").size() > 0, "no journal was left behind");
        makeFolderReadOnly();
        const CliRun listed = runTrackerUnprivileged({"list", "--format", "json", "--db", m_db});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains("interrupted") && !listed.out.contains("UNCOMMITTED"), qPrintable(listed.err));
    }

    void twoCommandsOpeningAnOldFileAtOnce()
    {
        // What a pipeline does on its first run after installing the app: two commands at once on the
        // original tool's file. Both must work and the file must stay whole, ten times over.
        QVERIFY(QDir().mkpath(m_folder));
        for (int round = 0; round < 10; ++round) {
            const QString path = m_folder + QStringLiteral("/round%1.db").arg(round);
            QVERIFY(testsupport::writeOriginalToolFile(path, 4000));
            QProcess first;
            QProcess second;
            for (QProcess *process : {&first, &second})
                process->start(ENCODE_TRACKER_EXECUTABLE, {"list", "--format", "json", "--db", path});
            for (QProcess *process : {&first, &second}) {
                QVERIFY(process->waitForFinished(60000));
                QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
                QCOMPARE(QJsonDocument::fromJson(process->readAllStandardOutput()).object().value("count").toInt(), 4001);
            }
            const CliRun later = runTracker({"list", "--format", "json", "--db", path});
            QVERIFY2(later.exitCode == 0, qPrintable(later.err));
            QVERIFY(later.err.isEmpty());
        }
    }

    void outputsNeverLandOnACollection_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target"); // relative to the collection's folder
        QTest::newRow("export onto the collection") << QStringList{"export", "--format", "csv"} << "tracker.db";
        QTest::newRow("export onto its WAL") << QStringList{"export", "--format", "json"} << "tracker.db-wal";
        QTest::newRow("export onto its shared memory") << QStringList{"export"} << "tracker.db-shm";
        QTest::newRow("xlsx onto the collection") << QStringList{"export", "--format", "xlsx"} << "tracker.db";
        QTest::newRow("export through a link") << QStringList{"export"} << "link-to-tracker.db";
        QTest::newRow("export onto another collection") << QStringList{"export"} << "other.db";
        QTest::newRow("export onto another collection's WAL") << QStringList{"export"} << "other.db-wal";
        QTest::newRow("export onto another collection's shared memory") << QStringList{"export"} << "other.db-shm";
        QTest::newRow("citations onto the collection") << QStringList{"citations", "--format", "bibtex"} << "tracker.db";
        QTest::newRow("citations onto another collection") << QStringList{"citations"} << "other.db";
    }

    void outputsNeverLandOnACollection()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        QVERIFY(writeCollection(m_folder + "/other.db", "ENCSR222BBB"));
        QVERIFY(QFile::link(m_db, m_folder + "/link-to-tracker.db"));
        // The CLI's own connection keeps -wal and -shm there while it runs; make them exist now too.
        auto opened = models::CollectionDatabase::open(m_db);
        auto other = models::CollectionDatabase::open(m_folder + "/other.db"); // as another program would
        QVERIFY(opened.ok() && other.ok());
        std::shared_ptr<models::CollectionDatabase> held = opened.value();
        std::shared_ptr<models::CollectionDatabase> heldOther = other.value();
        const QString path = m_folder + "/" + target;
        const QByteArray before = QFileInfo(path).isFile() ? fileBytes(path) : QByteArray();

        const CliRun refused = runTracker(command + QStringList{"-o", path, "--db", m_db});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("refused") && refused.err.contains(path), qPrintable(refused.err));
        QCOMPARE(QFileInfo(path).isFile() ? fileBytes(path) : QByteArray(), before);
        QVERIFY(!QFileInfo::exists(path + ".part"));
        held.reset();
        heldOther.reset();
        QCOMPARE(runTracker({"list", "--format", "json", "--db", m_db}).json().value("count").toInt(), 1);
        QCOMPARE(runTracker({"list", "--format", "json", "--db", m_folder + "/other.db"}).json().value("count").toInt(), 1);
    }

    void aRefusedOutputLeavesAnOldCollectionAsItWas()
    {
        // Refused before the collection is opened, so the original tool's file is not even upgraded.
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(testsupport::writeOriginalToolFile(m_db));
        const QByteArray before = fileBytes(m_db);
        for (const QStringList &command : {QStringList{"export"}, QStringList{"citations"}}) {
            const CliRun refused = runTracker(command + QStringList{"-o", m_db, "--db", m_db});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(!refused.err.contains("upgraded"), qPrintable(refused.err));
        }
        QCOMPARE(fileBytes(m_db), before);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList{"tracker.db"});
    }

    void standardOutputOntoTheCollectionIsRefused()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QByteArray before = fileBytes(m_db);
        const CliRun appended = testsupport::runCli(
            "/bin/sh", {"-c", "exec \"$0\" export --db \"$1\" >> \"$1\"", ENCODE_TRACKER_EXECUTABLE, m_db});
        QCOMPARE(appended.exitCode, 2);
        QVERIFY2(appended.err.contains("standard output is the collection"), qPrintable(appended.err));
        QCOMPARE(fileBytes(m_db), before);
    }

    void aFifoIsWrittenIntoNotReplaced()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString fifo = m_folder + "/export.fifo";
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess reader; // what a pipeline's next step would be
        reader.start("cat", {fifo});
        QVERIFY(reader.waitForStarted());
        const CliRun exported = runTracker({"export", "--format", "csv", "-o", fifo, "--db", m_db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(reader.state() == QProcess::NotRunning || reader.waitForFinished(10000));
        const QByteArray csv = reader.readAllStandardOutput();
        QVERIFY2(csv.startsWith("accession,") && csv.contains("ENCSR111AAA"), csv.constData());
        struct stat info {};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QVERIFY(!QFileInfo::exists(fifo + ".part"));

        const CliRun workbook = runTracker({"export", "--format", "xlsx", "-o", fifo, "--db", m_db});
        QCOMPARE(workbook.exitCode, 2);
        QVERIFY2(workbook.err.contains("regular file"), qPrintable(workbook.err));
    }

    void standardOutputIsWrittenIntoNeverReplaced()
    {
        // "-o /dev/stdout > file": /dev/stdout is a link to the shell's file, which must get the rows;
        // the link must stay a link.
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString out = m_folder + "/redirected.csv";
        const CliRun exported = testsupport::runCli(
            "/bin/sh", {"-c", "exec \"$0\" export -o /dev/stdout --db \"$1\" > \"$2\"", ENCODE_TRACKER_EXECUTABLE, m_db, out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(fileBytes(out).startsWith("accession,"));
        QVERIFY(fileBytes(out).contains("ENCSR111AAA"));
        struct stat info {};
        QVERIFY(::lstat("/dev/stdout", &info) == 0);
        QVERIFY(S_ISLNK(info.st_mode));
    }

    void aLinkIsFollowedAndItsFilesPermissionsKept()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString real = m_folder + "/real.csv";
        const QString link = m_folder + "/link.csv";
        QVERIFY(writeEarlierFile(real));
        QVERIFY(QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner)); // 0600: kept private
        QVERIFY(QFile::link(real, link));
        const CliRun exported = runTracker({"export", "-o", link, "--db", m_db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(fileBytes(real).startsWith("accession,"));
        QCOMPARE(QFile::permissions(real) & (0x7000 | 0x0077), QFile::ReadOwner | QFile::WriteOwner); // owner, group, other
    }

    void aPartThatIsALinkIsRefused_data()
    {
        QTest::addColumn<bool>("symbolic");
        QTest::newRow("symbolic link") << true;
        QTest::newRow("hard link") << false;
    }

    void aPartThatIsALinkIsRefused()
    {
        // Someone left out.csv.part pointing at another file: writing the part would overwrite it.
        QFETCH(bool, symbolic);
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString victim = m_folder + "/victim.txt";
        QVERIFY(writeEarlierFile(victim));
        const QByteArray before = fileBytes(victim);
        const QString out = m_folder + "/out.csv";
        const QByteArray from = QFile::encodeName(victim);
        const QByteArray to = QFile::encodeName(out + ".part");
        QVERIFY((symbolic ? ::symlink(from.constData(), to.constData()) : ::link(from.constData(), to.constData())) == 0);
        const CliRun refused = runTracker({"export", "-o", out, "--db", m_db});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(out + ".part"), qPrintable(refused.err));
        QCOMPARE(fileBytes(victim), before);
        QVERIFY(!QFileInfo::exists(out));
    }

    void aDiskDeviceIsRefused()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        QString device;
        for (QDirIterator it("/dev", QDir::System | QDir::NoDotAndDotDot); it.hasNext() && device.isEmpty();) {
            const QString path = it.next();
            struct stat info {};
            if (::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISBLK(info.st_mode))
                device = path;
        }
        if (device.isEmpty() && ::mknod(QFile::encodeName(m_folder + "/disk").constData(), S_IFBLK | 0600, makedev(7, 0)) == 0)
            device = m_folder + "/disk";
        if (device.isEmpty())
            QSKIP("no block device to point at on this machine, and none can be made");
        const CliRun refused = runTracker({"export", "-o", device, "--db", m_db});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("disk device"), qPrintable(refused.err));
    }

    void aFullDeviceSaysSo()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        QVERIFY(QFileInfo::exists("/dev/full"));
        const CliRun full = runTracker({"export", "-o", "/dev/full", "--db", m_db});
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("/dev/full") && full.err.contains("No space left on device"), qPrintable(full.err));
    }

    void aPartLeftByAKilledExportIsTakenOver()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString out = m_folder + "/out.csv";
        QFile stale(out + ".part");
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(100000, 'x')); // half of an export whose process was killed
        stale.close();
        const CliRun exported = runTracker({"export", "-o", out, "--db", m_db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(out + ".part"));
        QVERIFY(fileBytes(out).startsWith("accession,"));
        QVERIFY(!fileBytes(out).contains("xxxx"));
    }

    void aSecondWriterOfTheSamePathIsRefused()
    {
        QVERIFY(writeCollection(m_db, "ENCSR111AAA"));
        const QString out = m_folder + "/out.csv";
        QVERIFY(writeEarlierFile(out));
        const QByteArray before = fileBytes(out);
        // Another export to the same path is writing its part file right now.
        const int part = ::open(QFile::encodeName(out + ".part").constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(part >= 0);
        QVERIFY(::flock(part, LOCK_EX) == 0);
        const CliRun second = runTracker({"export", "-o", out, "--db", m_db});
        ::close(part);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("another program is writing it"), qPrintable(second.err));
        QCOMPARE(fileBytes(out), before);
    }

    void theUpgradeIsAnnouncedOnce()
    {
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(testsupport::writeOriginalToolFile(m_db));
        const CliRun first = runTracker({"list", "--db", m_db});
        QCOMPARE(first.exitCode, 0);
        const QString copy = m_db + QStringLiteral(".before-v%1").arg(models::sqlite::latestSchemaVersion());
        QVERIFY2(first.err.contains("upgraded") && first.err.contains(copy), qPrintable(first.err));
        QVERIFY(QFileInfo::exists(copy));
        const CliRun second = runTracker({"list", "--db", m_db});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
