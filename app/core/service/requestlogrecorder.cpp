#include "service/requestlogrecorder.h"

#include "platform/logging.h"
#include "store/store.h"

namespace scimmon {

RequestLogRecorder::RequestLogRecorder(Store &store, int quietGapSeconds)
    : m_store(store)
    , m_cycles(quietGapSeconds)
{
}

void RequestLogRecorder::resume(const QDateTime &now)
{
    if (const auto latest = m_store.requestLog().cycles(1); !latest.isEmpty())
        m_cycles.resume(latest.first());
    if (const auto minutes = m_store.requestLog().traffic(TrafficMinute::minuteOf(now)); !minutes.isEmpty())
        m_minute = minutes.last();
}

bool RequestLogRecorder::record(RequestRecord &rec)
{
    m_previousCycle = m_cycles.current();
    m_previousMinute = m_minute;
    m_cycles.add(rec);
    ProvisioningCycle &cycle = *m_cycles.current();
    RequestLogRepository &log = m_store.requestLog();
    if (!log.saveCycle(cycle)) {
        qCWarning(lcStore).noquote() << "the provisioning cycle of a request was not stored:"
                                     << m_store.lastError().message;
        return false;
    }
    rec.cycleId = cycle.id;
    rec.id = log.append(rec);
    if (rec.id == 0) {
        qCWarning(lcStore).noquote() << "a request was not stored in the request log:" << m_store.lastError().message;
        return false;
    }
    const QDateTime minute = TrafficMinute::minuteOf(rec.time);
    if (!m_minute || m_minute->minute != minute) {
        m_minute = TrafficMinute();
        m_minute->minute = minute;
    }
    ++m_minute->requests;
    if (rec.status >= 400)
        ++m_minute->failures;
    m_minute->latency.add(rec.durationMs);
    if (!log.saveTrafficMinute(*m_minute)) {
        qCWarning(lcStore).noquote() << "the traffic of a minute was not stored:" << m_store.lastError().message;
        rec.id = 0;
        return false;
    }
    return true;
}

void RequestLogRecorder::discard()
{
    m_cycles.current() = m_previousCycle;
    m_minute = m_previousMinute;
}

} // namespace scimmon
