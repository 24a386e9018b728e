#pragma once

#include <QList>
#include <QString>

namespace encode::models {

// One row of tracked_experiments. A null QString is an absent Portal property (stored as NULL).
struct TrackedExperiment {
    QString accession;
    QString assayTitle;
    QString target;
    QString biosampleSummary;
    QString organism;
    QString organ;
    QString biosampleType;
    QString status;
    QString dateReleased;
    QString description;
    QString lab;
    QString award;
    QString assembly;
    QString replicationType;
    QString lifeStage;
    QString url;
    QString rawMetadata;
    double trackedAt = 0;
    double updatedAt = 0;
    QString notes;
};

struct Publication {
    QString pmid; // null when the paper has no PMID
    QString doi;
    QString title;
    QString authors;
    QString journal;
    QString year;
    QString abstract;
};

struct Software {
    QString name;
    QString version;
    friend bool operator==(const Software &, const Software &) = default;
};

struct Pipeline {
    QString title;
    QString version;
    QString analysisStatus;
    QList<Software> software;
};

struct QualityMetric {
    QString fileAccession;
    QString metricType;
    QString metricData; // the whole metric object as compact JSON
};

struct ExternalReference {
    QString type;
    QString id;
    QString description;
    double linkedAt = 0;
};

// Everything tracking one experiment writes, mapped from the Portal's JSON and stored in one transaction.
struct ExperimentRecord {
    TrackedExperiment experiment;
    QList<Publication> publications;
    QList<Pipeline> pipelines;
    QList<QualityMetric> qualityMetrics;
    QList<ExternalReference> linkedReferences;
};

} // namespace encode::models
