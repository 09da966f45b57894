#pragma once

#include "model/requestrecord.h"
#include "model/trafficminute.h"
#include "service/cycletracker.h"

#include <optional>

namespace scimmon {

class Store;

/// Stores answered requests in the provisioning log, each in its provisioning cycle (CycleTracker)
/// and in the traffic of its minute, inside the caller's transaction: the receiver records a
/// request in the same transaction as the change it made, so that no change is ever stored
/// without the request that made it. Single-threaded: one recorder per writer connection.
class RequestLogRecorder
{
public:
    /// `quietGapSeconds`: see CycleTracker.
    explicit RequestLogRecorder(Store &store, int quietGapSeconds = CycleTracker::kDefaultQuietGapSeconds);

    /// Continues the newest stored cycle and the stored traffic of the minute of `now` (after a
    /// restart), so that counting goes on where it stopped.
    void resume(const QDateTime &now);

    /// Appends `record`, setting record.id and record.cycleId, and counts it into its cycle and
    /// its minute. Call inside a transaction. False on a store failure (logged with its reason
    /// under scimmon.store; record.id stays 0); then call discard() before rolling back.
    bool record(RequestRecord &record);
    /// Forgets the counting of the last record(), for a transaction that was rolled back.
    void discard();

private:
    Store &m_store;
    CycleTracker m_cycles;
    std::optional<TrafficMinute> m_minute; ///< the traffic of the current minute, as stored
    std::optional<ProvisioningCycle> m_previousCycle; ///< before the last record(), for discard()
    std::optional<TrafficMinute> m_previousMinute;
};

} // namespace scimmon
