#pragma once

#include "service/resourceservice.h"

namespace scimmon {

/// Changes an administrator makes in the app rather than an IdP through SCIM, each recorded in
/// the audit trail with the actor "local" in the same transaction as the change.
class LocalActions
{
public:
    explicit LocalActions(Store &store);

    /// Deletes a user or group as a DELETE request would (memberships included): user.deleted or
    /// group.deleted by "local". Returns the SCIM outcome (204, 404, 500).
    ScimOutcome deleteResource(ResourceKind kind, const QString &id);

    /// Deletes every user, group and membership (tokens, the request log and the audit trail
    /// stay), recorded as data.reset with the counts removed. False on a store failure.
    bool resetAllData();

    /// Records settings.changed for one setting (`key`, old and new value as shown to the user).
    bool recordSettingsChange(const QString &key, const QString &oldValue, const QString &newValue);

private:
    Store &m_store;
};

} // namespace scimmon
