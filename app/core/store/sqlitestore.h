#pragma once

#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace scimmon {

/// The Store on SQLite through Qt Sql's QSQLITE driver: one database file, WAL journal so that
/// readers on other connections never block the writer, `synchronous=NORMAL` (a committed
/// transaction survives the process dying), foreign keys on, and a 5 s busy timeout for writers
/// in other processes (the `token` command while the receiver runs).
class SqliteStore final : public Store
{
public:
    /// Opens (creating if needed) the database at `path` on a new connection named
    /// `connectionName` and migrates it. nullptr with `*error` set on failure.
    static std::unique_ptr<SqliteStore> open(const QString &path, const QString &connectionName, QString *error);
    ~SqliteStore() override;

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
    bool recordTokenUse(qint64 id, const QDateTime &when, qint64 requests) override;

    qint64 appendRequest(const RequestRecord &record) override;
    QList<RequestRecord> recentRequests(int limit) override;
    qint64 requestCount() override;

private:
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
    static RequestRecord readRequest(const QSqlQuery &q);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    StoreError m_error;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace scimmon
