#pragma once

#include <coroutine>
#include <utility>
#include <vector>

namespace encode::app {

// A one-shot gate for coroutines of one thread: `co_await latch.wait()` goes on at once when the latch
// is open, else when open() is called. Waiters are resumed inside open(), in the order they came, so
// whoever opens it must outlive them (the tracking run awaits everything it starts before it ends).
class AsyncLatch final {
public:
    struct Wait {
        AsyncLatch &latch;
        [[nodiscard]] bool await_ready() const noexcept { return latch.m_open; }
        void await_suspend(std::coroutine_handle<> waiter) { latch.m_waiters.push_back(waiter); }
        void await_resume() const noexcept {}
    };

    [[nodiscard]] Wait wait() { return Wait{*this}; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    void open()
    {
        m_open = true;
        for (const std::coroutine_handle<> waiter : std::exchange(m_waiters, {}))
            waiter.resume();
    }

private:
    bool m_open = false;
    std::vector<std::coroutine_handle<>> m_waiters;
};

} // namespace encode::app
