#include "ui/provenance/LogDerivedDialog.h"

#include "ui/common/UserPrompts.h"
#include "app/search/ImportSource.h"
#include "models/core/Clock.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace encode::ui {

LogDerivedDialog::LogDerivedDialog(QSqlDatabase database, UserPrompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_prompts(prompts)
    , m_path(new QLineEdit(this))
    , m_sources(new QPlainTextEdit(this))
    , m_tool(new QLineEdit(this))
    , m_parameters(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_fileType(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("logDerivedDialog"));
    setWindowTitle(tr("Log a Derived File"));
    resize(620, 420);
    m_path->setObjectName(QStringLiteral("derivedPath"));
    m_sources->setObjectName(QStringLiteral("derivedSources"));
    m_sources->setPlaceholderText(tr("ENCSR… experiments, ENCFF… files, or paths of files logged before; one per line"));
    m_sources->setMaximumHeight(90);
    m_tool->setObjectName(QStringLiteral("derivedTool"));
    m_tool->setPlaceholderText(tr("e.g. MACS2 2.2.9"));
    m_parameters->setObjectName(QStringLiteral("derivedParameters"));
    m_parameters->setPlaceholderText(tr("e.g. callpeak -q 0.01 --nomodel"));
    m_description->setObjectName(QStringLiteral("derivedDescription"));
    m_fileType->setObjectName(QStringLiteral("derivedFileType"));
    m_fileType->setPlaceholderText(tr("e.g. bed, bam, bigWig"));
    m_error->setObjectName(QStringLiteral("derivedError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &LogDerivedDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (m_fileType->text().isEmpty() || m_fileType->isModified() == false)
            m_fileType->setText(QFileInfo(path).suffix());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Made from:"), m_sources);
    form->addRow(tr("Tool:"), m_tool);
    form->addRow(tr("Parameters:"), m_parameters);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("File type:"), m_fileType);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Log"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("logButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
}

void LogDerivedDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void LogDerivedDialog::setSources(const QStringList &sources)
{
    m_sources->setPlainText(sources.join(QLatin1Char('\n')));
}

models::DerivedFileEntry LogDerivedDialog::entry() const
{
    models::DerivedFileEntry entry;
    entry.path = m_path->text().trimmed();
    // Paths may hold spaces: one source per line; several accessions may share a line.
    for (const QString &line : m_sources->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString source = line.trimmed();
        if (source.isEmpty())
            continue;
        if (source.contains(QLatin1Char('/')))
            entry.sources.append(source);
        else
            entry.sources += models::splitAccessionList(source);
    }
    entry.tool = m_tool->text().trimmed();
    entry.parameters = m_parameters->text().trimmed();
    entry.description = m_description->text().trimmed();
    entry.fileType = m_fileType->text().trimmed();
    return entry;
}

void LogDerivedDialog::choosePath()
{
    const QString path = m_prompts.openFileName(this, tr("The Derived File"), tr("All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void LogDerivedDialog::accept()
{
    const models::DerivedFileEntry wanted = entry();
    if (wanted.path.isEmpty() || wanted.sources.isEmpty()) {
        m_error->setText(tr("Give the file and at least one source it was made from."));
        return;
    }
    models::ProvenanceService provenance(m_database);
    const models::Result<models::LogOutcome> logged =
        provenance.logDerivedFile(wanted, models::nowInEpochSeconds());
    if (!logged.ok()) {
        m_error->setText(logged.failure().message);
        return;
    }
    m_logged = logged.value().file;
    QDialog::accept();
}

} // namespace encode::ui
