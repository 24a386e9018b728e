#pragma once

#include <QSet>

#include <memory>

class QNetworkReply;

namespace encode::app {

// Stops one run of Portal requests (a tracking run, one search) without touching the others that share
// the client and its rate limit. Copies share one state; a default-constructed token starts a run that
// nobody has cancelled yet.
class CancelToken final {
public:
    CancelToken();

    // Marks the run cancelled and aborts its replies in flight; its waiting requests end as Cancelled.
    void cancel() const;
    [[nodiscard]] bool isCancelled() const;

    // For PortalClient: the replies in flight for this run, so that cancel() can abort them.
    void attach(QNetworkReply *reply) const;
    void detach(QNetworkReply *reply) const;

private:
    struct State {
        bool cancelled = false;
        QSet<QNetworkReply *> replies;
    };
    std::shared_ptr<State> m_state;
};

} // namespace encode::app
