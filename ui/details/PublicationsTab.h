#pragma once

#include "ui/details/DetailsTab.h"

class QTextBrowser;

namespace encode::ui {

// The papers the experiment cites, with links to PubMed and doi.org.
class PublicationsTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit PublicationsTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTextBrowser *m_view = nullptr;
    qsizetype m_count = 0;
};

} // namespace encode::ui
