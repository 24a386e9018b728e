#include "ui/common/UserPrompts.h"

#include "ui/common/FileDialogs.h"
#include "ui/notes/NotesDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace encode::ui {

bool UserPrompts::confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void UserPrompts::inform(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::information(parent, title, message);
}

void UserPrompts::warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QString UserPrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return chooseFile(parent, FileDialogMode::Open, title, QString(), filter);
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter)
{
    return chooseFile(parent, FileDialogMode::Save, title, suggestedPath, filter);
}

QString UserPrompts::editNotes(QWidget *parent, const QString &accession, const QString &notes, bool &accepted)
{
    NotesDialog dialog(accession, notes, parent);
    accepted = dialog.exec() == QDialog::Accepted;
    return dialog.notes();
}

} // namespace encode::ui
