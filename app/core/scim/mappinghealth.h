#pragma once

#include "model/resourcekind.h"

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scimmon {

/// Mapping health: whether a stored user or group carries every attribute that Microsoft Entra
/// ID's default attribute mapping for a custom SCIM app sends (see the README's mapping tables).
/// A resource that lacks one usually means the source object has no value for it in Entra (no
/// mailbox, a service account without a first or last name) or that the mapping was edited; the
/// target application then misses data. Checks read only the stored attributes; nothing here
/// touches the store.
class MappingHealth
{
public:
    /// One attribute of the default mapping. The values are stored in the database (the
    /// `mapping_warnings` columns, migration 0005) and must never be renumbered.
    enum Attribute {
        UserName = 1 << 0, ///< User `userName` (Entra: userPrincipalName, the matching attribute)
        Active = 1 << 1, ///< User `active` (Entra: Switch([IsSoftDeleted], …))
        WorkEmail = 1 << 2, ///< User `emails[type eq "work"].value` (Entra: mail)
        GivenName = 1 << 3, ///< User `name.givenName` (Entra: givenName)
        FamilyName = 1 << 4, ///< User `name.familyName` (Entra: surname)
        ExternalId = 1 << 5, ///< User or Group `externalId` (Entra: objectId / mailNickname)
        DisplayName = 1 << 6, ///< Group `displayName` (Entra: displayName, the matching attribute)
        Members = 1 << 7, ///< Group `members` (Entra: members)
    };
    Q_DECLARE_FLAGS(Attributes, Attribute)

    /// The attributes the default mapping sends for `kind`, in the order the mapping lists them.
    static QList<Attribute> expected(ResourceKind kind);

    /// The expected attributes of `kind` that `data` (a stored resource's attributes, see
    /// Resource::data) lacks: a missing or empty value, for `active` a missing value (false is a
    /// value), for the work email no `emails` element of type "work" (any case) with a value.
    /// `Members` is never set here: a group's members live in the memberships table (see
    /// missingMembers()).
    static Attributes missing(ResourceKind kind, const QJsonObject &data);
    /// `Members` when a group has no members (`memberCount` 0), else nothing.
    static Attributes missingMembers(qint64 memberCount);

    /// The SCIM attribute path, e.g. `emails[type eq "work"].value`.
    static QString path(Attribute attribute);
    /// The Entra ID source attribute the default mapping takes it from, e.g. `mail`.
    static QString entraSource(Attribute attribute);
    /// The paths of `attributes`, in expected() order.
    static QStringList paths(ResourceKind kind, Attributes attributes);
    /// A sentence per missing attribute for tool tips and the detail pane, e.g.
    /// `name.givenName is missing (Entra sends it from givenName).`
    static QStringList explanations(ResourceKind kind, Attributes attributes);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MappingHealth::Attributes)

} // namespace scimmon
