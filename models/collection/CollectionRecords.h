#pragma once

#include "models/experiment/ExperimentRecord.h"

#include <QStringList>

#include <optional>

namespace encode::models {

// A row of the collection list: the experiment without raw_metadata, plus counts.
struct ExperimentListRow {
    TrackedExperiment experiment; // rawMetadata left empty
    int publicationCount = 0;
    int derivedFileCount = 0;
    int externalReferenceCount = 0;
    QStringList pmids; // of its publications that have one
};

struct DerivedFile {
    qint64 id = 0;
    QString filePath;
    QStringList sourceAccessions;
    QString description;
    double createdAt = 0;
    QString fileType;
    QString toolUsed;
    QString parameters;
    QString notes;
};

// Everything the collection holds about one experiment.
struct ExperimentDetails {
    TrackedExperiment experiment;
    QList<Publication> publications;
    QList<Pipeline> pipelines;
    QList<QualityMetric> qualityMetrics;
    QList<ExternalReference> externalReferences;
    QList<DerivedFile> derivedFiles;
};

// A row of the publications table: a paper and the experiment whose references list it. The same
// paper appears once per citing experiment.
struct ExperimentPublication {
    QString experimentAccession;
    Publication publication;
};

// How tracking an experiment treats what is already stored.
struct SaveOptions {
    std::optional<QString> notes;   // replaces stored notes when given; otherwise they are kept
    bool replacePublications = true;
    bool replacePipelines = true;
    double now = 0;                 // seconds since the epoch
};

enum class SaveAction { Tracked, Updated };

} // namespace encode::models
