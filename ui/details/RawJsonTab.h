#pragma once

#include "ui/details/DetailsTab.h"

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace encode::ui {

// The whole stored Portal response as a tree, for anything the other tabs do not show.
class RawJsonTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit RawJsonTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

    // Shows only items whose key or value contains `text`, with their parents, expanded down to them.
    void applyFilter(const QString &text);

private:
    bool filterItem(QTreeWidgetItem *item, const QString &needle, bool ancestorMatches);
    void fitKeyColumn();

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace encode::ui
