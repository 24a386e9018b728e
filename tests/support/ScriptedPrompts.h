#pragma once

// For the GUI tests only (it needs encode_ui's headers): answers the app's questions the way a test
// says, and remembers what was asked.
#include "ui/common/UserPrompts.h"

#include <QStringList>

namespace encode::testsupport {

class ScriptedPrompts final : public ui::UserPrompts {
public:
    bool answer = true;
    QString notesToEnter;
    QString fileToOpen;
    QString fileToSave;
    QStringList asked;
    QStringList warnings;

    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        asked.append(question);
        return answer;
    }
    void inform(QWidget *, const QString &, const QString &message) override { asked.append(message); }
    void warn(QWidget *, const QString &, const QString &message) override { warnings.append(message); }
    QString openFileName(QWidget *, const QString &, const QString &) override { return fileToOpen; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return fileToSave; }
    QString editNotes(QWidget *, const QString &accession, const QString &, bool &accepted) override
    {
        asked.append(accession);
        accepted = true;
        return notesToEnter;
    }
};

} // namespace encode::testsupport
