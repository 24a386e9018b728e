#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace encode::ui {

// Edits the notes of one experiment. The caller stores notes() after exec() returns Accepted.
class NotesDialog final : public QDialog {
    Q_OBJECT
public:
    NotesDialog(const QString &accession, const QString &notes, QWidget *parent = nullptr);

    [[nodiscard]] QString notes() const;

private:
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace encode::ui
