#pragma once

#include "app/export/CollectionExport.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace encode::ui {

class UserPrompts;

// File > Export: the collection (the selection, the experiments the current filter shows, or all) as
// CSV or TSV for R and pandas, JSON, or an Excel workbook, written with progress and Cancel. The file
// appears only when complete.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    struct Scope {
        QStringList selected; // in table order
        QStringList shown;    // what the current filter shows; empty when it shows everything
        int total = 0;
    };

    ExportDialog(QSqlDatabase database, Scope scope, UserPrompts &prompts, QWidget *parent = nullptr);

    // Runs the export chosen in the dialog; false (after saying why) when it failed or was cancelled.
    bool exportNow();
    [[nodiscard]] QString path() const;
    [[nodiscard]] int exportedCount() const { return m_exported; }

    void accept() override;

private:
    [[nodiscard]] app::ExportFormat format() const;
    [[nodiscard]] app::ExportRequest request() const;
    void formatChanged();
    void browse();

    QSqlDatabase m_database;
    Scope m_scope;
    UserPrompts &m_prompts;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QRadioButton *m_selection;
    QRadioButton *m_shown;
    QRadioButton *m_all;
    QLineEdit *m_path;
    QLabel *m_hint;
    int m_exported = 0;
};

} // namespace encode::ui
