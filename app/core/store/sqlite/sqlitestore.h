#pragma once

#include "store/store.h"
#include "store/storeconfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace scimmon {

/// The Store on SQLite through Qt Sql's QSQLITE driver: one database file, WAL journal so that
/// readers on other connections never block the writer, `synchronous=NORMAL` (a committed
/// transaction survives the process dying), foreign keys on, and a 5 s busy timeout for writers
/// in other processes (the `token` command while the receiver runs).
class WalCheckpointer;

class SqliteStore final : public Store
{
public:
    /// Opens (creating if needed) the database at `path` on a new connection named
    /// `connectionName` and migrates it. nullptr with `*error` set on failure.
    static std::unique_ptr<SqliteStore> open(const QString &path, const QString &connectionName, QString *error);
    ~SqliteStore() override;

    /// Write-ahead log pages after which a commit runs a checkpoint itself when checkpoints are
    /// left to a WalCheckpointer (SQLite's default is 1,000): only if that falls behind.
    static constexpr int kBackstopCheckpointPages = 20000;
    /// Sets SQLite's `wal_autocheckpoint` for this connection, in pages (0: never). False on failure.
    bool setWalAutoCheckpoint(int pages);
    /// Leaves this connection's WAL checkpoints to a WalCheckpointer of its own (on the database
    /// of `config`), running one in a commit only past kBackstopCheckpointPages: for the
    /// receiver's writer, whose commits then never wait for a checkpoint's disk syncs.
    void checkpointInBackground(const StoreConfig &config);

    QString backend() const override;
    QString location() const override;
    StoreError lastError() const override { return m_error; }

    bool begin() override;
    bool commit() override;
    void rollback() override;

    std::optional<Resource> resource(ResourceKind kind, const QString &id) override;
    QList<Resource> findResources(ResourceKind kind, const ResourceQuery &query) override;
    qint64 countResources(ResourceKind kind, const ResourceQuery &query) override;
    QString idForName(ResourceKind kind, const QString &name) override;
    bool insertResource(ResourceKind kind, const Resource &resource) override;
    bool updateResource(ResourceKind kind, const Resource &resource) override;
    bool deleteResource(ResourceKind kind, const QString &id) override;
    bool deleteAllResources() override;
    // The window's Users and Groups tables: sqlitebrowse.cpp
    BrowsePage browseResources(ResourceKind kind, const BrowseQuery &query) override;

    QList<MemberRef> members(const QString &groupId) override;
    qint64 memberCount(const QString &groupId) override;
    QHash<QString, QList<GroupRef>> groupsOf(const QStringList &userIds) override;
    QHash<QString, QString> memberTypes(const QStringList &ids) override;
    qint64 addMembers(const QString &groupId, const QList<MemberRef> &members, QStringList *added = nullptr) override;
    qint64 removeMembers(const QString &groupId, const QStringList &memberIds, QStringList *removed = nullptr) override;
    qint64 removeAllMembers(const QString &groupId) override;

    qint64 insertToken(const TokenRecord &token) override;
    QList<TokenRecord> tokens() override;
    std::optional<TokenRecord> tokenByHash(const QByteArray &hash) override;
    std::optional<TokenRecord> token(qint64 id) override;
    bool revokeToken(qint64 id, const QDateTime &when) override;
    bool setTokenExpiry(qint64 id, const QDateTime &expires) override;
    bool deleteToken(qint64 id) override;
    bool recordTokenUse(qint64 id, const QDateTime &when, qint64 requests) override;

    qint64 appendRequest(const RequestRecord &record) override;
    QList<RequestRecord> recentRequests(int limit) override;
    qint64 requestCount() override;
    // Request log views and retention: sqliterequestlog.cpp
    QList<RequestRecord> requestPage(const RequestFilter &filter, qint64 beforeId, qint64 afterId, int limit) override;
    qint64 countRequests(const RequestFilter &filter) override;
    RequestLogSnapshot requestLogSnapshot(const RequestFilter &filter, int limit) override;
    bool forEachRequest(const RequestFilter &filter, const std::function<bool(const RequestRecord &)> &visit) override;
    qint64 pruneRequestLog(const QDateTime &olderThan, qint64 keepRows, int maxDelete) override;
    bool saveCycle(ProvisioningCycle &cycle) override;
    QList<ProvisioningCycle> cycles(int limit) override;
    bool saveTrafficMinute(const TrafficMinute &minute) override;
    QList<TrafficMinute> traffic(const QDateTime &since) override;
    OverviewCounts overviewCounts(const QDateTime &now) override;

    bool appendAudit(const QList<AuditEvent> &events) override;
    qint64 countAudit(const AuditFilter &filter) override;
    QList<AuditEvent> auditEvents(const AuditFilter &filter, qint64 offset, qint64 limit) override;
    bool forEachAudit(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit) override;
    bool forEachAuditRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit) override;
    QHash<QString, QString> resourceNames(const QStringList &ids) override;

private:
    /// Maps each of `ids` that names a user or a group to `userColumn` of scim_users or
    /// `groupColumn` of scim_groups (SQL expressions), queried in chunks; unknown ids are absent.
    QHash<QString, QString> userOrGroupColumn(const QStringList &ids, const QString &userColumn,
                                              const QString &groupColumn);
    SqliteStore(QSqlDatabase db, QString path);
    /// A prepared statement for `sql`, prepared once per connection and reused.
    QSqlQuery *prepared(const QString &sql);
    /// Runs a prepared statement with `values` bound in order; records the error on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values);
    bool fail(const QSqlQuery &query, StoreError::Kind kind = StoreError::Kind::Io);
    void clearError() { m_error = {}; }
    qint64 groupSeq(const QString &groupId);
    bool writeEmails(qint64 userSeq, const QJsonObject &data);
    QString whereClause(ResourceKind kind, const ResourceQuery &query, QVariantList &values) const;
    static QString orderBy(ResourceKind kind, const ResourceQuery &query);
    static Resource readResource(const QSqlQuery &q);
    static TokenRecord readToken(const QSqlQuery &q);
    /// Runs `sql`, which changes the token row `id`; NotFound when no row changed.
    bool changeToken(const QString &sql, const QVariantList &values, qint64 id);
    static RequestRecord readRequest(const QSqlQuery &q);
    /// The request_log columns readRequest() reads, in its order, for SELECT lists.
    static const QString &requestColumns();
    /// Reads the columns of migration 0004 (idp, attempted_operation, cycle_id) by name.
    static void readRequestViews(const QSqlQuery &q, RequestRecord &r);
    /// The SQL conditions (to be ANDed) for `filter`, binding their values into `values` in order.
    static QStringList requestWhere(const RequestFilter &filter, QVariantList &values);
    /// Up to `limit` entries matching `filter` with ids above `afterId`, oldest first.
    QList<RequestRecord> requestsAfter(const RequestFilter &filter, qint64 afterId, int limit);
    /// Runs `sql` with `values` on a statement of its own (for SQL built from a filter, which is
    /// not worth caching); nullopt with the error recorded on failure.
    std::optional<QSqlQuery> runDynamic(const QString &sql, const QVariantList &values);
    /// A single number from `sql` with `values`; -1 on failure.
    qint64 scalar(const QString &sql, const QVariantList &values);
    static AuditEvent readAudit(const QSqlQuery &q);
    /// Writes the columns the Users and Groups tables search, sort and filter by (migration 0005)
    /// from `data`, for the resource `id` just inserted or updated. False on failure.
    bool writeBrowseColumns(ResourceKind kind, const QString &id, const QJsonObject &data);
    /// Fills those columns for resources stored before migration 0005 (or by an older version);
    /// called once when the store opens. False on failure.
    bool deriveMissingBrowseColumns();
    /// The ORDER BY and WHERE parts of a browse query (sqlitebrowse.cpp).
    static QString browseOrder(ResourceKind kind, const BrowseQuery &query);
    static QString browseWhere(ResourceKind kind, const BrowseQuery &query, QVariantList &values);
    /// Counts the rows of `table` (aliased t) matching `where` into `page.matching`.
    bool readMatching(const QString &table, const QString &where, const QVariantList &values, BrowsePage &page);
    static QString auditWhere(const AuditFilter &filter, QVariantList &values);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    StoreError m_error;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< see checkpointInBackground()
};

} // namespace scimmon
