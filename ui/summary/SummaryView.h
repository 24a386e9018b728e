#pragma once

#include "models/collection/CollectionFilter.h"
#include "models/summary/CollectionSummary.h"

#include <QMap>
#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QChartView;
class QGridLayout;
class QLabel;

namespace encode::ui {

class UserPrompts;

// What the collection holds, as pictures: the totals, and a bar chart per grouping (assay, target,
// organism, organ, biosample type, lab, status, assembly) of the experiments the Collection view
// shows. Clicking a bar narrows the collection to it; each chart saves as PNG or SVG.
class SummaryView final : public QWidget {
    Q_OBJECT
public:
    explicit SummaryView(UserPrompts &prompts, QWidget *parent = nullptr);

    // Summarises `shown` (the Collection view's filtered rows; nullopt: the whole collection).
    void showSummary(const QSqlDatabase &database, const std::optional<QStringList> &shown, int total);
    [[nodiscard]] const models::CollectionSummary &summary() const { return m_summary; }
    // The chart of one grouping, for tests and Save As.
    [[nodiscard]] QChartView *chart(models::Grouping grouping) const;

    // Writes a chart as an image: PNG or SVG by the file's suffix.
    // PNG or SVG by the name's suffix; never over the collection at `collectionPath`.
    [[nodiscard]] static models::Status saveChart(QChartView *view, const QString &path, const QString &collectionPath);

Q_SIGNALS:
    void filterRequested(const models::GroupValue &group);

private:
    void rebuildCharts();
    [[nodiscard]] QChartView *makeChart(const models::SummaryGrouping &grouping);
    void offerSave(QChartView *view, models::Grouping grouping);

    UserPrompts &m_prompts;
    models::CollectionSummary m_summary;
    QString m_collectionPath; // of the summary shown; a saved chart never lands on it
    QLabel *m_totals;
    QGridLayout *m_grid;
    QMap<models::Grouping, QChartView *> m_charts;
};

} // namespace encode::ui
