#pragma once

#include <QElapsedTimer>

#include <qcoro/qcorotask.h>

namespace encode::app {

// Spaces requests so that no second ever sees more than `perSecond` of them: each caller is given
// the next free slot (1/perSecond apart) and sleeps until it. Requests keep their order.
class RateLimiter final {
public:
    explicit RateLimiter(double perSecond);

    [[nodiscard]] QCoro::Task<> acquire();

private:
    qint64 m_intervalNs;
    qint64 m_nextSlotNs = 0;
    QElapsedTimer m_clock;
};

} // namespace encode::app
