#include "service/cycletracker.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

CycleTracker::CycleTracker(int quietGapSeconds)
    : m_quietGapSeconds(quietGapSeconds)
{
}

bool CycleTracker::add(const RequestRecord &record)
{
    const bool testConnection = record.operation == Operation::TestConnection;
    std::optional<CycleTrigger> trigger;
    if (!m_current)
        trigger = testConnection ? ProvisioningCycle::kTriggerTestConnection : ProvisioningCycle::kTriggerFirst;
    else if (m_current->ended.isValid() && m_current->ended.secsTo(record.time) >= m_quietGapSeconds)
        trigger = testConnection ? ProvisioningCycle::kTriggerTestConnection : ProvisioningCycle::kTriggerQuietGap;
    else if (testConnection && m_current->requests > m_current->testConnections)
        trigger = ProvisioningCycle::kTriggerTestConnection;

    const bool started = trigger.has_value();
    if (started) {
        ProvisioningCycle cycle;
        cycle.started = record.time;
        cycle.trigger = *trigger;
        m_current = cycle;
    }
    count(*m_current, record);
    return started;
}

void CycleTracker::count(ProvisioningCycle &c, const RequestRecord &r)
{
    if (!c.ended.isValid() || r.time > c.ended)
        c.ended = r.time;
    if (!c.started.isValid() || r.time < c.started)
        c.started = r.time;
    if (c.idp == Idp::Other)
        c.idp = r.idp;
    if (c.tokenLabel.isEmpty())
        c.tokenLabel = r.tokenLabel;
    tally(c, r.operation, 1, std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size()),
          std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size()));
}

void CycleTracker::tally(ProvisioningCycle &c, Operation operation, qint64 n, qint64 added, qint64 removed)
{
    c.requests += n;
    switch (operation) {
    case Operation::Rejected:
    case Operation::AuthFailure:
        c.failures += n;
        break;
    case Operation::TestConnection:
        c.testConnections += n;
        break;
    case Operation::LookupUser:
    case Operation::LookupGroup:
    case Operation::Discovery:
        c.lookups += n;
        break;
    case Operation::CreateUser:
    case Operation::CreateGroup:
        c.created += n;
        break;
    case Operation::DeactivateUser:
        c.deactivated += n;
        break;
    case Operation::ReactivateUser:
        c.reactivated += n;
        break;
    case Operation::DeleteUser:
    case Operation::DeleteGroup:
        c.deleted += n;
        break;
    case Operation::UpdateUser:
    case Operation::ReplaceUser:
    case Operation::UpdateGroup:
    case Operation::RenameGroup:
        c.updated += n;
        break;
    case Operation::AddMembers:
    case Operation::RemoveMembers:
    case Operation::Bulk:
    case Operation::TokenRequest:
    case Operation::None:
        break;
    }
    if (!isFailure(operation)) {
        c.membersAdded += added;
        c.membersRemoved += removed;
    }
}

} // namespace scimmon
