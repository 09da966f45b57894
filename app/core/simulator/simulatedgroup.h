#pragma once

#include "simulator/escrow.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scimmon {

/// One group of the simulated directory with its members (user objectIds), and what the
/// provisioning job knows about it on the target: the object connection, the name and members
/// the target last acknowledged.
struct SimulatedGroup
{
    QString objectId; ///< the IdP's object id, a GUID, sent as `externalId`
    QString displayName; ///< the matching attribute
    QStringList members; ///< objectIds of the member users
    bool hardDeleted = false; ///< deleted in the IdP: Entra sends DELETE

    QString targetId; ///< the object connection; empty until matched or created
    QString syncedName; ///< the displayName the target last acknowledged
    QStringList syncedMembers; ///< member objectIds the target last acknowledged
    Escrow escrow;

    QJsonObject toJson() const;
    static SimulatedGroup fromJson(const QJsonObject &json);
};

} // namespace scimmon
