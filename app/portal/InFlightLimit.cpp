#include "app/portal/InFlightLimit.h"

#include <QTimer>

#include <algorithm>

namespace encode::app {

InFlightLimit::InFlightLimit(int maximum, QObject *parent)
    : QObject(parent)
    , m_free(std::max(1, maximum))
{
}

bool InFlightLimit::Acquire::await_ready() noexcept
{
    if (limit.m_free == 0)
        return false;
    --limit.m_free;
    granted = true;
    return true;
}

void InFlightLimit::Acquire::await_suspend(std::coroutine_handle<> waiter)
{
    const quint64 id = limit.m_nextId++;
    limit.m_waiters.push_back({id, waiter, &granted});
    if (deadline.isForever())
        return;
    // A precise timer: a coarse one may fire a little before the deadline it stands for.
    QTimer::singleShot(std::max<qint64>(0, deadline.remainingTime()), Qt::PreciseTimer, &limit,
                       [limit = &limit, id] { limit->giveUp(id); });
}

void InFlightLimit::release()
{
    if (m_waiters.empty()) {
        ++m_free;
        return;
    }
    // The place passes straight to the next waiter, resumed from the event loop so that the
    // releasing coroutine finishes its own step first.
    const Waiter next = m_waiters.front();
    m_waiters.pop_front();
    *next.granted = true;
    resumeLater(next.handle);
}

void InFlightLimit::giveUp(quint64 id)
{
    // Gone already when a place reached this waiter before its deadline.
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(), [id](const Waiter &w) { return w.id == id; });
    if (it == m_waiters.end())
        return;
    const std::coroutine_handle<> handle = it->handle;
    m_waiters.erase(it);
    resumeLater(handle);
}

void InFlightLimit::resumeLater(std::coroutine_handle<> handle)
{
    QTimer::singleShot(0, this, [handle] { handle.resume(); });
}

} // namespace encode::app
