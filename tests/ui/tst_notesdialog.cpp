// The notes dialog edits one experiment's notes and hands them back only when accepted.
#include "ui/notes/NotesDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace encode;

class TestNotesDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editsAndReturnsTheNotes()
    {
        ui::NotesDialog dialog("ENCSR100AAA", "first line\nsecond line");
        QVERIFY(dialog.windowTitle().contains("ENCSR100AAA"));
        auto *editor = dialog.findChild<QPlainTextEdit *>("notesDialogEditor");
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), QStringLiteral("first line\nsecond line"));
        QCOMPARE(dialog.notes(), QStringLiteral("first line\nsecond line"));

        editor->setPlainText("rewritten\n\nwith a blank line");
        QCOMPARE(dialog.notes(), QStringLiteral("rewritten\n\nwith a blank line"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelRejects()
    {
        ui::NotesDialog dialog("ENCSR200BBB", QString());
        QVERIFY(dialog.notes().isEmpty());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestNotesDialog)
#include "tst_notesdialog.moc"
