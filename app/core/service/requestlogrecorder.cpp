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
    RequestLogRepository &log = m_store.requestLog();
    // This receiver's own cycle and minute: on a shared database the others count theirs.
    if (const auto latest = log.lastOwnCycle())
        m_cycles.resume(*latest);
    if (const auto minute = log.ownMinute(now))
        m_minute = *minute;
    keep();
}

bool RequestLogRecorder::record(RequestRecord &rec)
{
    RequestLogRepository &log = m_store.requestLog();
    const std::optional<ProvisioningCycle> before = m_cycles.current();
    if (m_cycles.add(rec)) {
        // A new cycle: the one it follows is complete, and the new one needs its row (its id).
        if (before && before->id > 0) {
            ProvisioningCycle finished = *before;
            if (!log.saveCycle(finished)) {
                qCWarning(lcStore).noquote() << "a provisioning cycle was not stored:" << m_store.lastError().message;
                return false;
            }
        }
        if (!log.saveCycle(*m_cycles.current())) {
            qCWarning(lcStore).noquote() << "a provisioning cycle was not stored:" << m_store.lastError().message;
            return false;
        }
    }
    rec.cycleId = m_cycles.current()->id;
    rec.id = log.append(rec);
    if (rec.id == 0) {
        qCWarning(lcStore).noquote() << "a request was not stored in the request log:" << m_store.lastError().message;
        return false;
    }
    const QDateTime minute = TrafficMinute::minuteOf(rec.time);
    if (m_minute && m_minute->minute != minute && m_countersChanged) {
        // The minute it follows is complete: written now, so that no minute is lost.
        if (!log.saveTrafficMinute(*m_minute)) {
            qCWarning(lcStore).noquote() << "the traffic of a minute was not stored:" << m_store.lastError().message;
            rec.id = 0;
            return false;
        }
    }
    if (!m_minute || m_minute->minute != minute) {
        m_minute = TrafficMinute();
        m_minute->minute = minute;
    }
    ++m_minute->requests;
    if (rec.status >= 400)
        ++m_minute->failures;
    m_minute->latency.add(rec.durationMs);
    m_countersChanged = true;
    return true;
}

bool RequestLogRecorder::saveCounters()
{
    if (!m_countersChanged)
        return true;
    RequestLogRepository &log = m_store.requestLog();
    if (m_cycles.current() && m_cycles.current()->id > 0 && !log.saveCycle(*m_cycles.current())) {
        qCWarning(lcStore).noquote() << "a provisioning cycle was not stored:" << m_store.lastError().message;
        return false;
    }
    if (m_minute && !log.saveTrafficMinute(*m_minute)) {
        qCWarning(lcStore).noquote() << "the traffic of a minute was not stored:" << m_store.lastError().message;
        return false;
    }
    m_countersChanged = false;
    return true;
}

void RequestLogRecorder::keep()
{
    m_kept = {m_cycles.current(), m_minute, m_countersChanged};
}

void RequestLogRecorder::discard()
{
    m_cycles.current() = m_kept.cycle;
    m_minute = m_kept.minute;
    m_countersChanged = m_kept.countersChanged;
}

} // namespace scimmon
