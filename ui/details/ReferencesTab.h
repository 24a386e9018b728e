#pragma once

#include "ui/details/DetailsTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace encode::ui {

// External references (GEO, PubMed, DOI, trials, dbGaP...) linked to the experiment, each id a link;
// a form below links another (its id checked as it is typed) and Delete or the context menu unlinks.
// Writing is a request the window carries out.
class ReferencesTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit ReferencesTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

Q_SIGNALS:
    void linkRequested(const QString &accession, const QString &type, const QString &id, const QString &description);
    void unlinkRequested(const QString &accession, const QString &type, const QString &id);

private:
    void checkId();
    void requestLink();
    void requestUnlinkCurrent();

    QString m_accession;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace encode::ui
