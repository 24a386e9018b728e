#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace encode::ui {

// The notes of the shown experiment, editable in place. Saving is only a request: the window stores
// the notes through the repository, since widgets never write to the collection themselves.
class NotesEditor final : public QWidget {
    Q_OBJECT
public:
    explicit NotesEditor(QWidget *parent = nullptr);

    // Shows the stored notes. Unsaved edits survive a refresh of the same experiment (the window
    // reloads details after tracking), but not a switch to another one.
    void setNotes(const QString &accession, const QString &notes);
    void clear();

    [[nodiscard]] bool hasUnsavedChanges() const;

Q_SIGNALS:
    void saveRequested(const QString &accession, const QString &notes);

private:
    void save();
    void revert();
    void updateButtons();

    QString m_accession;
    QString m_savedNotes;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace encode::ui
