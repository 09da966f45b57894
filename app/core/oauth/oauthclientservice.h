#pragma once

#include "model/oauthclient.h"
#include "model/tokenrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace scimmon {

class Store;
struct AuditChange;

/// A client as it was just created or rotated: the stored record and the Client Secret, which
/// exists only here (the database keeps its SHA-256 hash).
struct NewClientSecret
{
    OAuthClient client;
    QString secret;
};

/// An access token the token endpoint just issued: the stored record and the token text, which
/// exists only here.
struct IssuedToken
{
    TokenRecord record;
    QString accessToken;
    qint64 expiresInSeconds = 0;
};

/// Outcome of authenticating an OAuth client by Client Identifier and Client Secret (RFC 6749
/// §2.3.1).
struct ClientCheck
{
    enum class Failure { None, UnknownClient, WrongSecret, SecretExpired, Revoked };
    Failure failure = Failure::None;
    OAuthClient client; ///< the client named (also for WrongSecret, SecretExpired and Revoked)
    /// Why it was refused, for the request log (never for the client, which sees only
    /// `invalid_client`): which client, and what was wrong.
    QString reason;

    bool ok() const { return failure == Failure::None; }
};

/// The OAuth 2.0 clients of the receiver's token endpoint (RFC 6749 §2, §4.4): creates, rotates,
/// revokes and deletes them with their Client Secrets (256 random bits in base64url, stored only
/// as SHA-256 hashes), authenticates them, and issues their access tokens (stored hashed beside the
/// Secret Tokens, so that a SCIM request's bearer check is the same for both). Every change is
/// recorded in the audit trail (oauth_client.created, .rotated, .federation_changed, .revoked,
/// .deleted) in its own transaction. Issuing a token is not audited: the request log records it.
class OAuthClientService
{
public:
    /// Shortest, default and longest access-token lifetime in minutes: Microsoft's
    /// Validate_Credentials_Test expects 60 to 360.
    static constexpr int kMinLifetimeMinutes = 60;
    static constexpr int kDefaultLifetimeMinutes = 60;
    static constexpr int kMaxLifetimeMinutes = 360;
    /// Default hours a replaced Client Secret keeps working after a rotation.
    static constexpr int kDefaultGraceHours = 24;
    /// Issued access tokens that expired or were revoked this many hours ago are deleted.
    static constexpr int kKeepDeadTokensHours = 24;

    explicit OAuthClientService(Store &store);

    /// Creates a client named `name` whose access tokens live `lifetimeMinutes` minutes, with a
    /// new Client Identifier (a UUID) and Client Secret. std::nullopt with `*error` set when the
    /// name is empty, holds control characters or is another client's (any case), the lifetime
    /// is outside kMinLifetimeMinutes ..
    /// kMaxLifetimeMinutes, or the store fails.
    std::optional<NewClientSecret> create(const QString &name, int lifetimeMinutes, QString *error);

    /// Every client, oldest first (empty on a store failure).
    QList<OAuthClient> clients();
    /// True when at least one client is not revoked.
    bool hasActiveClient();
    /// The client whose Client Identifier is `key`, or else the one named `key` (any case).
    /// std::nullopt with `*error` set when there is none, or several have that name.
    std::optional<OAuthClient> find(const QString &key, QString *error);
    /// The secrets of `client` that are valid at `now` (several during a rotation's grace period).
    QList<OAuthSecret> liveSecrets(qint64 client, const QDateTime &now);
    /// How many access tokens issued to `client` are valid at `now`.
    int liveAccessTokens(qint64 client, const QDateTime &now);

    /// Adds a new Client Secret to client `id` and lets its other secrets expire `graceHours` hours
    /// from now (0: at once), so that the IdP can be switched without a gap. std::nullopt with
    /// `*error` set when there is no such client, it is revoked, `graceHours` is negative or above
    /// a year, or the store fails.
    std::optional<NewClientSecret> rotate(qint64 id, int graceHours, QString *error);

    /// Sets (or, with an unset `trust`, removes) client `id`'s federation trust for the
    /// jwt-bearer grant (RFC 7523 §2.1). False with `*error` set when there is no such client or
    /// it is revoked, the issuer is set without a key set or the reverse, the key set is neither an
    /// https:// URL (http:// on loopback only) nor an absolute path to a readable JSON Web Key Set,
    /// another active client trusts the same issuer for an overlapping subject (the token endpoint
    /// could not tell them apart), or the store fails.
    bool setFederation(qint64 id, const FederationTrust &trust, QString *error);

    /// Revokes client `id` and every access token it was issued, at once: the next request with
    /// one of them is refused. False with `*error` set when there is no such client or it is
    /// already revoked.
    bool revoke(qint64 id, QString *error);
    /// Deletes client `id` (revoked first when it is not), its secrets and its access tokens.
    /// False with `*error` set when there is no such client or the store fails.
    bool remove(qint64 id, QString *error);

    /// Authenticates `clientId` with `secret` at `now`: the client must exist and not be revoked,
    /// and the secret must match one of its secrets that has not expired. Compared by hash in
    /// constant time.
    ClientCheck authenticate(const QString &clientId, const QString &secret, const QDateTime &now);

    /// Issues `client` an access token valid from `now` for its lifetime, stored hashed under the
    /// client's name (the log shows it as the request's token), and deletes access tokens dead
    /// for kKeepDeadTokensHours. Call inside a write transaction. std::nullopt when the store
    /// fails.
    std::optional<IssuedToken> issue(const OAuthClient &client, const QDateTime &now);

    /// The actor recorded in the audit trail; "local" by default.
    void setActor(const QString &actor) { m_actor = actor; }

private:
    bool audit(const QString &action, const OAuthClient &client, const QList<AuditChange> &changes);
    /// Stores a new secret for `client` created at `now`; its text, or a null string on failure.
    QString addSecret(qint64 client, const QDateTime &now);

    Store &m_store;
    QString m_actor = QStringLiteral("local");
};

} // namespace scimmon
