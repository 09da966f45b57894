#pragma once

#include "simulator/cyclerunner.h"

namespace scimmon {

/// Microsoft Entra ID's provisioning service, simulated (idp-behaviour.md §1–2, entra-okta-scim.md
/// §1–2). Every cycle starts with Test Connection's probes (a random-GUID userName lookup on
/// /Users and the same on /Groups; a refusal aborts the cycle, as Entra quarantines a job whose
/// token is refused). The initial and incremental cycles then export each user that is not in
/// sync (a match query on userName, then POST for no hit or PATCH for one, DELETE for a hard
/// delete, PATCH active false for a disabled, soft-deleted or unassigned user; a disabled user is
/// never created), link managers in a second pass, and export groups (lookup with
/// excludedAttributes=members and displayName eq, POST without members, a displayName Replace on
/// rename, member PATCHes in batches of EntraRequests::kMemberBatch). Provision on demand exports
/// one user (with its manager link) or one group with at most five members, always in the default
/// PATCH dialect. Answers: 429 with Retry-After is waited for and retried (ScimTransport); 5xx,
/// 429 without Retry-After, timeouts and network errors fail the object and escrow it; a 409 on
/// create is followed by a match that makes the object connection for the next cycle; a 404 on a
/// known id is InvalidAnchor and drops the object connection.
class EntraClient : public CycleRunner
{
    Q_OBJECT

public:
    using CycleRunner::CycleRunner;

protected:
    void plan() override;

private:
    bool flagged() const;
    void testConnection(ProvisioningLogEntry &entry, Done done);
    void exportUser(int index, ProvisioningLogEntry &entry, Done done);
    void createUser(int index, ProvisioningLogEntry &entry, Done done);
    void updateUser(int index, ProvisioningLogEntry &entry, Done done);
    void deleteUser(int index, ProvisioningLogEntry &entry, Done done);
    void linkManager(int index, ProvisioningLogEntry &entry, Done done);
    void exportGroup(int index, int maxMembers, ProvisioningLogEntry &entry, Done done);
    void updateGroup(int index, int maxMembers, ProvisioningLogEntry &entry, Done done);
};

} // namespace scimmon
