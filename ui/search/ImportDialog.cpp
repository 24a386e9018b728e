#include "ui/search/ImportDialog.h"

#include "ui/common/UserPrompts.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace encode::ui {

ImportDialog::ImportDialog(UserPrompts &prompts, QString collectionPath, QWidget *parent)
    : QDialog(parent)
    , m_prompts(prompts)
    , m_collectionPath(std::move(collectionPath))
    , m_text(new QPlainTextEdit(this))
    , m_verdict(new QLabel(this))
    , m_notes(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Track Accessions, a Search or a Cart"));
    resize(620, 420);
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setPlaceholderText(tr("ENCSR000EDP ENCSR000AKB …\n\nor a search URL copied from the Portal:\n"
                                  "https://www.encodeproject.org/search/?type=Experiment&assay_title=ATAC-seq&…\n\n"
                                  "or a cart: https://www.encodeproject.org/carts/<id>/"));
    m_verdict->setObjectName(QStringLiteral("importVerdict"));
    m_verdict->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setPlaceholderText(tr("Optional: notes for the experiments new to your collection"));

    auto *paste = new QPushButton(tr("Paste from Clipboard"), this);
    auto *file = new QPushButton(tr("Read a File…"), this);
    connect(paste, &QPushButton::clicked, this, &ImportDialog::pasteClipboard);
    connect(file, &QPushButton::clicked, this, &ImportDialog::readFile);
    QPushButton *track = m_buttons->addButton(tr("Track"), QDialogButtonBox::AcceptRole);
    track->setObjectName(QStringLiteral("importTrack"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ImportDialog::recognise);

    auto *sources = new QHBoxLayout;
    sources->addWidget(paste);
    sources->addWidget(file);
    sources->addStretch();
    auto *notes = new QFormLayout;
    notes->addRow(tr("Notes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Experiment accessions (separated by spaces, commas or lines), a Portal search "
                                    "URL, or a cart:"),
                                 this));
    layout->addWidget(m_text, 1);
    layout->addLayout(sources);
    layout->addWidget(m_verdict);
    layout->addLayout(notes);
    layout->addWidget(m_buttons);
    recognise();
}

void ImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString ImportDialog::notes() const
{
    return m_notes->text().trimmed();
}

void ImportDialog::recognise()
{
    const QString text = m_text->toPlainText();
    m_source.reset();
    QString verdict;
    bool usable = false;
    if (text.trimmed().isEmpty()) {
        verdict = tr("Paste or type what to track.");
    } else if (const models::Result<app::ImportSource> source = app::ImportSource::fromText(text); !source.ok()) {
        verdict = QStringLiteral("<span style='color:#c62828'>%1</span>").arg(source.failure().message.toHtmlEscaped());
    } else {
        usable = true;
        m_source = source.value();
        switch (source.value().kind) {
        case app::ImportSource::Kind::Accessions:
            verdict = tr("%n experiment accession(s) to track.", nullptr, static_cast<int>(source.value().accessions.size()));
            break;
        case app::ImportSource::Kind::SearchUrl:
            verdict = tr("A Portal search: its experiments (the first 1,000 at most) will be tracked.");
            break;
        case app::ImportSource::Kind::Cart:
            verdict = tr("A Portal cart: its experiments will be tracked.");
            break;
        }
    }
    m_verdict->setText(verdict);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!usable);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(usable);
    }
}

void ImportDialog::pasteClipboard()
{
    setText(QApplication::clipboard()->text());
}

void ImportDialog::readFile()
{
    const QString path = m_prompts.openFileName(this, tr("Read Accessions"), tr("Text files (*.txt *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    const models::Result<QString> text = models::readAccessionListText(path, m_collectionPath);
    if (!text.ok()) {
        m_prompts.warn(this, tr("Read Accessions"), text.failure().message);
        return;
    }
    setText(text.value());
}

} // namespace encode::ui
