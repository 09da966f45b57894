#pragma once

#include "simulator/cyclerunner.h"

namespace scimmon {

/// Okta's SCIM client, simulated (idp-behaviour.md §4, entra-okta-scim.md §5). Every cycle starts
/// with the connector test (`GET /Users?startIndex=1&count=2`, `GET /Groups?startIndex=1&count=100`;
/// a refusal aborts). The initial cycle then imports users and groups page by page
/// (startIndex/count=100). Users: a userName lookup (startIndex=1&count=100), then POST with a
/// password for no hit; profile updates by GET then a full PUT; deactivation (also for a deleted
/// user: Okta never DELETEs users) by the OIN template's path-less `{"active":false}` PATCH or,
/// for AIW apps, GET then PUT. Push Groups: a displayName lookup, POST with `members: []`, then
/// membership updates: OIN one PATCH with the path-less `{id, displayName}` replace, the member
/// add and the `members[value eq "…"]` removals; AIW GET then a full PUT. A group deleted in the
/// directory is deleted on the target (unlink with "delete in target").
class OktaClient : public CycleRunner
{
    Q_OBJECT

public:
    using CycleRunner::CycleRunner;

protected:
    void plan() override;

private:
    bool aiw() const { return options().flavor == SimulationFlavor::OktaAiw; }
    void connectorTest(ProvisioningLogEntry &entry, Done done);
    void importAll(ProvisioningLogEntry &entry, Done done);
    void importPage(ProvisioningLogEntry &entry, const QString &collection, int startIndex, qint64 seen, Done done);
    void exportUser(int index, ProvisioningLogEntry &entry, Done done);
    void putUser(int index, ProvisioningLogEntry &entry, Done done);
    void exportGroup(int index, ProvisioningLogEntry &entry, Done done);
    void pushMembers(int index, ProvisioningLogEntry &entry, Done done);
};

} // namespace scimmon
