#pragma once

#include "model/requestrecord.h"
#include "model/trafficminute.h"
#include "service/cycletracker.h"

#include <optional>

namespace scimmon {

class Store;

/// Stores answered requests in the provisioning log, each in its provisioning cycle (CycleTracker),
/// counting it into the traffic of its minute, inside the caller's transaction: the receiver
/// records a change's request in the same transaction as the change, so that no change is ever
/// stored without the request that made it. The counters of the current cycle and minute are
/// written by saveCounters(), once per transaction however many requests it records, so they
/// always agree with the entries stored. Single-threaded: one recorder per writer connection.
class RequestLogRecorder
{
public:
    /// `quietGapSeconds`: see CycleTracker.
    explicit RequestLogRecorder(Store &store, int quietGapSeconds = CycleTracker::kDefaultQuietGapSeconds);

    /// Continues the newest stored cycle and the stored traffic of the minute of `now` (after a
    /// restart), so that counting goes on where it stopped.
    void resume(const QDateTime &now);

    /// Appends `record`, setting record.id and record.cycleId, and counts it into its cycle and
    /// its minute. A new cycle's row is written at once, with the final counters of the cycle it
    /// follows. Call inside a transaction. False on a store failure (logged with its reason under
    /// scimmon.store; record.id stays 0); then call discard() before rolling back.
    bool record(RequestRecord &record);
    /// Forgets the counting of the records since the last keep(), for a transaction that was
    /// rolled back.
    void discard();
    /// Marks what was recorded so far as committed: a later discard() goes back to here.
    void keep();

    /// True when the counters changed since they were last saved.
    bool countersChanged() const { return m_countersChanged; }
    /// Writes the counters of the current cycle and minute when they changed: call inside each
    /// transaction that recorded requests, before its commit. False on a store failure (logged).
    bool saveCounters();

private:
    struct State
    {
        std::optional<ProvisioningCycle> cycle;
        std::optional<TrafficMinute> minute;
        bool countersChanged = false;
    };

    Store &m_store;
    CycleTracker m_cycles;
    std::optional<TrafficMinute> m_minute; ///< the traffic of the current minute
    bool m_countersChanged = false;
    State m_kept; ///< the state at the last keep(), for discard()
};

} // namespace scimmon
