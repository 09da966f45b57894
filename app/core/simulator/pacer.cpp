#include "simulator/pacer.h"

#include <algorithm>
#include <cmath>

namespace scimmon {

Pacer::Pacer(double requestsPerSecond)
    : m_rate(std::max(0.0, requestsPerSecond))
{
}

qint64 Pacer::delayMs(qint64 nowMs) const
{
    if (m_rate <= 0 || m_lastMs < 0)
        return 0;
    const qint64 gap = qint64(std::llround(1000.0 / m_rate));
    return std::max<qint64>(0, m_lastMs + gap - nowMs);
}

void Pacer::sent(qint64 nowMs)
{
    m_lastMs = nowMs;
}

} // namespace scimmon
