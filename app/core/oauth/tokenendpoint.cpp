#include "oauth/tokenendpoint.h"

#include "oauth/assertionverifier.h"
#include "oauth/jwkscache.h"
#include "scim/scimconstants.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

using Form = QList<QPair<QString, QString>>;

/// The value of form field `name` (exact, as RFC 6749 names them); null when absent.
QString field(const Form &form, QLatin1StringView name)
{
    for (const auto &[key, value] : form)
        if (key == name)
            return value;
    return QString();
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    // RFC 6749 §5.1: responses with tokens or credentials must not be cached.
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

/// The unverified claims of a compact JWS (RFC 7515 §7.1), to find which client it is for.
QJsonObject unverifiedClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || jwt.size() > 16 * 1024)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

TokenEndpoint::TokenEndpoint(Store &store, JwksCache *keys)
    : m_store(store)
    , m_clients(store)
    , m_keys(keys)
{
}

QString TokenEndpoint::originOf(const QString &tenantUrl)
{
    return tenantUrl.endsWith(kScimBasePath) ? tenantUrl.chopped(kScimBasePath.size()) : QString();
}

bool TokenEndpoint::isTokenPath(const QString &path)
{
    return path.compare(kPath, Qt::CaseInsensitive) == 0;
}

HttpResponse TokenEndpoint::handle(const HttpRequest &request, RequestRecord &record)
{
    record.operation = Operation::TokenRequest;
    Refusal refusal;
    HttpResponse response;
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    // A token request is a few short fields; anything much larger is refused before it is read.
    const bool tooLarge = request.body.size() > kMaxBodyBytes;
    const Form form = tooLarge ? Form() : formItems(request.body);
    QString duplicate;
    QSet<QString> names;
    for (const auto &[name, value] : form) {
        if (names.contains(name)) {
            duplicate = name;
            break;
        }
        names.insert(name);
    }
    const QString grant = field(form, "grant_type"_L1);

    if (request.method != "POST") {
        refusal = {405, "invalid_request",
                   u"the token endpoint takes POST, not %1"_s.arg(QString::fromLatin1(request.method))};
    } else if (contentType != "application/x-www-form-urlencoded") {
        refusal = {400, "invalid_request",
                   u"the body must be application/x-www-form-urlencoded (RFC 6749 §4.4.2), not \"%1\""_s.arg(
                       QString::fromLatin1(contentType.left(80)))};
    } else if (tooLarge) {
        refusal
            = {400, "invalid_request",
               u"the body has %1 bytes; a token request has at most %2"_s.arg(request.body.size()).arg(kMaxBodyBytes)};
    } else if (!duplicate.isNull()) {
        refusal = {400, "invalid_request", u"parameter \"%1\" sent twice (RFC 6749 §3.2)"_s.arg(duplicate.left(40))};
    } else if (grant.isEmpty()) {
        refusal = {400, "invalid_request", u"no grant_type"_s};
    } else if (grant == "client_credentials"_L1) {
        response = clientCredentials(request, form, record, refusal);
    } else if (grant == kJwtBearer) {
        response = jwtBearer(form, record, refusal);
    } else {
        refusal = {400, "unsupported_grant_type",
                   u"grant_type \"%1\" is not supported (client_credentials or jwt-bearer)"_s.arg(grant.left(80))};
    }
    if (refusal.error.isEmpty())
        return response;
    record.authFailure = u"%1: %2"_s.arg(QString::fromLatin1(refusal.error), refusal.reason);
    response = jsonResponse(refusal.status, QJsonObject{{u"error"_s, QString::fromLatin1(refusal.error)}});
    if (refusal.status == 401)
        response.setHeader("WWW-Authenticate", "Basic realm=\"scim-monitor\", charset=\"UTF-8\"");
    if (refusal.status == 405)
        response.setHeader("Allow", "POST");
    return response;
}

HttpResponse TokenEndpoint::clientCredentials(const HttpRequest &request, const Form &form, RequestRecord &record,
                                              Refusal &refusal)
{
    QString clientId = field(form, "client_id"_L1);
    QString secret = field(form, "client_secret"_L1);
    const QString assertionType = field(form, "client_assertion_type"_L1);
    if (!assertionType.isNull() || !field(form, "client_assertion"_L1).isNull()) {
        // RFC 7523 §2.2: the client authenticates with an assertion it signs (workload identity).
        if (assertionType != kClientAssertionType) {
            refusal = {401, "invalid_client",
                       u"client_assertion_type is \"%1\", not %2"_s.arg(assertionType.left(80), kClientAssertionType)};
            return {};
        }
        if (!secret.isNull() || !request.header("authorization").isEmpty()) {
            refusal = {400, "invalid_request",
                       u"the client authenticated twice, by client_assertion and by a secret (RFC 6749 §2.3)"_s};
            return {};
        }
        return assertionGrant(field(form, "client_assertion"_L1).toLatin1(), clientId, "invalid_client", 401, record,
                              refusal);
    }
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        if (space < 0 || authorization.left(space).toLower() != "basic") {
            refusal = {401, "invalid_client", u"the Authorization header is not HTTP Basic"_s};
            return {};
        }
        if (!secret.isNull()) {
            refusal = {400, "invalid_request",
                       u"the client authenticated twice, by HTTP Basic and by client_secret (RFC 6749 §2.3)"_s};
            return {};
        }
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(space + 1).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0) {
            refusal = {401, "invalid_client", u"the HTTP Basic credentials are not base64 \"id:secret\""_s};
            return {};
        }
        // RFC 6749 §2.3.1: both parts are form-encoded before they are joined.
        const QString basicId = QUrl::fromPercentEncoding(decoded.decoded.left(colon).replace('+', ' '));
        if (!clientId.isNull() && clientId != basicId) {
            refusal = {400, "invalid_request", u"client_id differs from the HTTP Basic user"_s};
            return {};
        }
        clientId = basicId;
        secret = QUrl::fromPercentEncoding(decoded.decoded.mid(colon + 1).replace('+', ' '));
    }
    if (clientId.isEmpty() || secret.isEmpty()) {
        refusal
            = {401, "invalid_client",
               !authorization.isEmpty() ? u"the HTTP Basic credentials have an empty client id or secret"_s
                                        : u"no client authentication (HTTP Basic, or client_id and client_secret)"_s};
        return {};
    }
    const ClientCheck check = m_clients.authenticate(clientId, secret, QDateTime::currentDateTimeUtc());
    record.tokenLabel = check.client.name;
    record.target = check.client.name;
    if (!check.ok()) {
        refusal = {401, "invalid_client", check.reason};
        return {};
    }
    return tokenResponse(check.client, record, refusal);
}

std::optional<OAuthClient> TokenEndpoint::trustingClient(const QByteArray &assertion, const QString &clientId,
                                                         QString *why)
{
    const QJsonObject claims = unverifiedClaims(assertion);
    const QString iss = claims.value("iss"_L1).toString();
    const QString sub = claims.value("sub"_L1).toString();
    if (!clientId.isEmpty()) {
        const auto client = m_store.oauthClients().byClientId(clientId);
        if (!client || !client->federation.isSet())
            *why = client ? u"client \"%1\" has no workload identity set up"_s.arg(client->name)
                          : u"unknown client \"%1\""_s.arg(clientId.left(80));
        return client && client->federation.isSet() ? client : std::nullopt;
    }
    if (iss.isEmpty()) {
        *why = u"the assertion is not a JWT with an \"iss\" claim"_s;
        return std::nullopt;
    }
    std::optional<OAuthClient> byIssuer;
    for (const OAuthClient &c : m_store.oauthClients().all()) {
        if (c.federation.issuer != iss)
            continue;
        if (c.federation.subject.isEmpty() || c.federation.subject == sub)
            return c;
        byIssuer = byIssuer ? byIssuer : c; // checked below: its "sub" is then named as wrong
    }
    if (!byIssuer)
        *why = u"no client trusts the issuer \"%1\""_s.arg(iss.left(200));
    return byIssuer;
}

QString TokenEndpoint::keySetToFetch(const HttpRequest &request)
{
    if (!m_keys || request.method != "POST" || !isTokenPath(request.path))
        return QString();
    if (request.body.size() > kMaxBodyBytes)
        return QString();
    const Form form = formItems(request.body);
    const QString grant = field(form, "grant_type"_L1);
    const QString assertion = grant == kJwtBearer ? field(form, "assertion"_L1)
        : grant == "client_credentials"_L1        ? field(form, "client_assertion"_L1)
                                                  : QString();
    if (assertion.isEmpty())
        return QString();
    QString why;
    const auto client = trustingClient(assertion.toLatin1(), field(form, "client_id"_L1), &why);
    if (!client || !JwksCache::isUrl(client->federation.jwks))
        return QString();
    // fetch() itself does not ask again while a failed fetch is remembered.
    const QString &source = client->federation.jwks;
    return m_keys->cached(source) ? QString() : source;
}

HttpResponse TokenEndpoint::jwtBearer(const Form &form, RequestRecord &record, Refusal &refusal)
{
    return assertionGrant(field(form, "assertion"_L1).toLatin1(), field(form, "client_id"_L1), "invalid_grant", 400,
                          record, refusal);
}

HttpResponse TokenEndpoint::assertionGrant(const QByteArray &assertion, const QString &clientId,
                                           const QByteArray &error, int status, RequestRecord &record, Refusal &refusal)
{
    if (assertion.isEmpty()) {
        refusal = {400, "invalid_request", u"no assertion (RFC 7523 §2.1, §2.2)"_s};
        return {};
    }
    QString why;
    const auto client = trustingClient(assertion, clientId, &why);
    if (!client) {
        refusal = {status, error, why};
        return {};
    }
    record.tokenLabel = client->name;
    record.target = client->name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (client->revoked.isValid() && client->revoked <= now) {
        refusal = {status, error, u"client \"%1\" was revoked"_s.arg(client->name)};
        return {};
    }
    std::optional<QByteArray> keys = m_keys ? m_keys->cached(client->federation.jwks) : std::nullopt;
    if (!keys) {
        const QString fetchError = m_keys ? m_keys->lastError(client->federation.jwks) : QString();
        refusal
            = {status, error,
               fetchError.isEmpty() ? u"the key set %1 is not available"_s.arg(client->federation.jwks) : fetchError};
        return {};
    }
    AssertionPolicy policy;
    policy.issuer = client->federation.issuer;
    policy.subject = client->federation.subject;
    if (!client->federation.audience.isEmpty())
        policy.audiences = {client->federation.audience};
    else if (!m_ownOrigin.isEmpty())
        policy.audiences = {url(m_ownOrigin)};
    const AssertionCheck check = AssertionVerifier::verify(assertion, *keys, policy, now);
    if (!check.ok()) {
        refusal = {status, error, u"assertion for client \"%1\": %2"_s.arg(client->name, check.reason)};
        return {};
    }
    return tokenResponse(*client, record, refusal);
}

HttpResponse TokenEndpoint::tokenResponse(const OAuthClient &client, RequestRecord &record, Refusal &refusal)
{
    const auto issued = m_clients.issue(client, QDateTime::currentDateTimeUtc());
    if (!issued) {
        refusal = {500, "server_error", u"the store failed: %1"_s.arg(m_store.lastError().message)};
        return {};
    }
    record.status = 200;
    return jsonResponse(200,
                        QJsonObject{{u"access_token"_s, issued->accessToken},
                                    {u"token_type"_s, u"Bearer"_s},
                                    {u"expires_in"_s, issued->expiresInSeconds}});
}

} // namespace scimmon
