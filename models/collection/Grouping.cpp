#include "models/collection/Grouping.h"

#include <QCoreApplication>

namespace encode::models {

const std::array<GroupingInfo, 8> &allGroupings()
{
    // Organism, organ and assembly are stored as joined lists when an experiment has several.
    static constexpr std::array<GroupingInfo, 8> groupings{{
        {Grouping::Assay, "by_assay", "assay_title", "unknown", false, QT_TRANSLATE_NOOP("Grouping", "Assay")},
        {Grouping::Target, "by_target", "target", "none", false, QT_TRANSLATE_NOOP("Grouping", "Target")},
        {Grouping::Organism, "by_organism", "organism", "unknown", true, QT_TRANSLATE_NOOP("Grouping", "Organism")},
        {Grouping::Organ, "by_organ", "organ", "unknown", true, QT_TRANSLATE_NOOP("Grouping", "Organ")},
        {Grouping::BiosampleType, "by_biosample_type", "biosample_type", "unknown", false,
         QT_TRANSLATE_NOOP("Grouping", "Biosample type")},
        {Grouping::Lab, "by_lab", "lab", "unknown", false, QT_TRANSLATE_NOOP("Grouping", "Lab")},
        {Grouping::ExperimentStatus, "by_status", "status", "unknown", false, QT_TRANSLATE_NOOP("Grouping", "Status")},
        {Grouping::Assembly, "by_assembly", "assembly", "unknown", true,
         QT_TRANSLATE_NOOP("Grouping", "Genome assembly")},
    }};
    return groupings;
}

const GroupingInfo &groupingInfo(Grouping grouping)
{
    return allGroupings().at(static_cast<std::size_t>(grouping));
}

std::optional<Grouping> groupingFromKey(const QString &key)
{
    for (const GroupingInfo &info : allGroupings()) {
        if (key == QLatin1String(info.key))
            return info.grouping;
    }
    return std::nullopt;
}

QString groupingKey(Grouping grouping)
{
    return QLatin1String(groupingInfo(grouping).key);
}

QString groupingTitle(Grouping grouping)
{
    return QCoreApplication::translate("Grouping", groupingInfo(grouping).title);
}

} // namespace encode::models
