#include "stallprobe.h"

#include <algorithm>
#include <cmath>

#include <time.h>

namespace scimmon {

namespace {

/// CPU time the calling thread has used, microseconds (Linux/POSIX).
qint64 threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

} // namespace

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_gapsUs.clear();
    m_cpuUs.clear();
    m_gapsUs.reserve(1 << 16);
    m_cpuUs.reserve(1 << 16);
    m_clock.start();
    m_lastUs = -1;
    m_lastCpuUs = -1;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    const qint64 cpu = threadCpuUs();
    if (m_lastUs >= 0) {
        m_gapsUs.append(now - m_lastUs);
        m_cpuUs.append(cpu - m_lastCpuUs);
    }
    m_lastUs = now;
    m_lastCpuUs = cpu;
}

double StallProbe::maxGapMs() const
{
    return m_gapsUs.isEmpty() ? 0.0 : double(*std::max_element(m_gapsUs.cbegin(), m_gapsUs.cend())) / 1000.0;
}

double StallProbe::percentileMs(double p) const
{
    if (m_gapsUs.isEmpty())
        return 0.0;
    QList<qint64> sorted = m_gapsUs;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(std::clamp(p, 0.0, 1.0) * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1))) / 1000.0;
}

qsizetype StallProbe::gapsOver(double ms) const
{
    const auto us = qint64(ms * 1000.0);
    return std::count_if(m_gapsUs.cbegin(), m_gapsUs.cend(), [us](qint64 g) { return g > us; });
}

} // namespace scimmon

namespace scimmon {

double StallProbe::maxBusyMs() const
{
    return m_cpuUs.isEmpty() ? 0.0 : double(*std::max_element(m_cpuUs.cbegin(), m_cpuUs.cend())) / 1000.0;
}

double StallProbe::busyInLongestGapMs() const
{
    if (m_gapsUs.isEmpty())
        return 0.0;
    const auto longest = std::max_element(m_gapsUs.cbegin(), m_gapsUs.cend()) - m_gapsUs.cbegin();
    return double(m_cpuUs.at(longest)) / 1000.0;
}

} // namespace scimmon
