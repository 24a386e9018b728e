#pragma once

#include <QJsonObject>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace encode::models {
struct TrackedExperiment;
}

namespace encode::ui {

// The line above the tabs: what the experiment is, and a coloured badge per audit level the Portal
// flagged, so an experiment with ERROR or NOT_COMPLIANT audits cannot go unnoticed.
class DetailsHeader final : public QWidget {
    Q_OBJECT
public:
    explicit DetailsHeader(QWidget *parent = nullptr);

    void showExperiment(const models::TrackedExperiment &experiment, const QJsonObject &rawMetadata);
    void clear();

Q_SIGNALS:
    void auditsRequested();

private:
    void clearBadges();

    QLabel *m_accession = nullptr;
    QLabel *m_summary = nullptr;
    QHBoxLayout *m_badges = nullptr;
};

} // namespace encode::ui
