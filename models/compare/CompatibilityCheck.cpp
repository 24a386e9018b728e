#include "models/compare/CompatibilityCheck.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace encode::models {
namespace {

// Sets match when they are equal; for assemblies and organs, sharing one term is enough (an
// experiment mapped to both GRCh38 and hg19 combines with one mapped to GRCh38; organ slims are
// overlapping classifications, "liver, epithelium" and "liver, exocrine gland" are both liver).
enum class Match { Equal, Overlap };

struct FieldRule {
    QString aspect;
    Match match;
    CheckOutcome onDifference;
    QString differenceText; // "Different organism", "No genome assembly in common"
    QString consequence;    // appended to the difference, e.g. why a lab matters
    std::function<QStringList(const ComparedExperiment &)> values;
};

QStringList one(const QString &value)
{
    return value.isEmpty() ? QStringList{} : QStringList{value};
}

// One rule per aspect, in the spec's order (kept unformatted: it reads as the spec's list).
const QList<FieldRule> &fieldRules()
{
    // clang-format off
    static const QList<FieldRule> rules{
        {QStringLiteral("organism"), Match::Equal, CheckOutcome::Issue, QStringLiteral("Different organism"), {},
         [](const ComparedExperiment &e) { return e.organisms; }},
        {QStringLiteral("genome assembly"), Match::Overlap, CheckOutcome::Issue,
         QStringLiteral("No genome assembly in common"), {}, [](const ComparedExperiment &e) { return e.assemblies; }},
        {QStringLiteral("assay"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different assay"), {},
         [](const ComparedExperiment &e) { return one(e.assay); }},
        {QStringLiteral("biosample type"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different biosample type"),
         {}, [](const ComparedExperiment &e) { return one(e.biosampleType); }},
        {QStringLiteral("organ"), Match::Overlap, CheckOutcome::Warning, QStringLiteral("Different organ"), {},
         [](const ComparedExperiment &e) { return e.organs; }},
        {QStringLiteral("biosample"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different biosample"), {},
         [](const ComparedExperiment &e) { return one(e.biosampleTerm); }},
        {QStringLiteral("target"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different target"), {},
         [](const ComparedExperiment &e) { return one(e.target); }},
        {QStringLiteral("replication type"), Match::Equal, CheckOutcome::Warning,
         QStringLiteral("Different replication type"), {}, [](const ComparedExperiment &e) { return one(e.replicationType); }},
        {QStringLiteral("life stage"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different life stage"), {},
         [](const ComparedExperiment &e) { return e.lifeStages; }},
        {QStringLiteral("lab"), Match::Equal, CheckOutcome::Warning, QStringLiteral("Different lab"),
         QStringLiteral(" (batch effects possible)"), [](const ComparedExperiment &e) { return one(e.lab); }},
    };
    // clang-format on
    return rules;
}

QString joined(const QStringList &terms)
{
    return terms.join(QLatin1String(", "));
}

AspectCheck checkField(const FieldRule &rule, const ComparedExperiment &a, const ComparedExperiment &b)
{
    const QStringList first = rule.values(a);
    const QStringList second = rule.values(b);
    AspectCheck check{rule.aspect, joined(first), joined(second), CheckOutcome::NotCompared, {}};
    if (first.isEmpty() || second.isEmpty())
        return check;
    const QSet<QString> firstSet(first.cbegin(), first.cend());
    const QSet<QString> secondSet(second.cbegin(), second.cend());
    QStringList shared;
    for (const QString &term : first) {
        if (secondSet.contains(term))
            shared.append(term);
    }
    const bool same = firstSet == secondSet;
    if (same || (rule.match == Match::Overlap && !shared.isEmpty())) {
        check.outcome = CheckOutcome::Compatible;
        check.message = (same ? QStringLiteral("Same %1: %2") : QStringLiteral("Shared %1: %2"))
                            .arg(rule.aspect, joined(shared));
        return check;
    }
    check.outcome = rule.onDifference;
    check.message = QStringLiteral("%1: %2 vs %3%4")
                        .arg(rule.differenceText, check.first, check.second, rule.consequence);
    return check;
}

bool isWithdrawn(const QString &status)
{
    return status == QLatin1String("archived") || status == QLatin1String("revoked");
}

// Not a comparison of two values: either experiment being archived or revoked is a caveat by itself.
AspectCheck checkStatus(const ComparedExperiment &a, const ComparedExperiment &b)
{
    AspectCheck check{QStringLiteral("status"), a.status, b.status, CheckOutcome::NotCompared, {}};
    QStringList withdrawn;
    for (const ComparedExperiment *e : {&a, &b}) {
        if (isWithdrawn(e->status))
            withdrawn.append(QStringLiteral("%1 is %2").arg(e->accession, e->status));
    }
    if (!withdrawn.isEmpty()) {
        check.outcome = CheckOutcome::Warning;
        check.message = withdrawn.join(QLatin1String(" and ")) + QStringLiteral(" on the Portal");
    } else if (!a.status.isEmpty() && !b.status.isEmpty()) {
        check.outcome = CheckOutcome::Compatible;
        check.message = QStringLiteral("Neither experiment is archived or revoked");
    }
    return check;
}

QString auditText(const ComparedExperiment &e)
{
    QStringList flags;
    for (const AuditLevel level : auditLevels()) {
        if (isSeriousAuditLevel(level) && e.audits.count(level) > 0)
            flags.append(QStringLiteral("%1 (%2)").arg(auditLevelName(level)).arg(e.audits.count(level)));
    }
    return joined(flags);
}

AspectCheck checkAudits(const ComparedExperiment &a, const ComparedExperiment &b)
{
    AspectCheck check{QStringLiteral("audit flags"), auditText(a), auditText(b), CheckOutcome::Compatible,
                      QStringLiteral("No ERROR or NOT_COMPLIANT audit flags")};
    QStringList flagged;
    for (const ComparedExperiment *e : {&a, &b}) {
        if (const QString flags = auditText(*e); !flags.isEmpty())
            flagged.append(QStringLiteral("%1 has %2").arg(e->accession, flags));
    }
    if (!flagged.isEmpty()) {
        check.outcome = CheckOutcome::Warning;
        check.message = QStringLiteral("Audit flags: ") + flagged.join(QLatin1String("; "));
    }
    return check;
}

QString recommendationFor(const Comparison &c)
{
    if (c.verdict == Verdict::FullyCompatible)
        return QStringLiteral("These experiments can be analysed together directly.");
    if (c.verdict == Verdict::CompatibleWithCaveats)
        return QStringLiteral(
            "These experiments can be analysed together with care: account for the warnings "
            "(for example with batch correction or covariates) before combining them.");
    const auto isIssue = [&c](QLatin1String aspect) {
        return std::any_of(c.checks.cbegin(), c.checks.cend(), [aspect](const AspectCheck &check) {
            return check.aspect == aspect && check.outcome == CheckOutcome::Issue;
        });
    };
    const bool organism = isIssue(QLatin1String("organism"));
    const bool assembly = isIssue(QLatin1String("genome assembly"));
    if (organism && assembly)
        return QStringLiteral(
            "Do not combine these experiments: they come from different organisms and share no "
            "genome assembly, so analyse them separately.");
    if (organism)
        return QStringLiteral(
            "Do not combine these experiments: they come from different organisms, so analyse "
            "them separately or compare them through orthologues.");
    return QStringLiteral(
        "Do not combine these experiments as they are: reprocess or lift one over to a common "
        "genome assembly first.");
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::FullyCompatible:
        return QStringLiteral("FULLY_COMPATIBLE");
    case Verdict::CompatibleWithCaveats:
        return QStringLiteral("COMPATIBLE_WITH_CAVEATS");
    case Verdict::NotCompatible:
        return QStringLiteral("NOT_COMPATIBLE");
    }
    return {};
}

QStringList Comparison::notCompared() const
{
    QStringList aspects;
    for (const AspectCheck &check : checks) {
        if (check.outcome == CheckOutcome::NotCompared)
            aspects.append(check.aspect);
    }
    return aspects;
}

Comparison compareExperiments(const ComparedExperiment &first, const ComparedExperiment &second)
{
    Comparison c{first, second, {}, Verdict::FullyCompatible, {}, {}, {}, {}};
    for (const FieldRule &rule : fieldRules())
        c.checks.append(checkField(rule, first, second));
    c.checks.append(checkStatus(first, second));
    c.checks.append(checkAudits(first, second));

    for (const AspectCheck &check : c.checks) {
        if (check.outcome == CheckOutcome::Issue)
            c.issues.append(check.message);
        else if (check.outcome == CheckOutcome::Warning)
            c.warnings.append(check.message);
        else if (check.outcome == CheckOutcome::Compatible)
            c.compatibleAspects.append(check.message);
    }
    c.verdict = !c.issues.isEmpty()     ? Verdict::NotCompatible
                : !c.warnings.isEmpty() ? Verdict::CompatibleWithCaveats
                                        : Verdict::FullyCompatible;
    c.recommendation = recommendationFor(c);
    return c;
}

} // namespace encode::models
