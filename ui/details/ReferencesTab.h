#pragma once

#include "details/DetailsTab.h"

class QTreeWidget;

namespace encode::ui {

// External references (GEO, PubMed, DOI, trials, dbGaP...) linked to the experiment, each id a link.
class ReferencesTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit ReferencesTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace encode::ui
