#pragma once

#include "models/compare/ComparedExperiment.h"

// Whether two tracked experiments can be analysed together (spec section 6), on local data only.
namespace encode::models {

enum class Verdict { FullyCompatible, CompatibleWithCaveats, NotCompatible };

// FULLY_COMPATIBLE, COMPATIBLE_WITH_CAVEATS or NOT_COMPATIBLE: the spec's vocabulary.
[[nodiscard]] QString verdictName(Verdict verdict);

// How one aspect turned out. A window colours its side-by-side row by it.
enum class CheckOutcome { Compatible, Warning, Issue, NotCompared };

struct AspectCheck {
    QString aspect; // "organism", "genome assembly", "lab", "status", "audit flags", ...
    QString first;  // what experiment 1 has, terms joined with ", "; empty when absent
    QString second;
    CheckOutcome outcome = CheckOutcome::NotCompared;
    QString message; // the sentence listed under issues, warnings or compatible aspects
};

struct Comparison {
    ComparedExperiment first;
    ComparedExperiment second;
    QList<AspectCheck> checks; // every aspect, in the spec's order, compared or not
    Verdict verdict = Verdict::FullyCompatible;
    QStringList issues;
    QStringList warnings;
    QStringList compatibleAspects;
    QString recommendation; // one sentence

    // Aspects missing on one side or both, which the spec says are not compared.
    [[nodiscard]] QStringList notCompared() const;
};

// Issues (NOT_COMPATIBLE): different organism, no genome assembly in common. Warnings: different
// assay, biosample type, organ, biosample term, target, replication type, life stage or lab; either
// experiment archived or revoked; either with ERROR or NOT_COMPLIANT audit flags. A field is compared
// only when both experiments have it.
[[nodiscard]] Comparison compareExperiments(const ComparedExperiment &first,
                                            const ComparedExperiment &second);

} // namespace encode::models
