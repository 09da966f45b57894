#pragma once

#include <QDateTime>
#include <QString>

namespace scimmon {

/// Where a federated client's signing keys come from: a JSON Web Key Set (RFC 7517 §5) at an
/// `https://` (or `http://`) URL, or in a local file.
struct FederationTrust
{
    QString
        issuer; ///< the `iss` an assertion must carry, exactly (e.g. "https://login.microsoftonline.com/<tenant>/v2.0")
    QString subject; ///< the `sub` it must carry (empty: any subject of that issuer)
    QString audience; ///< the `aud` it must carry (empty: the token endpoint's own URL)
    QString jwks; ///< the key set's URL or file path

    bool isSet() const { return !issuer.isEmpty(); }
    bool operator==(const FederationTrust &) const = default;
};

/// An OAuth 2.0 client of the receiver's token endpoint (RFC 6749 §2): the identity provider's
/// provisioning job, as Entra's "OAuth2 client credentials grant" and "workload identity based
/// authentication" know it. Its secrets are stored apart and only as hashes.
struct OAuthClient
{
    qint64 id = 0; ///< row id
    QString clientId; ///< the Client Identifier the IdP sends (RFC 6749 §2.2), a UUID
    QString name; ///< label for the window, the log and the audit trail
    int tokenLifetimeMinutes = 60; ///< lifetime of the access tokens it is issued
    QDateTime created;
    QDateTime revoked; ///< invalid: not revoked
    FederationTrust federation; ///< not set: the client has no jwt-bearer grant
};

/// One Client Secret of a client, as stored: only its SHA-256 hash. A rotation adds a secret and
/// lets the previous ones expire after a grace period, so several may be valid at once.
struct OAuthSecret
{
    qint64 id = 0;
    qint64 client = 0; ///< OAuthClient::id
    QByteArray hash; ///< hex SHA-256 of the secret text
    QDateTime created;
    QDateTime expires; ///< invalid: until the next rotation
};

} // namespace scimmon
