#include "app/compare/CompareMarkdown.h"

namespace encode::app {
namespace {

using models::CheckOutcome;
using models::Verdict;

} // namespace

QString outcomeLabel(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Compatible: return QStringLiteral("same");
    case CheckOutcome::Warning: return QStringLiteral("warning");
    case CheckOutcome::Issue: return QStringLiteral("issue");
    case CheckOutcome::NotCompared: return QStringLiteral("not compared");
    }
    return {};
}

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// A Markdown table cell: pipes and line breaks would break the row.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString matrixMarkdown(const models::CompatibilityMatrix &matrix)
{
    QString md = QStringLiteral("\n| |");
    QString rule = QStringLiteral("|---|");
    for (const models::ComparedExperiment &experiment : matrix.experiments) {
        md += QLatin1Char(' ') + experiment.accession + QStringLiteral(" |");
        rule += QStringLiteral("---|");
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (int i = 0; i < matrix.experiments.size(); ++i) {
        md += QStringLiteral("| %1 |").arg(matrix.experiments.at(i).accession);
        for (int j = 0; j < matrix.experiments.size(); ++j) {
            const std::optional<Verdict> verdict = matrix.verdict(i, j);
            md += QLatin1Char(' ') + (verdict ? models::verdictName(*verdict) : QStringLiteral("—")) + QStringLiteral(" |");
        }
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace

QString comparisonMarkdown(const models::CompatibilityMatrix &matrix, const models::Comparison &c)
{
    QString md = QStringLiteral("**%1** vs **%2**: **%3**. %4\n\n| Aspect | %1 | %2 | Outcome |\n|---|---|---|---|\n")
                     .arg(c.first.accession, c.second.accession, models::verdictName(c.verdict), cell(c.recommendation));
    for (const models::AspectCheck &check : c.checks)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(cell(check.aspect), cell(orDash(check.first)), cell(orDash(check.second)), outcomeLabel(check.outcome));
    if (matrix.experiments.size() > 2)
        md += matrixMarkdown(matrix);
    return md;
}

} // namespace encode::app
