#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace encode::models {

// What went wrong, in words a user can act on. `kind` lets front ends choose an exit status or icon
// without parsing the message.
struct Failure {
    enum class Kind {
        InvalidInput,     // the user's input is malformed; nothing was contacted or written
        NotFound,         // the thing asked for does not exist (locally or on the Portal)
        NotPublic,        // the Portal refuses to show it (HTTP 403)
        Unreachable,      // the Portal could not be reached (DNS, refused, reset)
        Timeout,          // the Portal did not answer in time
        PortalError,      // the Portal answered 5xx
        UnexpectedResponse, // not JSON, or not the kind of object asked for
        Storage,          // the collection database failed
        Cancelled,
    };
    Kind kind = Kind::Storage;
    QString message;
};

// A value or the reason there is none. Small on purpose: C++20 has no std::expected yet.
template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_state(std::move(value)) {}              // NOLINT(google-explicit-constructor)
    Result(Failure failure) : m_state(std::move(failure)) {}    // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Failure &failure() const { return std::get<Failure>(m_state); }
    [[nodiscard]] T value_or(T fallback) const { return ok() ? value() : fallback; }

private:
    std::variant<T, Failure> m_state;
};

// The outcome of an action that produces no value: empty means success.
using Status = std::optional<Failure>;

inline Failure storageFailure(const QString &message) { return {Failure::Kind::Storage, message}; }
inline Failure invalidInput(const QString &message) { return {Failure::Kind::InvalidInput, message}; }

} // namespace encode::models
