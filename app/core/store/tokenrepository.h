#pragma once

#include "model/tokenrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace scimmon {

/// The bearer tokens, stored as SHA-256 hashes: the Secret Tokens (TokenService makes and checks
/// them) and the access tokens the token endpoint issues to OAuth clients (TokenRecord::client).
class TokenRepository
{
public:
    virtual ~TokenRepository() = default;

    /// Inserts a token and returns its id (0 on failure; Conflict when the hash exists).
    virtual qint64 insert(const TokenRecord &token) = 0;
    /// Every Secret Token, oldest first (issued access tokens are not listed).
    virtual QList<TokenRecord> all() = 0;
    /// The access tokens issued to OAuth client `client` that are neither revoked nor expired at
    /// `now`.
    virtual QList<TokenRecord> accessTokens(qint64 client, const QDateTime &now) = 0;
    /// Revokes, at `when`, every access token issued to OAuth client `client`.
    virtual bool revokeAccessTokens(qint64 client, const QDateTime &when) = 0;
    /// Deletes every access token issued to OAuth client `client` (before the client itself).
    virtual bool removeAccessTokens(qint64 client) = 0;
    /// Deletes the access tokens that expired or were revoked before `before`; returns how many
    /// (-1 on a store failure).
    virtual qint64 pruneAccessTokens(const QDateTime &before) = 0;
    /// A Secret Token or an access token by hash.
    virtual std::optional<TokenRecord> byHash(const QByteArray &hash) = 0;
    virtual std::optional<TokenRecord> byId(qint64 id) = 0;
    /// Marks a token revoked at `when` (an earlier revocation stays). NotFound.
    virtual bool revoke(qint64 id, const QDateTime &when) = 0;
    /// Sets when a token expires (invalid: never). NotFound.
    virtual bool setExpiry(qint64 id, const QDateTime &expires) = 0;
    /// Deletes a token's row (its hash goes with it; request log entries keep its label). NotFound.
    virtual bool remove(qint64 id) = 0;
    /// Adds `requests` to the token's request count and sets its last use.
    virtual bool recordUse(qint64 id, const QDateTime &when, qint64 requests) = 0;
    /// A counter that grows with every change made through this repository that can change whether
    /// a token is accepted (insert, revoke, setExpiry, remove, revokeAccessTokens,
    /// removeAccessTokens, pruneAccessTokens; not recordUse), whether or not its transaction
    /// commits. Together with Database::othersChanges() it tells a cache of tokens that it is
    /// still current: every change of the tokens table on this connection goes through here.
    virtual quint64 revision() const = 0;
};

} // namespace scimmon
