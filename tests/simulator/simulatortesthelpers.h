#pragma once

// Runs one simulation cycle to its end on the test's event loop.

#include "simulator/simulator.h"

#include <QSignalSpy>
#include <QTest>

namespace scimmon::test {

inline SimulationOptions quickOptions(Idp idp, SimulationCycle cycle, int users, int groups, int members)
{
    SimulationOptions o;
    o.idp = idp;
    o.flavor = idp == Idp::Okta ? SimulationFlavor::OktaOin : SimulationFlavor::EntraDefault;
    o.cycle = cycle;
    o.users = users;
    o.groups = groups;
    o.membersPerGroup = members;
    o.requestsPerSecond = 0; // as fast as the target answers
    return o;
}

/// Starts `options` on `simulator` and waits for its report (at most `timeoutMs`).
inline SimulationReport runCycle(Simulator &simulator, const SimulationOptions &options,
                                 const Simulator::Target &target, const QString &statePath, int timeoutMs = 120000)
{
    QSignalSpy finished(&simulator, &Simulator::finished);
    QString error;
    if (!simulator.start(options, target, statePath, &error))
        qFatal("the simulation did not start: %s", qPrintable(error));
    if (!finished.wait(timeoutMs))
        qFatal("the simulation did not finish in time");
    return finished.first().first().value<SimulationReport>();
}

/// The entries of `report` for `objectType` with `status`.
inline QList<ProvisioningLogEntry> entries(const SimulationReport &report, const QString &objectType,
                                           const QString &status)
{
    QList<ProvisioningLogEntry> out;
    for (const ProvisioningLogEntry &e : report.entries)
        if (e.objectType == objectType && (status.isEmpty() || e.status == status))
            out.append(e);
    return out;
}

} // namespace scimmon::test
