#pragma once

#include "simulator/escrow.h"

#include <QJsonObject>
#include <QString>

namespace scimmon {

/// One user of the simulated identity provider's directory, as Entra ID or Okta holds it, with
/// what the provisioning job knows about it on the target: the object connection (the id the
/// target gave it) and the attribute values last acknowledged by the target.
struct SimulatedUser
{
    QString objectId; ///< the IdP's object id, a GUID, sent as `externalId` (Entra's objectId mapping)
    QString userPrincipalName; ///< sent as `userName` (the matching attribute)
    QString mail; ///< empty: no mailbox, so no work email is sent
    QString givenName; ///< empty for a service account
    QString surname; ///< empty for a service account
    QString displayName;
    QString department;
    QString title;
    QString employeeNumber;
    QString managerObjectId; ///< the manager's objectId; empty: none
    bool accountEnabled = true; ///< false: disabled (blocked sign-in)
    bool softDeleted = false; ///< deleted in the IdP, restorable for 30 days
    bool hardDeleted = false; ///< purged in the IdP: Entra sends DELETE
    bool assigned = true; ///< assigned to the app (in scope); false: unassigned

    QString targetId; ///< the object connection: the target's `id`; empty until matched or created
    QJsonObject synced; ///< mapped attribute values the target last acknowledged; empty: never exported
    Escrow escrow;

    /// The value the `active` mapping sends (Entra's IsSoftDeleted switch, idp-behaviour.md §1):
    /// true only while enabled, not deleted and assigned.
    bool desiredActive() const { return accountEnabled && !softDeleted && !hardDeleted && assigned; }

    QJsonObject toJson() const;
    static SimulatedUser fromJson(const QJsonObject &json);
};

} // namespace scimmon
