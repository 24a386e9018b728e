#include "ui/export/ExportDialog.h"

#include "ui/common/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

struct FormatChoice {
    app::ExportFormat format;
    const char *label;
    const char *hint;
};

const QList<FormatChoice> &formatChoices()
{
    static const QList<FormatChoice> choices{
        {app::ExportFormat::Xlsx, QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
         QT_TRANSLATE_NOOP("ExportDialog", "Three sheets: experiments, publications, provenance. Text stays text, "
                                           "numbers and dates are typed, nothing becomes a formula.")},
        {app::ExportFormat::Csv, QT_TRANSLATE_NOOP("ExportDialog", "CSV (.csv)"),
         QT_TRANSLATE_NOOP("ExportDialog", "For R read.csv and pandas read_csv: values read back exactly (UTF-8).")},
        {app::ExportFormat::Tsv, QT_TRANSLATE_NOOP("ExportDialog", "Tab-separated (.tsv)"),
         QT_TRANSLATE_NOOP("ExportDialog", "For R read.delim, pandas read_csv(sep='\\t') and shell tools.")},
        {app::ExportFormat::Json, QT_TRANSLATE_NOOP("ExportDialog", "JSON (.json)"),
         QT_TRANSLATE_NOOP("ExportDialog", "An array of row objects, counts as numbers.")},
    };
    return choices;
}

} // namespace

ExportDialog::ExportDialog(QSqlDatabase database, Scope scope, UserPrompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_scope(std::move(scope))
    , m_prompts(prompts)
    , m_format(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Mark the file as UTF-8 for Excel (a byte-order mark)"), this))
    , m_selection(new QRadioButton(this))
    , m_shown(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_path(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the Collection"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatChoice &choice : formatChoices())
        m_format->addItem(tr(choice.label), static_cast<int>(choice.format));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    m_selection->setObjectName(QStringLiteral("exportSelection"));
    m_shown->setObjectName(QStringLiteral("exportShown"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_selection->setText(tr("The %n selected experiment(s)", nullptr, static_cast<int>(m_scope.selected.size())));
    m_selection->setEnabled(!m_scope.selected.isEmpty());
    m_shown->setText(tr("The %n experiment(s) the current filter shows", nullptr, static_cast<int>(m_scope.shown.size())));
    m_shown->setEnabled(!m_scope.shown.isEmpty());
    m_all->setText(tr("All %n experiment(s)", nullptr, m_scope.total));
    (m_scope.selected.size() > 1 ? m_selection : m_scope.shown.isEmpty() ? m_all : m_shown)->setChecked(true);

    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_path, 1);
    destination->addWidget(browse);

    QSettings settings;
    const int remembered = m_format->findData(settings.value(QStringLiteral("export/format"), static_cast<int>(app::ExportFormat::Xlsx)));
    m_format->setCurrentIndex(std::max(0, remembered));
    m_path->setText(QDir(settings.value(QStringLiteral("export/directory"), QDir::homePath()).toString())
                        .filePath(QStringLiteral("encode-collection")));
    m_bom->setChecked(settings.value(QStringLiteral("export/bom"), false).toBool());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    formatChanged();

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_selection);
    scopeBox->addWidget(m_shown);
    scopeBox->addWidget(m_all);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Export:"), scopeBox);
    form->addRow(tr("To:"), destination);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

app::ExportFormat ExportDialog::format() const
{
    return static_cast<app::ExportFormat>(m_format->currentData().toInt());
}

app::ExportRequest ExportDialog::request() const
{
    app::ExportRequest request;
    request.format = format();
    request.excelBom = m_bom->isChecked() && m_bom->isEnabled();
    if (m_selection->isChecked())
        request.filter.accessions = m_scope.selected;
    else if (m_shown->isChecked())
        request.filter.accessions = m_scope.shown;
    return request;
}

// The file name follows the format: "collection.csv" becomes "collection.xlsx" when Excel is chosen.
void ExportDialog::formatChanged()
{
    const app::ExportFormat chosen = format();
    for (const FormatChoice &choice : formatChoices()) {
        if (choice.format == chosen)
            m_hint->setText(tr(choice.hint));
    }
    m_bom->setEnabled(chosen == app::ExportFormat::Csv || chosen == app::ExportFormat::Tsv);
    const QFileInfo current(path());
    m_path->setText(current.dir().filePath(current.completeBaseName() + QLatin1Char('.') + app::exportFormatName(chosen)));
}

void ExportDialog::browse()
{
    const QString name = app::exportFormatName(format());
    const QString chosen = m_prompts.saveFileName(this, tr("Export to"), path(),
                                                  tr("%1 files (*.%2);;All files (*)").arg(name.toUpper(), name));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

bool ExportDialog::exportNow()
{
    if (path().isEmpty()) {
        m_prompts.warn(this, tr("Export"), tr("Choose where to write the file."));
        return false;
    }
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    int written = 0;
    // The export runs here, on the window's thread; it lets the window repaint and hear Cancel every
    // few hundred rows (the dialog is modal, so nothing else can start meanwhile).
    const models::Status failed =
        app::exportCollectionToFile(m_database, request(), path(), [&progress, &written](int done, int total) {
            written = done;
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (failed) {
        if (failed->kind != models::Failure::Kind::Cancelled)
            m_prompts.warn(this, tr("Export"), failed->message);
        return false;
    }
    m_exported = written;
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), static_cast<int>(format()));
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path()).absolutePath());
    settings.setValue(QStringLiteral("export/bom"), m_bom->isChecked());
    return true;
}

} // namespace encode::ui
