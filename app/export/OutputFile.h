#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace encode::app {

// A file the user asked us to write: an export, citations, a picture of a graph.
//  - Refused, before anything is created, when the path is one of the open collection's files, any
//    SQLite database or a file SQLite keeps beside one (models::checkOutputPath), a folder, a disk
//    device or a socket.
//  - A regular file is written to "<file>.part" beside it and renamed over it only when complete and
//    on disk (fsync), keeping the old file's permissions: a reader (a spreadsheet, a Snakemake rule
//    waiting for the file) never sees half a file, and a failure leaves the old file as it was. A
//    symbolic link is followed: the real file is replaced and the link keeps pointing at it.
//  - The part is locked while it is written: a second program writing the same path at the same time
//    is refused instead of mixing its rows into ours, and a part left behind by a killed writer is
//    taken over by the next write. A part that is a link, or has another name, is refused.
//  - A FIFO, a terminal or anything under /dev or /proc (/dev/stdout) is written into, appending,
//    never replaced. Opening a FIFO waits, as FIFOs do, until a reader opens the other end.
class OutputFile final {
public:
    [[nodiscard]] static models::Result<std::unique_ptr<OutputFile>> open(const QString &path,
                                                                         const QString &collectionPath);
    // Whether `path` is written into rather than replaced (see above).
    [[nodiscard]] static bool isStreamTarget(const QString &path);

    ~OutputFile(); // without a successful commit() the part file is removed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] QIODevice &device() { return m_file; }
    [[nodiscard]] bool isStream() const { return m_partPath.isEmpty(); }
    // For libraries that write by name (libxlsxwriter): the part file, which they may replace.
    [[nodiscard]] QString partPath() const { return m_partPath; }

    // Flushes and, for a regular file, syncs and renames the part over the target. A Storage failure
    // names the file and the system's reason (a full disk says so).
    [[nodiscard]] models::Status commit();

private:
    OutputFile(QString path, QString target, QString partPath);
    [[nodiscard]] static models::Result<std::unique_ptr<OutputFile>> openPart(const QString &path, const QString &target,
                                                                             const QString &collectionPath);
    [[nodiscard]] bool partIsStillOurs() const;

    QString m_path;     // as the user gave it, for messages
    QString m_target;   // the file replaced (a link's target)
    QString m_partPath; // empty for a stream
    QFile m_file;
    bool m_committed = false;
};

// "cannot write PATH: REASON", the failure every writer of user files reports.
[[nodiscard]] models::Failure cannotWrite(const QString &path, const QString &reason);

// The whole of `bytes` written that way (citations, small outputs).
[[nodiscard]] models::Status writeOutputFile(const QString &path, const QByteArray &bytes, const QString &collectionPath);

} // namespace encode::app
