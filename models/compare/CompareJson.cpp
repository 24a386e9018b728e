#include "models/compare/CompareJson.h"

#include <QJsonArray>

namespace encode::models::json {
namespace {

QJsonValue textOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonObject fromComparedExperiment(const ComparedExperiment &experiment)
{
    return {
        {QStringLiteral("accession"), experiment.accession},
        {QStringLiteral("assay"), textOrNull(experiment.assay)},
        {QStringLiteral("biosample"), textOrNull(experiment.biosample)},
    };
}

QJsonObject fromComparison(const Comparison &comparison)
{
    return {
        {QStringLiteral("experiment_1"), fromComparedExperiment(comparison.first)},
        {QStringLiteral("experiment_2"), fromComparedExperiment(comparison.second)},
        {QStringLiteral("verdict"), verdictName(comparison.verdict)},
        {QStringLiteral("recommendation"), comparison.recommendation},
        {QStringLiteral("compatible_aspects"), QJsonArray::fromStringList(comparison.compatibleAspects)},
        {QStringLiteral("issues"), QJsonArray::fromStringList(comparison.issues)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(comparison.warnings)},
    };
}

QJsonObject fromMatrix(const CompatibilityMatrix &matrix)
{
    const int count = int(matrix.experiments.size());
    QJsonArray experiments;
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        experiments.append(fromComparedExperiment(matrix.experiments.at(i)));
        QJsonArray row;
        for (int j = 0; j < count; ++j) {
            const std::optional<Verdict> verdict = matrix.verdict(i, j);
            row.append(verdict ? QJsonValue(verdictName(*verdict)) : QJsonValue(QJsonValue::Null));
        }
        rows.append(row);
    }
    QJsonArray pairs;
    for (const Comparison &comparison : matrix.pairs)
        pairs.append(fromComparison(comparison));
    QJsonArray subset;
    for (int member : matrix.fullyCompatible.members)
        subset.append(matrix.experiments.at(member).accession);
    return {
        {QStringLiteral("experiments"), experiments},
        {QStringLiteral("matrix"), rows},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("largest_compatible_subset"), subset},
        {QStringLiteral("subset_search"),
         matrix.fullyCompatible.exact ? QStringLiteral("exact") : QStringLiteral("greedy")},
    };
}

} // namespace encode::models::json
