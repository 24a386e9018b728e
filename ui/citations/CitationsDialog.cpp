#include "ui/citations/CitationsDialog.h"

#include "app/citations/CitationCollector.h"
#include "app/citations/ZoteroConnector.h"
#include "app/export/OutputFile.h"
#include "ui/common/UserPrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace encode::ui {
namespace {

const QString formatKey = QStringLiteral("citations/format");
constexpr qsizetype previewLimit = 1 << 20; // characters; Copy and Save always take everything

struct FormatChoice {
    app::CitationFormat format;
    const char *label;
    const char *fileFilter;
    const char *suffix;
};

const QList<FormatChoice> &formatChoices()
{
    static const QList<FormatChoice> choices{
        {app::CitationFormat::Bibtex, QT_TRANSLATE_NOOP("CitationsDialog", "BibTeX (LaTeX, Zotero)"), "BibTeX (*.bib)", ".bib"},
        {app::CitationFormat::Ris, QT_TRANSLATE_NOOP("CitationsDialog", "RIS (Zotero, EndNote, Mendeley)"), "RIS (*.ris)", ".ris"},
        {app::CitationFormat::CslJson, QT_TRANSLATE_NOOP("CitationsDialog", "CSL-JSON (Zotero, Pandoc)"), "CSL-JSON (*.json)", ".json"},
        {app::CitationFormat::Json, QT_TRANSLATE_NOOP("CitationsDialog", "JSON rows (scripts)"), "JSON (*.json)", ".json"},
    };
    return choices;
}

const FormatChoice &choiceFor(app::CitationFormat format)
{
    for (const FormatChoice &choice : formatChoices()) {
        if (choice.format == format)
            return choice;
    }
    return formatChoices().first();
}

// Zotero's connector imports these three; the JSON rows are for scripts.
bool zoteroReads(app::CitationFormat format)
{
    return format != app::CitationFormat::Json;
}

// Runs the send as a free coroutine: it holds what it uses, and the dialog hears back only if alive.
QCoro::Task<models::Result<int>> sendText(app::ZoteroConnector &zotero, QString text, app::CitationFormat format)
{
    co_return co_await zotero.send(std::move(text), format);
}

} // namespace

CitationsDialog::CitationsDialog(models::CollectionRepository repository, QStringList selected, UserPrompts &prompts,
                                 QUrl zoteroUrl, QWidget *parent)
    : QDialog(parent)
    , m_repository(std::move(repository))
    , m_selected(std::move(selected))
    , m_prompts(prompts)
    , m_zotero(new app::ZoteroConnector(std::move(zoteroUrl), this))
    , m_selectionScope(new QRadioButton(this))
    , m_collectionScope(new QRadioButton(tr("The whole collection"), this))
    , m_datasets(new QCheckBox(tr("Also cite the experiments themselves as datasets (ENCODE DOIs 10.17989/…)"), this))
    , m_format(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save As…"), this))
    , m_send(new QPushButton(tr("Send to &Zotero"), this))
    , m_zoteroStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("citationsDialog"));
    setWindowTitle(tr("Cite Experiments"));
    resize(820, 640);
    m_selectionScope->setObjectName(QStringLiteral("selectionScope"));
    m_selectionScope->setText(tr("The %n selected experiment(s)", nullptr, static_cast<int>(m_selected.size())));
    m_selectionScope->setEnabled(!m_selected.isEmpty());
    (m_selected.isEmpty() ? m_collectionScope : m_selectionScope)->setChecked(true);
    m_collectionScope->setObjectName(QStringLiteral("collectionScope"));
    m_datasets->setObjectName(QStringLiteral("datasetsCheck"));
    m_format->setObjectName(QStringLiteral("citationFormat"));
    for (const FormatChoice &choice : formatChoices())
        m_format->addItem(tr(choice.label), static_cast<int>(choice.format));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(rememberedFormat())));
    m_summary->setObjectName(QStringLiteral("citationSummary"));
    m_preview->setObjectName(QStringLiteral("citationPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copyCitations"));
    m_save->setObjectName(QStringLiteral("saveCitations"));
    m_send->setObjectName(QStringLiteral("sendToZotero"));
    m_send->setToolTip(tr("Imports into the collection selected in Zotero (Zotero must be running)"));
    m_zoteroStatus->setObjectName(QStringLiteral("zoteroStatus"));
    m_zoteroStatus->setWordWrap(true);
    m_zoteroStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_selectionScope, &QRadioButton::toggled, this, &CitationsDialog::refresh);
    connect(m_datasets, &QCheckBox::toggled, this, &CitationsDialog::refresh);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(formatKey, app::citationFormatNames().at(static_cast<int>(format())));
        refresh();
    });
    connect(m_copy, &QPushButton::clicked, this, &CitationsDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &CitationsDialog::saveAs);
    connect(m_send, &QPushButton::clicked, this, &CitationsDialog::sendToZotero);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_selectionScope);
    scope->addWidget(m_collectionScope);
    scope->addWidget(m_datasets);
    auto *form = new QFormLayout;
    form->addRow(tr("Cite:"), scope);
    form->addRow(tr("Format:"), m_format);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_send);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_zoteroStatus);
    layout->addLayout(actions);
    refresh();
}

CitationsDialog::~CitationsDialog() = default;

QUrl CitationsDialog::zoteroUrl()
{
    const QString configured = qEnvironmentVariable("ENCODE_ZOTERO_URL");
    return configured.isEmpty() ? app::ZoteroConnector::defaultUrl() : QUrl(configured);
}

app::CitationFormat CitationsDialog::rememberedFormat()
{
    return app::citationFormatNamed(QSettings().value(formatKey).toString()).value_or(app::CitationFormat::Bibtex);
}

models::Result<QString> CitationsDialog::citationText(const models::CollectionRepository &repository,
                                                      const QStringList &accessions, bool datasets,
                                                      app::CitationFormat format)
{
    const models::Result<app::CitationSet> set = app::collectCitations(repository, {accessions, datasets});
    if (!set.ok())
        return set.failure();
    return app::formatCitations(set.value(), format);
}

app::CitationFormat CitationsDialog::format() const
{
    return static_cast<app::CitationFormat>(m_format->currentData().toInt());
}

void CitationsDialog::refresh()
{
    const QStringList accessions = m_selectionScope->isChecked() ? m_selected : QStringList();
    const models::Result<app::CitationSet> set = app::collectCitations(m_repository, {accessions, m_datasets->isChecked()});
    m_text = set.ok() ? app::formatCitations(set.value(), format()) : QString();
    if (!set.ok())
        m_summary->setText(set.failure().message);
    else if (set.value().isEmpty())
        m_summary->setText(tr("Nothing to cite: these experiments list no publications. Tick the datasets box to cite "
                              "the experiments themselves."));
    else
        m_summary->setText(tr("%1 paper(s)%2")
                               .arg(set.value().publications.size())
                               .arg(set.value().includesDatasets ? tr(" and %1 dataset(s)").arg(set.value().datasets.size())
                                                                 : QString()));
    m_preview->setPlainText(m_text.size() > previewLimit
                                ? m_text.left(previewLimit) + tr("\n… (the preview stops here; Copy and Save take everything)")
                                : m_text);
    const bool any = !m_text.isEmpty() && set.ok() && !set.value().isEmpty();
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
    m_send->setEnabled(any && zoteroReads(format()));
}

void CitationsDialog::copy()
{
    QApplication::clipboard()->setText(m_text);
    m_zoteroStatus->setText(tr("Copied. In Zotero: File > Import from Clipboard (Ctrl+Shift+Alt+I)."));
}

void CitationsDialog::saveAs()
{
    const FormatChoice &choice = choiceFor(format());
    const QString path = m_prompts.saveFileName(this, tr("Save Citations"),
                                                QDir::home().filePath(QStringLiteral("encode-citations") +
                                                                      QLatin1String(choice.suffix)),
                                                QLatin1String(choice.fileFilter));
    if (path.isEmpty())
        return;
    if (models::Status failed = app::writeOutputFile(path, m_text.toUtf8(), m_repository.collectionPath()))
        m_prompts.warn(this, tr("Save Citations"), failed->message);
    else
        m_zoteroStatus->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void CitationsDialog::sendToZotero()
{
    m_send->setEnabled(false);
    m_zoteroStatus->setText(tr("Sending to Zotero…"));
    QCoro::connect(sendText(*m_zotero, m_text, format()), this, [this](const models::Result<int> &sent) {
        m_send->setEnabled(true);
        if (sent.ok())
            m_zoteroStatus->setText(tr("Zotero imported %n item(s) into its selected collection.", nullptr, sent.value()));
        else
            m_zoteroStatus->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(sent.failure().message.toHtmlEscaped()));
    });
}

} // namespace encode::ui
