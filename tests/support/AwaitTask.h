#pragma once

#include <qcoro/qcorotask.h>

#include <optional>
#include <utility>

namespace encode::testsupport {

// Runs the event loop until `task` finishes and returns its value. QCoro::waitFor needs a
// default-constructible value; our Result types have none on purpose.
template <typename T>
T awaitTask(QCoro::Task<T> &task)
{
    std::optional<T> value;
    const auto capture = [](QCoro::Task<T> &running, std::optional<T> &into) -> QCoro::Task<> {
        into.emplace(co_await running);
    };
    QCoro::waitFor(capture(task, value));
    return std::move(*value);
}

template <typename T>
T awaitTask(QCoro::Task<T> &&task)
{
    return awaitTask(task);
}

} // namespace encode::testsupport
