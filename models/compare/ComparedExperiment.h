#pragma once

#include "models/collection/CollectionRepository.h"
#include "models/core/Result.h"
#include "models/experiment/AuditCounts.h"

#include <QStringList>

namespace encode::models {

// What comparing needs to know about one tracked experiment: its stored fields plus two facts only
// raw_metadata holds (the biosample term and the audit flags). Multi-valued columns ("GRCh38, hg19")
// are split into sets, so that order and spacing never make two experiments look different.
struct ComparedExperiment {
    QString accession;
    QString assay;
    QString biosample;     // biosample_summary, as people read it
    QString biosampleTerm; // biosample_ontology.term_name from raw_metadata ("HepG2", "liver")
    QString biosampleType;
    QString target;
    QStringList organisms;
    QStringList organs;
    QStringList assemblies;
    QString replicationType;
    QStringList lifeStages;
    QString lab;
    QString status;
    AuditCounts audits; // the flags in raw_metadata's "audit"; only the serious levels are caveats
};

// The terms of a stored multi-valued cell: a JSON array of strings (as some writers store lists), or
// the ", "-joined text tracking writes. Trimmed, without empties or duplicates, first seen first.
[[nodiscard]] QStringList storedTerms(const QString &cell);

// Reads the comparison facts of a stored row; `stored.rawMetadata` is parsed when present.
[[nodiscard]] ComparedExperiment comparedExperiment(const TrackedExperiment &stored);

// The tracked experiments with these accessions, in the order given. An accession that is not tracked
// is a NotFound failure naming every such accession; nothing is fetched.
[[nodiscard]] Result<QList<ComparedExperiment>>
loadComparedExperiments(const CollectionRepository &repository, const QStringList &accessions);

} // namespace encode::models
