#pragma once

#include <QObject>

#include <coroutine>
#include <deque>

namespace encode::app {

// An asynchronous counting semaphore for coroutines: `co_await limit.acquire()` waits, in arrival
// order, until fewer than `maximum` holders remain; release() hands the place to the next waiter.
// (Awaiting a Qt signal for this can resume a finished coroutine when the signal fires twice before
// the queued wake-up is delivered, so the waiters are kept here instead.)
class InFlightLimit final : public QObject {
public:
    explicit InFlightLimit(int maximum, QObject *parent = nullptr);

    struct Acquire {
        InFlightLimit &limit;
        [[nodiscard]] bool await_ready() const noexcept;
        void await_suspend(std::coroutine_handle<> waiter);
        void await_resume() const noexcept {}
    };

    [[nodiscard]] Acquire acquire() { return Acquire{*this}; }
    void release();

private:
    int m_free;
    std::deque<std::coroutine_handle<>> m_waiters;
};

} // namespace encode::app
