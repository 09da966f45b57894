#pragma once

#include "store/oauthclientrepository.h"

namespace scimmon {

class SqlDatabase;

/// The OAuthClientRepository on SQL (tables oauth_clients, with the federation trust as one JSON
/// column, and oauth_client_secrets).
class SqlOAuthClientRepository final : public OAuthClientRepository
{
public:
    explicit SqlOAuthClientRepository(SqlDatabase &db);

    qint64 insert(const OAuthClient &client) override;
    QList<OAuthClient> all() override;
    std::optional<OAuthClient> byId(qint64 id) override;
    std::optional<OAuthClient> byClientId(const QString &clientId) override;
    bool revoke(qint64 id, const QDateTime &when) override;
    bool setFederation(qint64 id, const FederationTrust &trust) override;
    bool remove(qint64 id) override;
    qint64 insertSecret(const OAuthSecret &secret) override;
    QList<OAuthSecret> secrets(qint64 client) override;
    bool expireSecrets(qint64 client, qint64 keep, const QDateTime &when) override;

private:
    std::optional<OAuthClient> one(const QString &where, const QVariant &value);
    /// Runs `sql`, which changes client row `id`; NotFound when no row changed.
    bool change(const QString &sql, const QVariantList &values, qint64 id);

    SqlDatabase &m_db;
};

} // namespace scimmon
