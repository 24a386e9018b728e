#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace encode::app {

// A file the user asked us to write: an export, citations, a picture of a graph.
//  - Refused, before anything is created, when the path is one of the open collection's files or any
//    SQLite database (models::checkOutputPath).
//  - A regular file is written to "<path>.part" and renamed over <path> only when complete, so a
//    reader (a spreadsheet, a Snakemake rule waiting for the file) never sees half a file and a
//    failure leaves an existing <path> as it was. The part file is locked while it is written: a
//    second program writing the same path at the same time is refused instead of mixing its rows into
//    ours, and a part left behind by a killed writer is taken over and replaced by the next write.
//  - A FIFO or a device (/dev/stdout, a named pipe) is written into directly; it is never replaced by
//    a regular file.
class OutputFile final {
public:
    // Opening a FIFO waits, as FIFOs do, until a reader opens the other end.
    [[nodiscard]] static models::Result<std::unique_ptr<OutputFile>> open(const QString &path,
                                                                         const QString &collectionPath);
    // Whether `path` is a FIFO or a device (written into, never replaced).
    [[nodiscard]] static bool isStreamTarget(const QString &path);
    ~OutputFile(); // without a successful commit() the part file is removed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] QIODevice &device() { return m_file; }
    // Whether the target is a FIFO or a device (written into, not replaced).
    [[nodiscard]] bool isStream() const { return m_partPath.isEmpty(); }
    // For libraries that write by name (libxlsxwriter): the part file, which they may replace.
    [[nodiscard]] QString partPath() const { return m_partPath; }
    [[nodiscard]] QString path() const { return m_path; }

    // Flushes, and for a regular file renames the part over the target. A Storage failure names the
    // file and the system's reason (a full disk says so).
    [[nodiscard]] models::Status commit();

private:
    OutputFile(QString path, QString partPath);

    QString m_path;
    QString m_partPath;
    QFile m_file;
    bool m_committed = false;
};

// The whole of `bytes` written that way (citations, small outputs).
[[nodiscard]] models::Status writeOutputFile(const QString &path, const QByteArray &bytes, const QString &collectionPath);

} // namespace encode::app
