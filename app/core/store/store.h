#pragma once

#include "model/auditevent.h"
#include "model/overviewcounts.h"
#include "model/provisioningcycle.h"
#include "model/requestfilter.h"
#include "model/requestlogsnapshot.h"
#include "model/requestrecord.h"
#include "model/resource.h"
#include "model/resourcekind.h"
#include "model/tokenrecord.h"
#include "model/trafficminute.h"
#include "store/browsequery.h"
#include "store/resourcequery.h"

#include <QHash>
#include <QString>

#include <functional>

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
    /// Deletes every user, group and membership (tokens, the request log and the audit trail stay).
    virtual bool deleteAllResources() = 0;
    /// The Users (kind User) or Groups table of the window: one page of the resources matching
    /// `query`'s search and filter in its order, with the number that match (counted unless
    /// `query.knownMatching` gives it) and the number of resources of the kind, read in one read
    /// transaction. Counts are -1 and rows empty on failure (see lastError()).
    virtual BrowsePage browseResources(ResourceKind kind, const BrowseQuery &query) = 0;

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
    /// Sets when a token expires (invalid: never). NotFound.
    virtual bool setTokenExpiry(qint64 id, const QDateTime &expires) = 0;
    /// Deletes a token's row (its hash goes with it; request log entries keep its label). NotFound.
    virtual bool deleteToken(qint64 id) = 0;
    /// Adds `requests` to the token's request count and sets its last use.
    virtual bool recordTokenUse(qint64 id, const QDateTime &when, qint64 requests) = 0;

    // --- request log ------------------------------------------------------------------------
    /// Appends one entry and returns its id (0 on failure).
    virtual qint64 appendRequest(const RequestRecord &record) = 0;
    /// The newest `limit` entries, oldest first.
    virtual QList<RequestRecord> recentRequests(int limit) = 0;
    virtual qint64 requestCount() = 0;
    /// Up to `limit` entries matching `filter`, oldest first, read by id (keyset paging): with
    /// `afterId` > 0 the oldest ones newer than it; otherwise the newest ones older than `beforeId`
    /// (0: the newest of all). Empty on failure (see lastError()).
    virtual QList<RequestRecord> requestPage(const RequestFilter &filter, qint64 beforeId, qint64 afterId, int limit)
        = 0;
    /// How many entries match `filter`; -1 on failure.
    virtual qint64 countRequests(const RequestFilter &filter) = 0;
    /// In one read transaction (which never holds up the writer): the newest `limit` entries
    /// matching `filter`, the number of entries and of matching ones, and the newest id.
    virtual RequestLogSnapshot requestLogSnapshot(const RequestFilter &filter, int limit) = 0;
    /// Calls `visit` with every entry matching `filter`, oldest first, a page at a time (for
    /// exports of any size; no statement stays open between pages). Returns false when `visit`
    /// stopped it by returning false, or on failure.
    virtual bool forEachRequest(const RequestFilter &filter, const std::function<bool(const RequestRecord &)> &visit)
        = 0;
    /// Retention: deletes, oldest first and at most `maxDelete` in one call, the entries older than
    /// `olderThan` (invalid: no age limit) and those beyond the newest `keepRows` (0: no row limit),
    /// with the provisioning cycles and traffic minutes that ended before `olderThan`. Returns the
    /// number of entries deleted (call again while it equals `maxDelete`), -1 on failure.
    virtual qint64 pruneRequestLog(const QDateTime &olderThan, qint64 keepRows, int maxDelete) = 0;
    /// Inserts `cycle` (id 0; its new id is set) or updates the stored one. False on failure.
    virtual bool saveCycle(ProvisioningCycle &cycle) = 0;
    /// The newest `limit` provisioning cycles, newest first.
    virtual QList<ProvisioningCycle> cycles(int limit) = 0;
    /// Writes the counts of one minute (replacing what was stored for it). False on failure.
    virtual bool saveTrafficMinute(const TrafficMinute &minute) = 0;
    /// The stored minutes from `since` on, oldest first.
    virtual QList<TrafficMinute> traffic(const QDateTime &since) = 0;
    /// Counts of users, active users, groups, memberships, usable tokens (at `now`) and log entries.
    virtual OverviewCounts overviewCounts(const QDateTime &now) = 0;

    // --- audit trail ------------------------------------------------------------------------
    /// Appends events; call inside the transaction of the change they describe.
    virtual bool appendAudit(const QList<AuditEvent> &events) = 0;
    /// How many events match `filter`; -1 on failure.
    virtual qint64 countAudit(const AuditFilter &filter) = 0;
    /// Events matching `filter`, newest first, paged.
    virtual QList<AuditEvent> auditEvents(const AuditFilter &filter, qint64 offset, qint64 limit) = 0;
    /// Calls `visit` with every matching event, oldest first, reading row by row. Stops early,
    /// returning false, when `visit` returns false; false on failure too.
    virtual bool forEachAudit(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit) = 0;
    /// As forEachAudit(), with each event as stored text (no parsing): for exports of any size.
    virtual bool forEachAuditRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit) = 0;
    /// The userName or displayName of each of `ids` that exists.
    virtual QHash<QString, QString> resourceNames(const QStringList &ids) = 0;
};

} // namespace scimmon
