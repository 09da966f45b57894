#pragma once

#include "model/tokenrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace scimmon {

/// The Secret Tokens, stored as SHA-256 hashes (TokenService makes and checks them).
class TokenRepository
{
public:
    virtual ~TokenRepository() = default;

    /// Inserts a token and returns its id (0 on failure; Conflict when the hash exists).
    virtual qint64 insert(const TokenRecord &token) = 0;
    /// Every token, oldest first.
    virtual QList<TokenRecord> all() = 0;
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
};

} // namespace scimmon
