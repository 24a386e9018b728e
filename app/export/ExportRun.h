#pragma once

#include "app/export/CollectionExport.h"

namespace encode::app {

// The progress side of one export run: counts written experiment rows, calls the caller's callback
// every few hundred of them (and at the start and the end), and remembers when it asked to stop.
class ExportRun final {
public:
    static constexpr int reportInterval = 250;

    ExportRun(const ExportProgress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {
    }

    // Each returns false once the callback asked to stop.
    [[nodiscard]] bool start() { return report(); }
    [[nodiscard]] bool rowWritten()
    {
        ++m_written;
        return m_written % reportInterval != 0 || report();
    }
    [[nodiscard]] bool finish() { return m_written % reportInterval == 0 || report(); }

    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] static models::Failure cancelledFailure()
    {
        return {models::Failure::Kind::Cancelled, QStringLiteral("the export was cancelled")};
    }

private:
    bool report()
    {
        if (m_progress && !m_cancelled && !m_progress(m_written, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }

    const ExportProgress &m_progress;
    int m_total;
    int m_written = 0;
    bool m_cancelled = false;
};

} // namespace encode::app
