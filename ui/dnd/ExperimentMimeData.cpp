#include "ui/dnd/ExperimentMimeData.h"

#include "app/export/DelimitedText.h"
#include "app/export/ExportColumns.h"
#include "app/export/HtmlTable.h"
#include "app/export/XlsxWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTextStream>
#include <QUrl>

#include <optional>

namespace encode::ui {

namespace {

QString experimentsTsv(const QList<models::ExperimentListRow> &rows)
{
    QString text;
    QTextStream out(&text);
    app::DelimitedTextWriter writer(out, app::DelimitedTextWriter::Format::Tsv);
    writer.writeRow(app::exportHeaders());
    for (const models::ExperimentListRow &row : rows)
        writer.writeRow(app::exportTexts(row));
    out.flush();
    return text;
}

// Claims a fresh "ENCODE experiments <date> <time>.xlsx" (then " (2)", " (3)", ...) by creating it
// empty, so two copies in the same second, or another process, cannot take the same name. The
// workbook is later renamed over this placeholder.
std::optional<QString> reserveWorkbookPath(const QDir &directory)
{
    const QString stem = QStringLiteral("ENCODE experiments ") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"));
    constexpr int attempts = 1000;
    for (int n = 1; n <= attempts; ++n) {
        const QString name =
            n == 1 ? stem + QStringLiteral(".xlsx") : QStringLiteral("%1 (%2).xlsx").arg(stem).arg(n);
        const QString path = directory.filePath(name);
        QFile placeholder(path);
        if (placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        if (!placeholder.exists())
            return std::nullopt; // not a name clash: the directory is missing or not writable
    }
    return std::nullopt;
}

std::optional<QUrl> writeWorkbook(const QList<models::ExperimentListRow> &rows,
                                  const QString &temporaryDirectory)
{
    const std::optional<QString> path = reserveWorkbookPath(QDir(temporaryDirectory));
    if (!path) {
        qWarning("Dragged experiments: cannot create a workbook in %s",
                 qUtf8Printable(QDir::toNativeSeparators(temporaryDirectory)));
        return std::nullopt;
    }
    if (const models::Status failure = app::writeExperimentsXlsx(*path, rows)) {
        qWarning("Dragged experiments: %s", qUtf8Printable(failure->message));
        QFile::remove(*path);
        return std::nullopt;
    }
    return QUrl::fromLocalFile(*path);
}

} // namespace

QMimeData *createExperimentMimeData(const QList<models::ExperimentListRow> &rows,
                                    const QString &temporaryDirectory)
{
    auto *mime = new QMimeData;
    mime->setText(experimentsTsv(rows));
    mime->setHtml(app::experimentsHtmlTable(rows));
    if (const std::optional<QUrl> workbook = writeWorkbook(rows, temporaryDirectory))
        mime->setUrls({*workbook});
    return mime;
}

} // namespace encode::ui
