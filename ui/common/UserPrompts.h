#pragma once

#include <QString>

class QWidget;

namespace encode::ui {

// Every question the app asks the user in a modal dialog goes through here, so tests can answer
// without a person (see tests/ui: a scripted subclass).
class UserPrompts {
public:
    virtual ~UserPrompts() = default;

    [[nodiscard]] virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                                       const QString &acceptText);
    virtual void inform(QWidget *parent, const QString &title, const QString &message);
    virtual void warn(QWidget *parent, const QString &title, const QString &message);
    // Empty when cancelled.
    [[nodiscard]] virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    [[nodiscard]] virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                               const QString &filter);
    // Multi-line notes for one experiment; nullopt-like: `accepted` false when cancelled.
    [[nodiscard]] virtual QString editNotes(QWidget *parent, const QString &accession, const QString &notes,
                                            bool &accepted);
};

} // namespace encode::ui
