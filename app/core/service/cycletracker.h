#pragma once

#include "model/provisioningcycle.h"
#include "model/requestrecord.h"

#include <optional>

namespace scimmon {

/// Groups the requests of the provisioning log into provisioning cycles as they arrive. A new
/// cycle starts with the first request, after a quiet gap (no request for quietGapSeconds), or
/// with a Test Connection that follows other requests (Entra tests the connection before a
/// restart; its user and group probes stay in one cycle). Entra runs a cycle about every 40
/// minutes (field guide §0), so the default gap of 10 minutes separates them. Pure logic: the
/// receiver's worker stores each changed cycle.
class CycleTracker
{
public:
    static constexpr int kDefaultQuietGapSeconds = 600;

    /// `quietGapSeconds`: the silence, in seconds, after which the next request starts a new cycle.
    explicit CycleTracker(int quietGapSeconds = kDefaultQuietGapSeconds);

    /// Continues `latest` (the newest stored cycle, after a restart) if the next request is in it.
    void resume(const ProvisioningCycle &latest) { m_current = latest; }

    /// Counts `record` into the current cycle, starting a new one first when the rules say so.
    /// Returns true when it started a new cycle (whose id is 0 until the caller stores it).
    bool add(const RequestRecord &record);

    /// The cycle the latest request went into; nullopt before the first request.
    std::optional<ProvisioningCycle> &current() { return m_current; }

    /// Adds one request's outcome to the counters of `cycle` (by its operation and change).
    static void count(ProvisioningCycle &cycle, const RequestRecord &record);

    int quietGapSeconds() const { return m_quietGapSeconds; }

private:
    /// Adds `requests` requests of `operation` that added `membersAdded` and removed
    /// `membersRemoved` members to the counters of `cycle`.
    static void tally(ProvisioningCycle &cycle, Operation operation, qint64 requests, qint64 membersAdded,
                      qint64 membersRemoved);

    int m_quietGapSeconds;
    std::optional<ProvisioningCycle> m_current;
};

} // namespace scimmon
