#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// What of a stored quality metric (the Portal's whole metric object) a person wants to read.
namespace encode::ui {

struct MetricField {
    QString key;   // as the Portal names it
    QString label; // for display: see readableMetricKey()
    QJsonValue value;
};

// The metric's own values in the order the stored JSON lists them, without the bookkeeping every
// Portal object carries (@id, uuid, lab, award, step_run, ...) or attachments (plots, logs).
[[nodiscard]] QList<MetricField> visibleMetricFields(const QString &metricDataJson);

[[nodiscard]] bool isTechnicalMetricKey(const QString &key, const QJsonValue &value);

// snake_case keys become words ("total_qc_failed" -> "Total QC failed", "mapped_pct" -> "Mapped %");
// keys the Portal already writes for people ("Uniquely mapped reads %", "Nt") are kept as they are.
[[nodiscard]] QString readableMetricKey(const QString &key);

} // namespace encode::ui
