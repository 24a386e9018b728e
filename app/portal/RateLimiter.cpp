#include "app/portal/RateLimiter.h"

#include <qcoro/qcorotimer.h>

#include <algorithm>
#include <chrono>

namespace encode::app {

RateLimiter::RateLimiter(double perSecond)
    : m_intervalNs(perSecond > 0 ? static_cast<qint64>(1e9 / perSecond) : 0)
{
    m_clock.start();
}

QCoro::Task<> RateLimiter::acquire()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 slot = std::max(now, m_nextSlotNs);
    m_nextSlotNs = slot + m_intervalNs;
    // Qt's coarse timers may wake a little early, so sleep until the slot has really come.
    for (qint64 remaining = slot - now; remaining > 0; remaining = slot - m_clock.nsecsElapsed())
        co_await QCoro::sleepFor(std::chrono::ceil<std::chrono::milliseconds>(std::chrono::nanoseconds(remaining)));
}

} // namespace encode::app
