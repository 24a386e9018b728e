#include "models/core/Clock.h"

#include <QDateTime>

namespace encode::models {

double nowInEpochSeconds()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace encode::models
