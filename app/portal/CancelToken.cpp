#include "app/portal/CancelToken.h"

#include <QNetworkReply>

namespace encode::app {

CancelToken::CancelToken()
    : m_state(std::make_shared<State>())
{
}

void CancelToken::cancel() const
{
    m_state->cancelled = true;
    // abort() finishes a reply at once, which makes its awaiting request detach it: iterate a copy.
    const QSet<QNetworkReply *> replies = m_state->replies;
    for (QNetworkReply *reply : replies)
        reply->abort();
}

bool CancelToken::isCancelled() const
{
    return m_state->cancelled;
}

void CancelToken::attach(QNetworkReply *reply) const
{
    m_state->replies.insert(reply);
}

void CancelToken::detach(QNetworkReply *reply) const
{
    m_state->replies.remove(reply);
}

} // namespace encode::app
