// Exporting a collection of 100,000 generated experiments: time and peak memory of each format, and
// of materialising the same rows with list() for comparison. Peak RSS is VmHWM from
// /proc/self/status, reset before each step through /proc/self/clear_refs (Linux).
#include "app/export/CollectionExport.h"
#include "tests/support/ExportFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace encode;

namespace {

// A field of /proc/self/status in KiB ("VmHWM", "VmRSS"), or -1.
long long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// "5" resets the peak RSS to the current RSS, so each step's peak is its own.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

template <typename Work>
void measured(const char *label, Work work)
{
    const bool reset = resetPeak();
    const long long before = statusKiB("VmRSS");
    QElapsedTimer timer;
    timer.start();
    const QString detail = work();
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("%-34s %9.1f ms  RSS before %7.1f MiB  peak %7.1f MiB%s  %s\n", label, ms, before / 1024.0,
                statusKiB("VmHWM") / 1024.0, reset ? "" : " (peak not reset)", qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    testsupport::TestCollection collection;
    QString error;
    QElapsedTimer seeding;
    seeding.start();
    if (!testsupport::seedGeneratedExperiments(collection, count, error))
        qFatal("seeding failed: %s", qPrintable(error));
    std::printf("%d generated experiments (one publication each) stored in %lld ms\n", count,
                static_cast<long long>(seeding.elapsed()));
    const QSqlDatabase database = collection.database()->connection();
    QTemporaryDir out;

    for (const app::ExportFormat format : {app::ExportFormat::Csv, app::ExportFormat::Json, app::ExportFormat::Xlsx}) {
        const QString name = app::exportFormatName(format);
        const QString path = out.filePath(QStringLiteral("collection.") + name);
        measured(qPrintable(QStringLiteral("export --format ") + name), [&] {
            if (models::Status failed = app::exportCollectionToFile(database, {format, {}, false}, path))
                qFatal("export failed: %s", qPrintable(failed->message));
            return QStringLiteral("%1 MiB file").arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1);
        });
    }
    measured("list() (materialised, for comparison)", [&] {
        return QStringLiteral("%1 rows").arg(collection.repository().list({}).value().size());
    });
    return 0;
}
