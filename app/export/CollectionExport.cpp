#include "app/export/CollectionExport.h"

#include "models/collection/CollectionRepository.h"
#include "models/database/CollectionFiles.h"
#include "app/export/CollectionWorkbook.h"
#include "app/export/DelimitedText.h"
#include "app/export/ExportColumns.h"
#include "app/export/ExportRun.h"
#include "app/export/JsonRowWriter.h"
#include "app/export/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace encode::app {
namespace {

const QStringList &formatNames()
{
    static const QStringList names{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json"),
                                   QStringLiteral("xlsx")};
    return names; // in the enum's order
}

// The failure of writing to `out`, naming its file when it has one (a full disk says so).
models::Failure writeFailure(const QIODevice &out)
{
    const auto *file = qobject_cast<const QFile *>(&out);
    return cannotWrite(file && !file->fileName().isEmpty() ? file->fileName() : QStringLiteral("the export"),
                       out.errorString());
}

// Streams every row of the filter through `write` (false: the device failed), with progress. The
// database's failure, a cancellation or a write failure on `out`.
models::Status streamRows(const models::CollectionRepository &repository, const ExportRequest &request,
                          const ExportProgress &progress, const std::function<bool(const models::ExperimentListRow &)> &write,
                          const QIODevice &out)
{
    const models::Result<int> total = repository.count(request.filter);
    if (!total.ok())
        return total.failure();
    ExportRun run(progress, total.value());
    if (!run.start())
        return ExportRun::cancelledFailure();
    bool written = true;
    if (models::Status read = repository.forEachListRow(request.filter, [&](const models::ExperimentListRow &row) {
            written = write(row);
            return written && run.rowWritten();
        }))
        return read;
    if (!written)
        return writeFailure(out);
    if (run.cancelled() || !run.finish())
        return ExportRun::cancelledFailure();
    return std::nullopt;
}

models::Status exportDelimited(const models::CollectionRepository &repository, const ExportRequest &request,
                               QIODevice &out, const ExportProgress &progress)
{
    QTextStream stream(&out); // UTF-8
    stream.setGenerateByteOrderMark(request.excelBom);
    DelimitedTextWriter writer(stream, request.format == ExportFormat::Csv ? DelimitedTextWriter::Format::Csv
                                                                           : DelimitedTextWriter::Format::Tsv);
    writer.writeRow(exportHeaders());
    models::Status status = streamRows(
        repository, request, progress,
        [&](const models::ExperimentListRow &row) {
            writer.writeRow(exportTexts(row));
            return stream.status() == QTextStream::Ok;
        },
        out);
    stream.flush();
    if (!status && stream.status() != QTextStream::Ok)
        return writeFailure(out);
    return status;
}

models::Status exportJson(const models::CollectionRepository &repository, const ExportRequest &request,
                          QIODevice &out, const ExportProgress &progress)
{
    JsonRowWriter writer(out, exportHeaders());
    if (models::Status status = streamRows(
            repository, request, progress,
            [&](const models::ExperimentListRow &row) { return writer.writeRow(exportValues(row)); }, out))
        return status;
    if (!writer.finish())
        return writeFailure(out);
    return std::nullopt;
}

} // namespace

std::optional<ExportFormat> exportFormatNamed(const QString &name)
{
    const qsizetype index = formatNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<ExportFormat>(index);
}

QString exportFormatName(ExportFormat format)
{
    return formatNames().at(static_cast<qsizetype>(format));
}

models::Status exportCollection(QSqlDatabase database, const ExportRequest &request, QIODevice &out,
                                const ExportProgress &progress)
{
    const models::CollectionRepository repository(std::move(database));
    switch (request.format) {
    case ExportFormat::Csv:
    case ExportFormat::Tsv:
        return exportDelimited(repository, request, out, progress);
    case ExportFormat::Json:
        return exportJson(repository, request, out, progress);
    case ExportFormat::Xlsx:
        break;
    }
    return models::invalidInput(QStringLiteral("xlsx needs a file to write to, not a stream"));
}

models::Status exportCollectionToFile(QSqlDatabase database, const ExportRequest &request, const QString &path,
                                      const ExportProgress &progress)
{
    if (request.format == ExportFormat::Xlsx && OutputFile::isStreamTarget(path))
        return models::invalidInput(QStringLiteral("refused %1: a workbook (.xlsx) is a zip archive that is written "
                                                   "in place, so it needs a regular file, not a pipe or a device")
                                        .arg(QDir::toNativeSeparators(path)));
    models::Result<std::unique_ptr<OutputFile>> output = OutputFile::open(path, models::collectionPathOf(database));
    if (!output.ok())
        return output.failure();
    if (request.format != ExportFormat::Xlsx) {
        if (models::Status failed = exportCollection(std::move(database), request, output.value()->device(), progress))
            return failed;
        return output.value()->commit();
    }
    const models::CollectionRepository repository(std::move(database));
    const models::Result<int> total = repository.count(request.filter);
    if (!total.ok())
        return total.failure();
    ExportRun run(progress, total.value());
    if (models::Status failed = writeCollectionWorkbook(repository, request.filter, output.value()->partPath(), path, run))
        return failed;
    return output.value()->commit();
}

} // namespace encode::app
