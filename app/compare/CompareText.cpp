#include "app/compare/CompareText.h"

#include "app/cli/TextTable.h"

namespace encode::app {
namespace {

using models::CheckOutcome;
using models::Verdict;

QString outcomeText(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Compatible:
        return QStringLiteral("ok");
    case CheckOutcome::Warning:
        return QStringLiteral("warning");
    case CheckOutcome::Issue:
        return QStringLiteral("ISSUE");
    case CheckOutcome::NotCompared:
        return QStringLiteral("not compared");
    }
    return {};
}

// Short enough for a matrix cell; the legend spells them out.
QString shortVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::FullyCompatible:
        return QStringLiteral("FULL");
    case Verdict::CompatibleWithCaveats:
        return QStringLiteral("CAVEATS");
    case Verdict::NotCompatible:
        return QStringLiteral("NOT");
    }
    return {};
}

QString describe(const models::ComparedExperiment &e)
{
    QStringList parts;
    for (const QString &part : {e.assay, e.target, e.biosample}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

void printList(QTextStream &out, const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << '\n' << title << " (" << items.size() << "):\n";
    for (const QString &item : items)
        out << "  - " << item << '\n';
}

} // namespace

void printComparison(QTextStream &out, const models::Comparison &c)
{
    out << "1  " << c.first.accession << "  " << describe(c.first) << '\n';
    out << "2  " << c.second.accession << "  " << describe(c.second) << "\n\n";
    QList<QStringList> rows;
    for (const models::AspectCheck &check : c.checks)
        rows.append({check.aspect, check.first, check.second, outcomeText(check.outcome)});
    cli::printTable(out,
               {QStringLiteral("ASPECT"), c.first.accession, c.second.accession, QStringLiteral("OUTCOME")},
               rows);
    printList(out, QStringLiteral("Issues"), c.issues);
    printList(out, QStringLiteral("Warnings"), c.warnings);
    out << "\nVerdict: " << models::verdictName(c.verdict) << '\n' << c.recommendation << '\n';
}

void printMatrix(QTextStream &out, const models::CompatibilityMatrix &matrix)
{
    const int count = int(matrix.experiments.size());
    QStringList headers{QStringLiteral("#"), QStringLiteral("EXPERIMENT")};
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        headers.append(QString::number(i + 1));
        QStringList row{QString::number(i + 1), matrix.experiments.at(i).accession};
        for (int j = 0; j < count; ++j) {
            const std::optional<Verdict> verdict = matrix.verdict(i, j);
            row.append(verdict ? shortVerdict(*verdict) : QStringLiteral("-"));
        }
        rows.append(row);
    }
    cli::printTable(out, headers, rows);
    out << "FULL = FULLY_COMPATIBLE, CAVEATS = COMPATIBLE_WITH_CAVEATS, NOT = NOT_COMPATIBLE\n\n";

    for (const models::Comparison &pair : matrix.pairs) {
        out << pair.first.accession << " x " << pair.second.accession << ": "
            << models::verdictName(pair.verdict) << '\n';
        for (const QString &issue : pair.issues)
            out << "  - issue: " << issue << '\n';
        for (const QString &warning : pair.warnings)
            out << "  - warning: " << warning << '\n';
    }

    const QList<int> &members = matrix.fullyCompatible.members;
    if (members.isEmpty()) {
        out << "\nNo two of these experiments are fully compatible.\n";
        return;
    }
    QStringList accessions;
    for (int member : members)
        accessions.append(matrix.experiments.at(member).accession);
    out << "\nLargest fully compatible subset (" << members.size() << " of " << count
        << (matrix.fullyCompatible.exact ? QStringLiteral("") : QStringLiteral(", greedy suggestion"))
        << "): " << accessions.join(QLatin1String(", ")) << '\n';
}

QString comparisonText(const models::CompatibilityMatrix &matrix, const models::Comparison &shown)
{
    QString text;
    QTextStream out(&text);
    printComparison(out, shown);
    if (matrix.experiments.size() > 2) {
        out << '\n';
        printMatrix(out, matrix);
    }
    out.flush();
    return text;
}

} // namespace encode::app
