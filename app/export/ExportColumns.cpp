#include "app/export/ExportColumns.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace encode::app {

namespace {

// The Portal writes date_released as YYYY-MM-DD. Anything else is kept as the text that was stored,
// so nothing is silently reinterpreted.
QVariant releaseDate(const QString &text)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && date.toString(Qt::ISODate) == text)
            return date;
    }
    return text;
}

// Always a string, "" without publications: a list is never absent, only empty (JSON readers can
// split it without a null check).
QString pmidList(const QStringList &pmids)
{
    return pmids.isEmpty() ? QStringLiteral("") : pmids.join(QLatin1Char(';'));
}

} // namespace

// Stored timestamps are seconds since the epoch (fractions from the existing tool's time.time()).
// Whole seconds keep the typed value and its ISO 8601 text in agreement.
QVariant exportTimestamp(double secondsSinceEpoch)
{
    if (!std::isfinite(secondsSinceEpoch) || secondsSinceEpoch <= 0)
        return QDateTime();
    const auto seconds = static_cast<qint64>(std::floor(secondsSinceEpoch));
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QStringList exportHeaders()
{
    return {
        QStringLiteral("accession"),
        QStringLiteral("assay_title"),
        QStringLiteral("target"),
        QStringLiteral("organism"),
        QStringLiteral("organ"),
        QStringLiteral("biosample_type"),
        QStringLiteral("biosample_summary"),
        QStringLiteral("lab"),
        QStringLiteral("assembly"),
        QStringLiteral("status"),
        QStringLiteral("date_released"),
        QStringLiteral("replication_type"),
        QStringLiteral("life_stage"),
        QStringLiteral("publication_count"),
        QStringLiteral("pmids"),
        QStringLiteral("derived_file_count"),
        QStringLiteral("external_reference_count"),
        QStringLiteral("notes"),
        QStringLiteral("description"),
        QStringLiteral("url"),
        QStringLiteral("tracked_at"),
        QStringLiteral("updated_at"),
    };
}

QVariantList exportValues(const models::ExperimentListRow &row)
{
    const models::TrackedExperiment &e = row.experiment;
    return {
        e.accession,
        e.assayTitle,
        e.target,
        e.organism,
        e.organ,
        e.biosampleType,
        e.biosampleSummary,
        e.lab,
        e.assembly,
        e.status,
        releaseDate(e.dateReleased),
        e.replicationType,
        e.lifeStage,
        row.publicationCount,
        pmidList(row.pmids),
        row.derivedFileCount,
        row.externalReferenceCount,
        e.notes,
        e.description,
        e.url,
        exportTimestamp(e.trackedAt),
        exportTimestamp(e.updatedAt),
    };
}

QString exportText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate); // "" when invalid
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
    }
    case QMetaType::Double:
    case QMetaType::Float:
        // The C locale never inserts group separators; shortest form round-trips.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString(); // integers already print as plain digits
    }
}

QStringList exportTexts(const models::ExperimentListRow &row)
{
    QStringList texts;
    const QVariantList values = exportValues(row);
    texts.reserve(values.size());
    for (const QVariant &value : values)
        texts.append(exportText(value));
    return texts;
}

} // namespace encode::app
