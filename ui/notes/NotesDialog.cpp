#include "ui/notes/NotesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace encode::ui {

NotesDialog::NotesDialog(const QString &accession, const QString &notes, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("notesDialog"));
    setWindowTitle(tr("Notes for %1").arg(accession));
    m_editor->setObjectName(QStringLiteral("notesDialogEditor"));
    m_editor->setPlainText(notes);
    m_editor->setPlaceholderText(tr("Why you track it, what you used it for, what to check…"));
    // Tab moves to the buttons, as in every other dialog; notes rarely need tab characters.
    m_editor->setTabChangesFocus(true);
    m_editor->moveCursor(QTextCursor::End);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Notes about <b>%1</b>:").arg(accession.toHtmlEscaped()), this));
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    m_editor->setFocus();
    resize(520, 340);
}

QString NotesDialog::notes() const
{
    return m_editor->toPlainText();
}

} // namespace encode::ui
