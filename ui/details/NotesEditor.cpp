#include "ui/details/NotesEditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace encode::ui {

NotesEditor::NotesEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_saveButton(new QPushButton(tr("&Save notes"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setPlaceholderText(tr("Your notes about this experiment"));
    m_editor->setTabChangesFocus(true);
    // In the overview's scroll area the editor takes the room left below the fields rather than
    // asking for its usual height, which would push the buttons out of sight.
    m_editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 5 + 2 * m_editor->frameWidth() + 8);
    m_saveButton->setObjectName(QStringLiteral("saveNotesButton"));
    m_revertButton->setObjectName(QStringLiteral("revertNotesButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesEditor::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &NotesEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &NotesEditor::revert);
    clear();
}

void NotesEditor::setNotes(const QString &accession, const QString &notes)
{
    const bool keepEdits = accession == m_accession && hasUnsavedChanges();
    m_accession = accession;
    m_savedNotes = notes;
    if (!keepEdits)
        m_editor->setPlainText(notes);
    m_editor->setEnabled(!accession.isEmpty());
    updateButtons();
}

void NotesEditor::clear()
{
    m_accession.clear();
    m_savedNotes.clear();
    m_editor->clear();
    m_editor->setEnabled(false);
    updateButtons();
}

bool NotesEditor::hasUnsavedChanges() const
{
    return m_editor->toPlainText() != m_savedNotes;
}

void NotesEditor::save()
{
    if (m_accession.isEmpty())
        return;
    m_savedNotes = m_editor->toPlainText();
    updateButtons();
    Q_EMIT saveRequested(m_accession, m_savedNotes);
}

void NotesEditor::revert()
{
    m_editor->setPlainText(m_savedNotes);
}

void NotesEditor::updateButtons()
{
    const bool changed = !m_accession.isEmpty() && hasUnsavedChanges();
    m_saveButton->setEnabled(changed);
    m_revertButton->setEnabled(changed);
}

} // namespace encode::ui
