#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"
#include "oauth/oauthclientservice.h"

#include <QLatin1StringView>

namespace scimmon {

class JwksCache;
class Store;

/// The receiver's OAuth 2.0 token endpoint, `POST /oauth2/token` beside the Tenant URL, as Entra's
/// "OAuth2 client credentials grant" and "workload identity based authentication" call it:
/// - `grant_type=client_credentials` (RFC 6749 §4.4) with the client authenticated by HTTP Basic
///   or by `client_id` and `client_secret` form fields (§2.3.1, one method only), or by a signed
///   `client_assertion` (RFC 7523 §2.2, verified like the jwt-bearer grant's; refusals are then
///   `invalid_client`);
/// - `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` (RFC 7523 §2.1) with an `assertion`
///   signed by an issuer a client trusts (FederationTrust), verified by AssertionVerifier against
///   the issuer's key set.
/// Issues opaque access tokens (OAuthClientService::issue()) that the SCIM endpoints accept as
/// bearer tokens until they expire or their client is revoked. Every refusal is an RFC 6749 §5.2
/// error (`invalid_request`, `invalid_client` 401 with `WWW-Authenticate`, `invalid_grant`,
/// `unsupported_grant_type`) whose body carries only the error code; the reason (which client,
/// which claim) goes to the request log. Single-threaded, like ScimRouter.
class TokenEndpoint
{
public:
    /// The endpoint's path on the receiver.
    static constexpr QLatin1StringView kPath{"/oauth2/token"};
    /// Largest token request body read, in bytes (an assertion is at most 16 KiB); larger ones
    /// are refused with `invalid_request` unread.
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    /// The RFC 7523 §2.1 grant type.
    static constexpr QLatin1StringView kJwtBearer{"urn:ietf:params:oauth:grant-type:jwt-bearer"};
    /// The RFC 7523 §2.2 client assertion type.
    static constexpr QLatin1StringView kClientAssertionType{"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"};

    /// `keys`: where the jwt-bearer grant's key sets come from (nullptr: that grant is refused
    /// with `invalid_grant`, the log saying no key set is available).
    explicit TokenEndpoint(Store &store, JwksCache *keys = nullptr);

    /// The receiver's own scheme, host and port as it announces its Tenant URL
    /// ("http://127.0.0.1:8080"): the token endpoint's URL there is an assertion's default audience.
    /// Never taken from a request (its Host header is the client's to choose).
    void setOwnOrigin(const QString &origin) { m_ownOrigin = origin; }

    /// True when `path` is the token endpoint's (any letter case, no trailing slash).
    static bool isTokenPath(const QString &path);
    /// The token endpoint's URL for a request that addressed `origin` ("http://host:port"): the
    /// default audience of an assertion, and what the connect guide calls the Token Endpoint.
    static QString url(const QString &origin) { return origin + kPath; }
    /// The scheme, host and port of `tenantUrl` ("http://127.0.0.1:8080/scim/v2" gives
    /// "http://127.0.0.1:8080"); empty when it is not a Tenant URL (e.g. while the receiver starts).
    static QString originOf(const QString &tenantUrl);

    /// Answers one request to kPath. Fills `record`: operation TokenRequest, the client's name as
    /// the token label and target, the refusal's reason in authFailure. Writes (the issued
    /// token) happen in the caller's transaction.
    HttpResponse handle(const HttpRequest &request, RequestRecord &record);

    /// The key set (a URL) the jwt-bearer `request` needs and the cache does not hold fresh: the
    /// caller fetches it (JwksCache::fetch(), which does not ask again while a failure is
    /// remembered) and then calls handle().
    /// Empty for every other request.
    QString keySetToFetch(const HttpRequest &request);

private:
    struct Refusal
    {
        int status = 400;
        QByteArray error; ///< the RFC 6749 §5.2 error code
        QString reason; ///< for the log
    };
    HttpResponse clientCredentials(const HttpRequest &request, const QList<QPair<QString, QString>> &form,
                                   RequestRecord &record, Refusal &refusal);
    HttpResponse jwtBearer(const QList<QPair<QString, QString>> &form, RequestRecord &record, Refusal &refusal);
    /// Verifies `assertion` (from the jwt-bearer grant, or a client assertion) for the client that
    /// trusts its issuer (or `clientId`'s), and answers with that client's token; a refusal has
    /// `error` and `status`.
    HttpResponse assertionGrant(const QByteArray &assertion, const QString &clientId, const QByteArray &error,
                                int status, RequestRecord &record, Refusal &refusal);
    /// The client that trusts the issuer of `assertion` (by its unverified `iss` and `sub`), or the
    /// one named by `clientId` when given; std::nullopt with `*why` set when none does.
    std::optional<OAuthClient> trustingClient(const QByteArray &assertion, const QString &clientId, QString *why);
    /// The 200 answer with `client`'s new access token; a 500 `server_error` when the store fails.
    HttpResponse tokenResponse(const OAuthClient &client, RequestRecord &record, Refusal &refusal);

    Store &m_store;
    OAuthClientService m_clients;
    JwksCache *m_keys;
    QString m_ownOrigin;
};

} // namespace scimmon
