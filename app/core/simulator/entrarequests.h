#pragma once

#include "simulator/scimtransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace scimmon {

/// The requests Entra ID's provisioning service sends, shaped as entra-okta-scim.md §1 and §2
/// document them, in both PATCH dialects: the default one (capitalised ops, "True"/"False"
/// strings, one Replace per attribute, member removal by value array) and the one of the
/// `aadOptscim062020` flag (lowercase ops, JSON booleans, single-valued replacements bundled in
/// one path-less op with dotted and URN keys, removal by `members[value eq "…"]`). Pure builders.
class EntraRequests
{
public:
    /// Members per membership PATCH.
    static constexpr int kMemberBatch = 10;

    /// Test Connection, §1.1: `GET /Users?filter=userName eq "<guid>"`.
    static ScimCall testConnectionUsers(const QString &guid);
    /// Test Connection's group probe: `GET /Groups?excludedAttributes=members&filter=displayName eq "<guid>"`.
    static ScimCall testConnectionGroups(const QString &guid);
    /// The match query, §1.3: `GET /Users?filter=userName eq "<userName>"`.
    static ScimCall matchUser(const QString &userName);
    /// Create user, §1.5, from a flat export (AttributeMapping); the manager is not sent.
    static ScimCall createUser(const QJsonObject &flat);
    /// The operations that take the target from `before` to `after` (flat exports), §1.6–1.9:
    /// Add for an attribute that had no value, Replace for a changed one, Remove for one that lost
    /// its value; `active` as "True"/"False" (default) or a boolean (flagged); the manager as a
    /// bare-string id (§1.8). Empty when nothing changed.
    static QJsonArray userOperations(const QJsonObject &before, const QJsonObject &after, bool aadOptscim062020);
    /// `PATCH /Users/{id}` with `operations`.
    static ScimCall patchUser(const QString &id, const QJsonArray &operations);
    /// Delete user, §1.10.
    static ScimCall deleteUser(const QString &id);
    /// Group lookup, §1.11: `GET /Groups?excludedAttributes=members&filter=displayName eq "<name>"`.
    static ScimCall matchGroup(const QString &displayName);
    /// Create group, §1.12: core and ADSCIM schemas, externalId, displayName, meta; no members.
    static ScimCall createGroup(const QString &objectId, const QString &displayName);
    /// Rename group, §1.15: Replace of displayName.
    static ScimCall renameGroup(const QString &id, const QString &displayName, bool aadOptscim062020);
    /// Add members, §1.13: one Add of `path: members` with a value array (`$ref` null).
    static ScimCall addMembers(const QString &id, const QStringList &memberIds, bool aadOptscim062020);
    /// Remove members, §1.14: a Remove with a value array (default), or one
    /// `members[value eq "…"]` op per member (flagged).
    static ScimCall removeMembers(const QString &id, const QStringList &memberIds, bool aadOptscim062020);
    /// Delete group, §1.16.
    static ScimCall deleteGroup(const QString &id);

    /// A PatchOp message with `operations` (RFC 7644 §3.5.2).
    static QJsonObject patchOp(const QJsonArray &operations);
};

} // namespace scimmon
