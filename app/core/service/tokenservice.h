#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace scimmon {

/// A newly created Secret Token: the stored record and the token text, which exists only here
/// and is never stored (the database keeps its SHA-256 hash).
struct NewToken
{
    TokenRecord record;
    QString secret;
};

/// Outcome of checking a request's Authorization header.
struct AuthCheck
{
    enum class Failure { None, NoHeader, Malformed, UnknownToken, Revoked, Expired };
    Failure failure = Failure::None;
    TokenRecord token; ///< the matching token (also for Revoked and Expired)

    bool ok() const { return failure == Failure::None; }
    /// Why the request was refused, for the request log; the client only ever sees a plain 401.
    QString reason() const;
};

/// Where a token stands at a given moment, as the token manager and `token list` show it.
enum class TokenState {
    Active, ///< accepted, and not expiring within TokenService::kExpiringSoonDays
    ExpiringSoon, ///< accepted, but expires within TokenService::kExpiringSoonDays
    Expired, ///< refused: its expiry has passed (also the old token after a rotation's grace period)
    Revoked, ///< refused: revoked by an administrator
};

/// Issues and checks the bearer tokens IdPs send as the "Secret Token" (RFC 6750 bearer scheme,
/// as Entra ID and Okta use it). Tokens are 256 random bits in base64url (43 characters); only
/// their SHA-256 hash is stored, so checking a request needs no keychain.
class TokenService
{
public:
    /// Longest expiry a token can be given, in days (100 years).
    static constexpr int kMaxExpiryDays = 36500;

    /// A token whose expiry is this close (in days) counts as TokenState::ExpiringSoon.
    static constexpr int kExpiringSoonDays = 7;

    explicit TokenService(Store &store);

    /// The state of `token` at `now` (UTC). Revoked wins over Expired.
    static TokenState state(const TokenRecord &token, const QDateTime &now);
    /// The state in words: "active", "expiring soon", "expired" or "revoked".
    static QString stateText(TokenState state);
    /// True when requests with `token` are accepted at `now` (Active or ExpiringSoon).
    static bool isUsable(const TokenRecord &token, const QDateTime &now)
    {
        const TokenState s = state(token, now);
        return s == TokenState::Active || s == TokenState::ExpiringSoon;
    }

    /// Creates a token labelled `label` that expires `expiresInDays` days from now (0: never),
    /// recorded as token.created in the same transaction.
    /// Returns std::nullopt and sets `*error` when the store fails, the label is empty or holds
    /// control characters, or the expiry is outside 0..kMaxExpiryDays.
    std::optional<NewToken> create(const QString &label, int expiresInDays, QString *error);
    /// As create() above, expiring at `expires` (UTC; invalid: never). Refused with `*error` set
    /// when `expires` is not in the future or more than kMaxExpiryDays away.
    std::optional<NewToken> create(const QString &label, const QDateTime &expires, QString *error);

    /// Checks an Authorization header value ("Bearer <token>", scheme in any case) against the
    /// stored tokens, at time `now`. Successful checks are counted and flushed by flushUsage().
    /// Inside a write transaction on a store that tells others' changes (Database::othersChanges(),
    /// SQLite), the tokens found are remembered and checked again without a query for as long as
    /// neither another connection nor this store's TokenRepository has changed anything since
    /// (TokenRepository::revision()): a revocation, expiry change or deletion from the window (which
    /// writes through the receiver's store), the command line or another process applies to the
    /// very next request. Revocation and expiry times are compared with `now` on every check.
    /// Unknown tokens are always looked up.
    AuthCheck check(const QByteArray &authorization, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Writes the request counts and last-use times gathered by check() since the last flush.
    void flushUsage();

    /// Revokes token `id` now, recorded as token.revoked. False with `*error` set when there is no
    /// such token or it is already revoked (no second event).
    bool revoke(qint64 id, QString *error);

    /// Rotates token `id`: creates a new token with the same label and expiry period, and lets the
    /// old one expire `graceHours` hours from now (0: at once) so the IdP can be switched without
    /// a gap. Recorded as token.rotated. std::nullopt with `*error` set when there is no usable
    /// token `id` or the store fails.
    std::optional<NewToken> rotate(qint64 id, int graceHours, QString *error);

    /// Deletes token `id`, which must be revoked or expired (a usable token is revoked first),
    /// recorded as token.deleted. Its requests in the log keep the label. False with `*error` set
    /// when there is no such token, it is still usable, or the store fails.
    bool remove(qint64 id, QString *error);
    /// Deletes every revoked and expired token (at `now`), each recorded as token.deleted, in one
    /// transaction. Returns the deleted tokens (possibly none); std::nullopt with `*error` set when
    /// the store fails (then none is deleted).
    std::optional<QList<TokenRecord>> removeUnusable(QString *error,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The actor recorded in the audit trail for token changes; "local" by default.
    void setActor(const QString &actor) { m_actor = actor; }

    /// True when at least one token is neither revoked nor expired.
    bool hasUsableToken(const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Hex SHA-256 of a token text, as stored.
    static QByteArray hash(const QString &secret);
    /// 32 bytes from the system's cryptographic random source, base64url without padding.
    static QString generateSecret();
    /// True when `a` and `b` are equal, compared in time that depends only on their lengths.
    static bool constantTimeEqual(const QByteArray &a, const QByteArray &b);

private:
    struct Usage
    {
        qint64 count = 0;
        QDateTime last;
    };
    bool audit(const QString &action, const TokenRecord &token, const QList<AuditChange> &changes);

    /// The stored token with hash `hash`, from the remembered ones when they are still current
    /// (see check()).
    std::optional<TokenRecord> find(const QByteArray &hash);

    /// Tokens remembered at most; one more empties the memory (a receiver has a handful).
    static constexpr qsizetype kMaxRemembered = 64;

    Store &m_store;
    QHash<qint64, Usage> m_usage;
    /// Tokens found by hash, valid while m_rememberedAt matches the store's state.
    QHash<QByteArray, TokenRecord> m_remembered;
    /// (Database::othersChanges(), TokenRepository::revision()) when m_remembered was filled.
    std::pair<quint64, quint64> m_rememberedAt{0, 0};
    QString m_actor = QStringLiteral("local");
};

} // namespace scimmon
