#include "InFlightLimit.h"

#include <QTimer>

#include <algorithm>

namespace encode::app {

InFlightLimit::InFlightLimit(int maximum, QObject *parent)
    : QObject(parent)
    , m_free(std::max(1, maximum))
{
}

bool InFlightLimit::Acquire::await_ready() const noexcept
{
    if (limit.m_free == 0)
        return false;
    --limit.m_free;
    return true;
}

void InFlightLimit::Acquire::await_suspend(std::coroutine_handle<> waiter)
{
    limit.m_waiters.push_back(waiter);
}

void InFlightLimit::release()
{
    if (m_waiters.empty()) {
        ++m_free;
        return;
    }
    // The place passes straight to the next waiter, resumed from the event loop so that the
    // releasing coroutine finishes its own step first.
    const std::coroutine_handle<> next = m_waiters.front();
    m_waiters.pop_front();
    QTimer::singleShot(0, this, [next] { next.resume(); });
}

} // namespace encode::app
