#pragma once

#include "ui/details/DetailsTab.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace encode::ui {

// The quality metrics of the experiment's files: file, then metric kind, then its values.
class QualityMetricsTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit QualityMetricsTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTreeWidgetItem *fileItem(const QString &fileAccession);

    QTreeWidget *m_tree = nullptr;
    qsizetype m_count = 0;
};

} // namespace encode::ui
