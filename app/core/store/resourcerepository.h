#pragma once

#include "model/resource.h"
#include "model/resourcekind.h"
#include "store/resourcequery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scimmon {

/// The users and groups (RFC 7643 §4) and the group memberships, each membership a row of its
/// own, so that adding one member to a 100,000-member group does not rewrite the group. Names are
/// compared case-folded (userName and group displayName are unique without regard to case).
class ResourceRepository
{
public:
    virtual ~ResourceRepository() = default;

    /// The resource `id` of `kind`; nullopt when there is none (or on failure, see lastError()).
    virtual std::optional<Resource> resource(ResourceKind kind, const QString &id) = 0;
    /// Resources matching every condition of `query`, in its order, paged by offset/limit.
    virtual QList<Resource> find(ResourceKind kind, const ResourceQuery &query) = 0;
    /// How many resources match the conditions (offset and limit are ignored). -1 on failure.
    virtual qint64 count(ResourceKind kind, const ResourceQuery &query) = 0;
    /// The id of the resource whose userName (users) or displayName (groups) equals `name`
    /// without regard to case; empty if none.
    virtual QString idForName(ResourceKind kind, const QString &name) = 0;
    /// Inserts a new resource. Conflict when its name is taken.
    virtual bool insert(ResourceKind kind, const Resource &resource) = 0;
    /// Overwrites attributes and metadata of an existing resource. NotFound, Conflict.
    virtual bool update(ResourceKind kind, const Resource &resource) = 0;
    /// Deletes a resource and every membership row naming it (as group or as member). NotFound.
    virtual bool remove(ResourceKind kind, const QString &id) = 0;
    /// Deletes every user, group and membership (tokens, the request log and the audit trail stay).
    virtual bool removeAll() = 0;
    /// The userName or displayName of each of `ids` that exists.
    virtual QHash<QString, QString> names(const QStringList &ids) = 0;

    /// The members of a group, with `display` filled from the member's displayName or userName.
    virtual QList<MemberRef> members(const QString &groupId) = 0;
    /// How many direct members a group has; -1 on failure.
    virtual qint64 memberCount(const QString &groupId) = 0;
    /// For each of `userIds`, the groups the user is a direct member of.
    virtual QHash<QString, QList<GroupRef>> groupsOf(const QStringList &userIds) = 0;
    /// The resource type ("User" or "Group") of each of `ids` that exists; unknown ids are absent.
    virtual QHash<QString, QString> memberTypes(const QStringList &ids) = 0;
    /// Adds members to a group; ones already present are left alone. Returns how many were added,
    /// -1 on failure; `added`, when given, receives their ids.
    virtual qint64 addMembers(const QString &groupId, const QList<MemberRef> &members, QStringList *added = nullptr)
        = 0;
    /// Removes the given member ids; absent ones are ignored. Returns how many were removed, -1 on
    /// failure; `removed`, when given, receives their ids.
    virtual qint64 removeMembers(const QString &groupId, const QStringList &memberIds, QStringList *removed = nullptr)
        = 0;
    /// Removes every member. Returns how many were removed, -1 on failure.
    virtual qint64 removeAllMembers(const QString &groupId) = 0;
};

} // namespace scimmon
