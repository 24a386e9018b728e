#pragma once

#include "app/citations/CitationFormat.h"
#include "models/collection/CollectionRepository.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace encode::app {
class ZoteroConnector;
}

namespace encode::ui {

class UserPrompts;

// Cite the selection or the whole collection: the papers behind the experiments (and, if asked, the
// experiments as datasets) in BibTeX, RIS or CSL-JSON, previewed as they will be written; Copy (plain
// text, which Zotero's File > Import from Clipboard reads), Save As, and Send to Zotero through
// Zotero's local connector.
class CitationsDialog final : public QDialog {
    Q_OBJECT
public:
    CitationsDialog(models::CollectionRepository repository, QStringList selected, UserPrompts &prompts,
                    QUrl zoteroUrl, QWidget *parent = nullptr);
    ~CitationsDialog() override;

    // Zotero's connector: $ENCODE_ZOTERO_URL when set (a Zotero on another port), else Zotero's default.
    [[nodiscard]] static QUrl zoteroUrl();
    // The format last chosen in this dialog (remembered across runs); BibTeX at first.
    [[nodiscard]] static app::CitationFormat rememberedFormat();
    // The citations of `accessions` in `format`, or a failure naming what went wrong.
    [[nodiscard]] static models::Result<QString> citationText(const models::CollectionRepository &repository,
                                                              const QStringList &accessions, bool datasets,
                                                              app::CitationFormat format);

    [[nodiscard]] QString text() const { return m_text; }

private:
    void refresh();
    void copy();
    void saveAs();
    void sendToZotero();
    [[nodiscard]] app::CitationFormat format() const;

    models::CollectionRepository m_repository;
    QStringList m_selected;
    UserPrompts &m_prompts;
    app::ZoteroConnector *m_zotero;
    QRadioButton *m_selectionScope;
    QRadioButton *m_collectionScope;
    QCheckBox *m_datasets;
    QComboBox *m_format;
    QLabel *m_summary;
    QPlainTextEdit *m_preview;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_send;
    QLabel *m_zoteroStatus;
    QString m_text;
};

} // namespace encode::ui
