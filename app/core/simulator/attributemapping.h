#pragma once

#include "simulator/simulateddirectory.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace scimmon {

/// The IdP's attribute mapping: a directory user as the flat set of SCIM attribute paths and
/// values its provisioning job exports. Entra's default mapping of a non-gallery app
/// (idp-behaviour.md §1): userPrincipalName → userName, objectId → externalId, the IsSoftDeleted
/// switch → active, displayName, givenName → name.givenName, surname → name.familyName, mail →
/// emails[type eq "work"].value, jobTitle → title, and enterprise employeeNumber, department and
/// manager. Okta's default (entra-okta-scim.md §5): userName, name, a work email, displayName,
/// title, active, externalId. Keys are SCIM paths as a PatchOp names them; an attribute without a
/// value is absent (Entra never sends null).
class AttributeMapping
{
public:
    static const QString kUserName;
    static const QString kExternalId;
    static const QString kActive;
    static const QString kDisplayName;
    static const QString kGivenName; ///< "name.givenName"
    static const QString kFamilyName; ///< "name.familyName"
    static const QString kFormatted; ///< "name.formatted"
    static const QString kWorkEmail; ///< `emails[type eq "work"].value`
    static const QString kTitle;
    static const QString kEmployeeNumber; ///< URN-qualified enterprise attribute
    static const QString kDepartment; ///< URN-qualified enterprise attribute
    static const QString kManager; ///< URN-qualified enterprise attribute; value: the manager's target id

    /// Entra's export of `user`. The manager is present only when the manager has an object
    /// connection (Entra links a manager only once both users exist on the target), with the
    /// manager's target id as value.
    static QJsonObject entraUser(const SimulatedUser &user, const SimulatedDirectory &directory);
    /// Okta's export of `user`.
    static QJsonObject oktaUser(const SimulatedUser &user);
    /// `flat` without the manager (Entra's first pass; the manager follows in a second pass).
    static QJsonObject withoutManager(QJsonObject flat);
    /// `value` as the provisioning log shows it in "Modified properties".
    static QString text(const QJsonValue &value);
};

} // namespace scimmon
