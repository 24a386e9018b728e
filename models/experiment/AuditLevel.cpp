#include "models/experiment/AuditLevel.h"

#include <QCoreApplication>

namespace encode::models {
namespace {

struct LevelInfo {
    AuditLevel level;
    const char *name;
    const char *label;
    int number;
    int severity;
    bool serious;
};

// clang-format off
constexpr std::array<LevelInfo, 4> infos{{
    {AuditLevel::Error,          "ERROR",           QT_TRANSLATE_NOOP("AuditLevel", "Error"),           60, 3, true},
    {AuditLevel::NotCompliant,   "NOT_COMPLIANT",   QT_TRANSLATE_NOOP("AuditLevel", "Not compliant"),   50, 2, true},
    {AuditLevel::Warning,        "WARNING",         QT_TRANSLATE_NOOP("AuditLevel", "Warning"),         40, 1, false},
    {AuditLevel::InternalAction, "INTERNAL_ACTION", QT_TRANSLATE_NOOP("AuditLevel", "Internal action"), 30, 0, false},
}};
// clang-format on

const LevelInfo &info(AuditLevel level)
{
    return infos.at(static_cast<std::size_t>(level));
}

} // namespace

const std::array<AuditLevel, 4> &auditLevels()
{
    static constexpr std::array<AuditLevel, 4> levels{AuditLevel::Error, AuditLevel::NotCompliant,
                                                      AuditLevel::Warning, AuditLevel::InternalAction};
    return levels;
}

QString auditLevelName(AuditLevel level)
{
    return QLatin1String(info(level).name);
}

std::optional<AuditLevel> auditLevelNamed(QStringView name)
{
    for (const LevelInfo &known : infos) {
        if (name == QLatin1String(known.name))
            return known.level;
    }
    return std::nullopt;
}

QString auditLevelCaption(AuditLevel level)
{
    return auditLevelName(level).replace(QLatin1Char('_'), QLatin1Char(' '));
}

int auditLevelNumber(AuditLevel level)
{
    return info(level).number;
}

int auditSeverity(AuditLevel level)
{
    return info(level).severity;
}

bool isSeriousAuditLevel(AuditLevel level)
{
    return info(level).serious;
}

QString auditLevelLabel(const QString &levelName)
{
    if (const std::optional<AuditLevel> level = auditLevelNamed(levelName))
        return QCoreApplication::translate("AuditLevel", info(*level).label);
    QString label = levelName.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace encode::models
