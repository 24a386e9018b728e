#include "ui/details/MetricFields.h"

#include "ui/details/JsonDisplay.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace encode::ui {

bool isTechnicalMetricKey(const QString &key, const QJsonValue &value)
{
    static const QSet<QString> technical = {
        QStringLiteral("@id"),
        QStringLiteral("@type"),
        QStringLiteral("@context"),
        QStringLiteral("uuid"),
        QStringLiteral("status"),
        QStringLiteral("step_run"),
        QStringLiteral("quality_metric_of"),
        QStringLiteral("schema_version"),
        QStringLiteral("date_created"),
        QStringLiteral("date_modified"),
        QStringLiteral("submitted_by"),
        QStringLiteral("lab"),
        QStringLiteral("award"),
        QStringLiteral("assay_term_id"),
        QStringLiteral("assay_term_name"),
        QStringLiteral("attachment"),
        QStringLiteral("aliases"),
        QStringLiteral("audit"),
        QStringLiteral("documents"),
        QStringLiteral("notes"),
    };
    if (technical.contains(key))
        return true;
    // Plots and logs are attachments ({download, href, type, md5sum}) under metric-specific keys.
    const QJsonObject object = value.toObject();
    return object.contains(QLatin1String("href")) && object.contains(QLatin1String("download"));
}

QString readableMetricKey(const QString &key)
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    // Abbreviations the ENCODE pipelines use in key names, written the way papers write them.
    static const QHash<QString, QString> words = {
        {QStringLiteral("qc"), QStringLiteral("QC")},     {QStringLiteral("pct"), QStringLiteral("%")},
        {QStringLiteral("idr"), QStringLiteral("IDR")},   {QStringLiteral("mapq"), QStringLiteral("MAPQ")},
        {QStringLiteral("frip"), QStringLiteral("FRiP")}, {QStringLiteral("nrf"), QStringLiteral("NRF")},
        {QStringLiteral("pbc1"), QStringLiteral("PBC1")}, {QStringLiteral("pbc2"), QStringLiteral("PBC2")},
        {QStringLiteral("nsc"), QStringLiteral("NSC")},   {QStringLiteral("rsc"), QStringLiteral("RSC")},
    };
    if (!snakeCase.match(key).hasMatch())
        return key;
    QStringList parts = key.split(QLatin1Char('_'));
    for (QString &part : parts)
        part = words.value(part, part);
    QString label = parts.join(QLatin1Char(' '));
    label[0] = label.at(0).toUpper();
    return label;
}

QList<MetricField> visibleMetricFields(const QString &metricDataJson)
{
    const QJsonObject metric = QJsonDocument::fromJson(metricDataJson.toUtf8()).object();
    QStringList keys = keysInTextOrder(metricDataJson);
    // A key written twice would be listed twice by the scanner; QJsonObject keeps one value.
    keys.removeDuplicates();
    QList<MetricField> fields;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = metric.value(key);
        if (!metric.contains(key) || isTechnicalMetricKey(key, value))
            continue;
        fields.append({key, readableMetricKey(key), value});
    }
    return fields;
}

} // namespace encode::ui
