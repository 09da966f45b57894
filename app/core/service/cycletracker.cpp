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
    const bool testConnection = record.operation == "Test Connection"_L1;
    QString trigger;
    if (!m_current)
        trigger = testConnection ? ProvisioningCycle::kTriggerTestConnection : ProvisioningCycle::kTriggerFirst;
    else if (m_current->ended.isValid() && m_current->ended.secsTo(record.time) >= m_quietGapSeconds)
        trigger = testConnection ? ProvisioningCycle::kTriggerTestConnection : ProvisioningCycle::kTriggerQuietGap;
    else if (testConnection && m_current->requests > m_current->testConnections)
        trigger = ProvisioningCycle::kTriggerTestConnection;

    const bool started = !trigger.isEmpty();
    if (started) {
        ProvisioningCycle cycle;
        cycle.started = record.time;
        cycle.trigger = trigger;
        m_current = cycle;
    }
    count(*m_current, record);
    return started;
}

void CycleTracker::count(ProvisioningCycle &c, const RequestRecord &r)
{
    ++c.requests;
    if (!c.ended.isValid() || r.time > c.ended)
        c.ended = r.time;
    if (!c.started.isValid() || r.time < c.started)
        c.started = r.time;
    if ((c.idp.isEmpty() || c.idp == "Other"_L1) && !r.idp.isEmpty())
        c.idp = r.idp;
    if (c.tokenLabel.isEmpty())
        c.tokenLabel = r.tokenLabel;

    const QString &op = r.operation;
    if (op == "Rejected"_L1 || op == "Auth failure"_L1)
        ++c.failures;
    else if (op == "Test Connection"_L1)
        ++c.testConnections;
    else if (op == "Lookup user"_L1 || op == "Lookup group"_L1 || op == "Discovery"_L1)
        ++c.lookups;
    else if (op == "Create user"_L1 || op == "Create group"_L1)
        ++c.created;
    else if (op == "Deactivate user"_L1)
        ++c.deactivated;
    else if (op == "Reactivate user"_L1)
        ++c.reactivated;
    else if (op == "Delete user"_L1 || op == "Delete group"_L1)
        ++c.deleted;
    else if (op == "Update user"_L1 || op == "Replace user"_L1 || op == "Update group"_L1 || op == "Rename group"_L1)
        ++c.updated;
    if (op != "Rejected"_L1 && op != "Auth failure"_L1) {
        c.membersAdded += std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size());
        c.membersRemoved += std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size());
    }
}

} // namespace scimmon
