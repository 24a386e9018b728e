#pragma once

#include <QDeadlineTimer>
#include <QObject>

#include <coroutine>
#include <deque>

namespace encode::app {

// An asynchronous counting semaphore for coroutines: `co_await limit.acquire(deadline)` waits, in
// arrival order, until fewer than `maximum` holders remain, and is true once it holds a place; false
// when `deadline` passed first (it then holds nothing). release() hands the place to the next waiter.
// (Awaiting a Qt signal for this can resume a finished coroutine when the signal fires twice before
// the queued wake-up is delivered, so the waiters are kept here instead.) Waiters are always resumed
// from the event loop, never inside release().
class InFlightLimit final : public QObject {
public:
    explicit InFlightLimit(int maximum, QObject *parent = nullptr);

    struct Acquire {
        InFlightLimit &limit;
        QDeadlineTimer deadline;
        bool granted = false;
        [[nodiscard]] bool await_ready() noexcept;
        void await_suspend(std::coroutine_handle<> waiter);
        [[nodiscard]] bool await_resume() const noexcept { return granted; }
    };

    [[nodiscard]] Acquire acquire(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
    {
        return Acquire{*this, deadline};
    }
    void release();

private:
    struct Waiter {
        quint64 id;
        std::coroutine_handle<> handle;
        bool *granted; // the waiter's Acquire, alive in its suspended frame
    };
    void giveUp(quint64 id);
    void resumeLater(std::coroutine_handle<> handle);

    int m_free;
    quint64 m_nextId = 0;
    std::deque<Waiter> m_waiters;
};

} // namespace encode::app
