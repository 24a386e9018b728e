#pragma once

#include "app/search/ImportSource.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace encode::ui {

class UserPrompts;

// "Paste accessions / search URL / cart…": one box that takes a list of accessions, a search URL copied
// from the Portal's website or a cart, says as you type what it recognised (or what is wrong), and
// offers the clipboard and a file as the source.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    // `collectionPath`: the open collection, which "Read from File…" never opens.
    ImportDialog(UserPrompts &prompts, QString collectionPath = {}, QWidget *parent = nullptr);

    void setText(const QString &text);
    // What to track; set only while the text is usable.
    [[nodiscard]] std::optional<app::ImportSource> source() const { return m_source; }
    // Notes for the experiments new to the collection; empty for none.
    [[nodiscard]] QString notes() const;

private:
    void recognise();
    void pasteClipboard();
    void readFile();

    UserPrompts &m_prompts;
    QString m_collectionPath;
    QPlainTextEdit *m_text;
    QLabel *m_verdict;
    QLineEdit *m_notes;
    QDialogButtonBox *m_buttons;
    std::optional<app::ImportSource> m_source;
};

} // namespace encode::ui
