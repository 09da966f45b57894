#pragma once

#include "model/oauthclient.h"

#include <QList>

#include <optional>

namespace scimmon {

/// The OAuth clients of the token endpoint and their Client Secrets (hashes only). The access
/// tokens they are issued live with the Secret Tokens (TokenRepository, TokenRecord::client).
class OAuthClientRepository
{
public:
    virtual ~OAuthClientRepository() = default;

    /// Inserts a client and returns its row id (0 on failure; Conflict when the Client Identifier
    /// exists).
    virtual qint64 insert(const OAuthClient &client) = 0;
    /// Every client, oldest first.
    virtual QList<OAuthClient> all() = 0;
    virtual std::optional<OAuthClient> byId(qint64 id) = 0;
    /// The client with Client Identifier `clientId` (exact).
    virtual std::optional<OAuthClient> byClientId(const QString &clientId) = 0;
    /// Marks a client revoked at `when` (an earlier revocation stays). NotFound.
    virtual bool revoke(qint64 id, const QDateTime &when) = 0;
    /// Replaces a client's federation trust (unset: no jwt-bearer grant). NotFound.
    virtual bool setFederation(qint64 id, const FederationTrust &trust) = 0;
    /// Deletes a client with its secrets; its access tokens must be gone first
    /// (TokenRepository::removeAccessTokens(), in the same transaction). NotFound.
    virtual bool remove(qint64 id) = 0;

    /// Adds a secret; returns its row id (0 on failure; Conflict when the hash exists).
    virtual qint64 insertSecret(const OAuthSecret &secret) = 0;
    /// The secrets of client `client`, oldest first.
    virtual QList<OAuthSecret> secrets(qint64 client) = 0;
    /// Lets every secret of `client` that has no earlier expiry expire at `when`, except secret
    /// `keep` (a rotation's new one).
    virtual bool expireSecrets(qint64 client, qint64 keep, const QDateTime &when) = 0;
};

} // namespace scimmon
