#pragma once

#include "ui/details/DetailsTab.h"

class QTreeWidget;

namespace encode::ui {

// The pipelines that processed the experiment, each with the software versions it ran.
class PipelinesTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit PipelinesTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace encode::ui
