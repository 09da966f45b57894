#pragma once

#include "../scim/resource.h"
#include "../scim/resourcekind.h"
#include "storetypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace scimmon {

/// Why a store call failed.
struct StoreError
{
    enum class Kind {
        None,
        Conflict, ///< a unique column would hold a duplicate (userName, displayName, token hash)
        NotFound, ///< the row to change does not exist
        Io, ///< the database failed (disk full, locked past the busy timeout, corrupt, ...)
    };
    Kind kind = Kind::None;
    QString message;
    bool ok() const { return kind == Kind::None; }
};

/// Persistent storage of resources, memberships, tokens and the request log. One instance is one
/// database connection and must be used only on the thread that opened it (Qt Sql's rule); open
/// one per thread through StoreFactory. Calls that change data either succeed or change nothing;
/// several calls are made atomic with begin()/commit(). Calls return false (or an empty result)
/// on failure and leave the reason in lastError().
class Store
{
public:
    virtual ~Store() = default;

    /// "sqlite" or "postgresql".
    virtual QString backend() const = 0;
    /// Where the data lives, for messages: a file path or a server address.
    virtual QString location() const = 0;
    virtual StoreError lastError() const = 0;

    // --- transactions -----------------------------------------------------------------------
    virtual bool begin() = 0;
    /// Makes the changes since begin() durable; a response may be sent only after it returns true.
    virtual bool commit() = 0;
    virtual void rollback() = 0;

    // --- users and groups -------------------------------------------------------------------
    virtual std::optional<Resource> resource(ResourceKind kind, const QString &id) = 0;
    /// Resources matching every condition, in creation order, paged by offset/limit.
    virtual QList<Resource> findResources(ResourceKind kind, const ResourceQuery &query) = 0;
    /// How many resources match the conditions (offset and limit are ignored). -1 on failure.
    virtual qint64 countResources(ResourceKind kind, const ResourceQuery &query) = 0;
    /// The id of the resource whose userName (users) or displayName (groups) equals `name`
    /// without regard to case; empty if none.
    virtual QString idForName(ResourceKind kind, const QString &name) = 0;
    /// Inserts a new resource. Conflict when its name is taken.
    virtual bool insertResource(ResourceKind kind, const Resource &resource) = 0;
    /// Overwrites attributes and metadata of an existing resource. NotFound, Conflict.
    virtual bool updateResource(ResourceKind kind, const Resource &resource) = 0;
    /// Deletes a resource and every membership row naming it (as group or as member). NotFound.
    virtual bool deleteResource(ResourceKind kind, const QString &id) = 0;

    // --- memberships ------------------------------------------------------------------------
    /// The members of a group, with `display` filled from the member's displayName or userName.
    virtual QList<MemberRef> members(const QString &groupId) = 0;
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

    // --- tokens -----------------------------------------------------------------------------
    /// Inserts a token and returns its id (0 on failure).
    virtual qint64 insertToken(const TokenRecord &token) = 0;
    virtual QList<TokenRecord> tokens() = 0;
    virtual std::optional<TokenRecord> tokenByHash(const QByteArray &hash) = 0;
    virtual std::optional<TokenRecord> token(qint64 id) = 0;
    /// Marks a token revoked at `when`. NotFound.
    virtual bool revokeToken(qint64 id, const QDateTime &when) = 0;
    /// Adds `requests` to the token's request count and sets its last use.
    virtual bool recordTokenUse(qint64 id, const QDateTime &when, qint64 requests) = 0;

    // --- request log ------------------------------------------------------------------------
    /// Appends one entry and returns its id (0 on failure).
    virtual qint64 appendRequest(const RequestRecord &record) = 0;
    /// The newest `limit` entries, oldest first.
    virtual QList<RequestRecord> recentRequests(int limit) = 0;
    virtual qint64 requestCount() = 0;
};

} // namespace scimmon
