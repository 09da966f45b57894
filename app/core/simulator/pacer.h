#pragma once

#include <QtGlobal>

namespace scimmon {

/// Spaces the requests of a simulated IdP: at most `requestsPerSecond`, or none (0: as fast as
/// the target answers). Pure arithmetic on a caller-supplied clock in milliseconds, so that it
/// is tested without waiting.
class Pacer
{
public:
    /// An IdP-like pace: a demo cycle of 100 users, 10 groups and their members (about 320
    /// requests) takes about a minute, as the admin sees Entra pace (0.01–0.08 min per object).
    static constexpr double kIdpRequestsPerSecond = 5.0;

    explicit Pacer(double requestsPerSecond = kIdpRequestsPerSecond);

    /// Milliseconds to wait at `nowMs` before the next request may go; 0: send now.
    qint64 delayMs(qint64 nowMs) const;
    /// Records that a request went at `nowMs`.
    void sent(qint64 nowMs);
    /// 0: not paced.
    double requestsPerSecond() const { return m_rate; }

private:
    double m_rate;
    qint64 m_lastMs = -1; ///< when the last request went; -1: none yet
};

} // namespace scimmon
