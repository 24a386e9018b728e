#pragma once

#include "models/provenance/ProvenanceService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace encode::ui {

class UserPrompts;

// "Log Derived File…": which ENCODE data (or earlier derived files) a file on disk was made from,
// with which tool and parameters. Also opened by dropping files onto an experiment. A refused entry
// (a cycle, a bad accession) is explained in the dialog, which stays open to be corrected.
class LogDerivedDialog final : public QDialog {
    Q_OBJECT
public:
    LogDerivedDialog(QSqlDatabase database, UserPrompts &prompts, QWidget *parent = nullptr);

    void setPath(const QString &path);
    void setSources(const QStringList &sources);
    [[nodiscard]] models::DerivedFileEntry entry() const;
    // The file as stored after a successful accept().
    [[nodiscard]] const models::LoggedFile &logged() const { return m_logged; }

    void accept() override;

private:
    void choosePath();

    QSqlDatabase m_database;
    UserPrompts &m_prompts;
    QLineEdit *m_path;
    QPlainTextEdit *m_sources;
    QLineEdit *m_tool;
    QLineEdit *m_parameters;
    QLineEdit *m_description;
    QLineEdit *m_fileType;
    QLabel *m_error;
    models::LoggedFile m_logged;
};

} // namespace encode::ui
