#pragma once

#include "../store/store.h"

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

/// Issues and checks the bearer tokens IdPs send as the "Secret Token" (RFC 6750 bearer scheme,
/// as Entra ID and Okta use it). Tokens are 256 random bits in base64url (43 characters); only
/// their SHA-256 hash is stored, so checking a request needs no keychain.
class TokenService
{
public:
    /// Longest expiry a token can be given, in days (100 years).
    static constexpr int kMaxExpiryDays = 36500;

    explicit TokenService(Store &store);

    /// Creates a token labelled `label` that expires `expiresInDays` days from now (0: never),
    /// recorded as token.created in the same transaction.
    /// Returns std::nullopt and sets `*error` when the store fails, the label is empty or holds
    /// control characters, or the expiry is outside 0..kMaxExpiryDays.
    std::optional<NewToken> create(const QString &label, int expiresInDays, QString *error);

    /// Checks an Authorization header value ("Bearer <token>", scheme in any case) against the
    /// stored tokens, at time `now`. Successful checks are counted and flushed by flushUsage().
    AuthCheck check(const QByteArray &authorization, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Writes the request counts and last-use times gathered by check() since the last flush.
    void flushUsage();

    /// Revokes token `id` now, recorded as token.revoked. False with `*error` set when there is no
    /// such token.
    bool revoke(qint64 id, QString *error);

    /// Rotates token `id`: creates a new token with the same label and expiry period, and lets the
    /// old one expire `graceHours` hours from now (0: at once) so the IdP can be switched without
    /// a gap. Recorded as token.rotated. std::nullopt with `*error` set when there is no usable
    /// token `id` or the store fails.
    std::optional<NewToken> rotate(qint64 id, int graceHours, QString *error);

    /// The actor recorded in the audit trail for token changes; "local" by default.
    void setActor(const QString &actor) { m_actor = actor; }

    /// True when at least one token is neither revoked nor expired.
    bool hasUsableToken(const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Hex SHA-256 of a token text, as stored.
    static QByteArray hash(const QString &secret);
    /// 32 bytes from the system's cryptographic random source, base64url without padding.
    static QString generateSecret();

private:
    struct Usage
    {
        qint64 count = 0;
        QDateTime last;
    };
    bool audit(const QString &action, const TokenRecord &token, const QList<AuditChange> &changes);

    Store &m_store;
    QHash<qint64, Usage> m_usage;
    QString m_actor = QStringLiteral("local");
};

} // namespace scimmon
