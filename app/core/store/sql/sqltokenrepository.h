#pragma once

#include "store/tokenrepository.h"

namespace scimmon {

class SqlDatabase;

/// The TokenRepository on SQL (table tokens; an access token's oauth_client names its client).
class SqlTokenRepository final : public TokenRepository
{
public:
    explicit SqlTokenRepository(SqlDatabase &db);

    qint64 insert(const TokenRecord &token) override;
    QList<TokenRecord> all() override;
    QList<TokenRecord> accessTokens(qint64 client, const QDateTime &now) override;
    bool revokeAccessTokens(qint64 client, const QDateTime &when) override;
    bool removeAccessTokens(qint64 client) override;
    qint64 pruneAccessTokens(const QDateTime &before) override;
    std::optional<TokenRecord> byHash(const QByteArray &hash) override;
    std::optional<TokenRecord> byId(qint64 id) override;
    bool revoke(qint64 id, const QDateTime &when) override;
    bool setExpiry(qint64 id, const QDateTime &expires) override;
    bool remove(qint64 id) override;
    bool recordUse(qint64 id, const QDateTime &when, qint64 requests) override;
    quint64 revision() const override { return m_revision; }

private:
    /// Runs `sql`, which changes the token row `id`; NotFound when no row changed.
    bool change(const QString &sql, const QVariantList &values, qint64 id);
    std::optional<TokenRecord> one(const QString &where, const QVariant &value);

    SqlDatabase &m_db;
    quint64 m_revision = 0; ///< see revision()
};

} // namespace scimmon
