#pragma once

#include "ui/details/DetailsTab.h"

class QTextBrowser;

namespace encode::ui {

// The Portal's audit flags from raw_metadata, worst level first, their details linked to the Portal.
class AuditsTab final : public DetailsTab {
    Q_OBJECT
public:
    explicit AuditsTab(QWidget *parent = nullptr);

    void showDetails(const models::ExperimentDetails &details, const QJsonObject &rawMetadata) override;
    void clear() override;
    [[nodiscard]] QString title() const override;

private:
    QTextBrowser *m_view = nullptr;
    qsizetype m_count = 0;
};

} // namespace encode::ui
