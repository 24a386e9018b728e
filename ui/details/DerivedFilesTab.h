#pragma once

#include "ui/details/DetailsTab.h"

class QTreeWidget;

namespace encode::ui {

// Files the user's own analyses made from this experiment (provenance), as logged by the CLI.
class DerivedFilesTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit DerivedFilesTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace encode::ui
