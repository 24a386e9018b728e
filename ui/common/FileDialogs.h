#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace encode::ui {

// Every file dialog of the app comes from here (UserPrompts uses it; tests show it as it is).
//
// A dialog that reads files to show them must not run in our process: to pick an icon or a type
// description, Qt's default icon provider asks QMimeDatabase, which opens each file listed and reads
// its first bytes. When it lists the collection's folder it opens and closes tracker.db, -wal and
// -shm, and closing any descriptor of a file drops every POSIX lock this process holds on it. The next
// command-line run then believes it is the last user, deletes the WAL, and the window's later writes
// go into a deleted file (see models/database/CollectionFiles.h). So: Qt's own dialog, never the
// platform's (which may run in-process and read files too), with an icon provider that decides icons
// and descriptions from file names alone.
enum class FileDialogMode { Open, Save };

// A dialog showing `place` (a folder, or a file name to suggest, which may exist), not yet shown.
[[nodiscard]] QFileDialog *createFileDialog(QWidget *parent, FileDialogMode mode, const QString &title,
                                            const QString &place, const QString &filter);

// Runs such a dialog; the chosen path, or empty when cancelled.
[[nodiscard]] QString chooseFile(QWidget *parent, FileDialogMode mode, const QString &title, const QString &place,
                                 const QString &filter);

} // namespace encode::ui
