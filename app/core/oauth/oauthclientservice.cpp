#include "oauth/oauthclientservice.h"

#include "model/auditevent.h"
#include "service/auditrecorder.h"
#include "service/tokenservice.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QJsonValue federationValue(const FederationTrust &t)
{
    if (!t.isSet())
        return u"none"_s;
    return QJsonObject{
        {u"issuer"_s, t.issuer}, {u"subject"_s, t.subject}, {u"audience"_s, t.audience}, {u"jwks"_s, t.jwks}};
}

/// Why `jwks` cannot be a federated client's key set; empty when it can (or is empty). An https://
/// URL (http:// only on loopback: keys fetched in the clear could be swapped on the way), or an
/// absolute path to a readable JSON Web Key Set (RFC 7517 §5).
QString keySetProblem(const QString &jwks)
{
    if (jwks.isEmpty())
        return QString();
    const QUrl url(jwks);
    if (url.isValid() && !url.host().isEmpty() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)) {
        const QHostAddress host(url.host());
        const bool loopback = url.host() == "localhost"_L1 || (!host.isNull() && host.isLoopback());
        if (url.scheme() == "http"_L1 && !loopback)
            return u"The key set must be fetched over https://, not \"%1\": keys sent in the clear could be swapped "
                   "on the way (http:// is accepted on loopback only)."_s.arg(jwks);
        return QString();
    }
    if (!QDir::isAbsolutePath(jwks))
        return u"The key set must be an https:// URL or an absolute file path, not \"%1\"."_s.arg(jwks);
    QFile file(jwks);
    if (!file.open(QIODevice::ReadOnly))
        return u"The key set file %1 cannot be read: %2."_s.arg(jwks, file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024));
    if (!doc.isObject() || !doc.object().value("keys"_L1).isArray())
        return u"The file %1 is not a JSON Web Key Set (a JSON object with a \"keys\" array)."_s.arg(jwks);
    return QString();
}

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

} // namespace

OAuthClientService::OAuthClientService(Store &store)
    : m_store(store)
{
}

bool OAuthClientService::audit(const QString &action, const OAuthClient &client, const QList<AuditChange> &changes)
{
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = m_actor;
    e.action = action;
    e.targetType = u"OAuth client"_s;
    e.targetId = client.clientId;
    e.targetName = client.name;
    e.changes = changes;
    return AuditRecorder::record(m_store, e, true);
}

QString OAuthClientService::addSecret(qint64 client, const QDateTime &now)
{
    OAuthSecret s;
    const QString text = TokenService::generateSecret();
    s.client = client;
    s.hash = TokenService::hash(text);
    s.created = now;
    return m_store.oauthClients().insertSecret(s) != 0 ? text : QString();
}

std::optional<NewClientSecret> OAuthClientService::create(const QString &name, int lifetimeMinutes, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = u"A client needs a name, e.g. \"Entra ID production\"."_s;
        return std::nullopt;
    }
    if (hasControl(name)) {
        *error = u"A client name cannot contain control characters such as line breaks."_s;
        return std::nullopt;
    }
    if (lifetimeMinutes < kMinLifetimeMinutes || lifetimeMinutes > kMaxLifetimeMinutes) {
        *error = u"The access-token lifetime must be %1 to %2 minutes."_s.arg(kMinLifetimeMinutes)
                     .arg(kMaxLifetimeMinutes);
        return std::nullopt;
    }
    for (const OAuthClient &c : m_store.oauthClients().all())
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *error = u"A client named \"%1\" exists already; choose another name."_s.arg(c.name);
            return std::nullopt;
        }
    NewClientSecret out;
    out.client.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.client.name = name.trimmed();
    out.client.tokenLifetimeMinutes = lifetimeMinutes;
    out.client.created = QDateTime::currentDateTimeUtc();
    if (!m_store.begin()) {
        *error = u"Cannot store the client: %1"_s.arg(m_store.lastError().message);
        return std::nullopt;
    }
    out.client.id = m_store.oauthClients().insert(out.client);
    if (out.client.id != 0)
        out.secret = addSecret(out.client.id, out.client.created);
    const QList<AuditChange> changes{{u"tokenLifetimeMinutes"_s, QJsonValue(QJsonValue::Undefined), lifetimeMinutes}};
    if (out.secret.isEmpty() || !audit(u"oauth_client.created"_s, out.client, changes) || !m_store.commit()) {
        *error = u"Cannot store the client: %1"_s.arg(m_store.lastError().message);
        m_store.rollback();
        return std::nullopt;
    }
    return out;
}

QList<OAuthClient> OAuthClientService::clients()
{
    return m_store.oauthClients().all();
}

bool OAuthClientService::hasActiveClient()
{
    const QList<OAuthClient> all = clients();
    return std::any_of(all.cbegin(), all.cend(), [](const OAuthClient &c) { return !c.revoked.isValid(); });
}

std::optional<OAuthClient> OAuthClientService::find(const QString &key, QString *error)
{
    if (auto byId = m_store.oauthClients().byClientId(key.trimmed()))
        return byId;
    std::optional<OAuthClient> found;
    for (const OAuthClient &c : m_store.oauthClients().all()) {
        if (c.name.compare(key.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            *error = u"Several clients are named \"%1\"; name one by its Client Identifier."_s.arg(key);
            return std::nullopt;
        }
        found = c;
    }
    if (!found)
        *error = u"There is no OAuth client \"%1\" (neither a Client Identifier nor a name)."_s.arg(key);
    return found;
}

QList<OAuthSecret> OAuthClientService::liveSecrets(qint64 client, const QDateTime &now)
{
    QList<OAuthSecret> out;
    for (const OAuthSecret &s : m_store.oauthClients().secrets(client))
        if (!s.expires.isValid() || s.expires > now)
            out.append(s);
    return out;
}

int OAuthClientService::liveAccessTokens(qint64 client, const QDateTime &now)
{
    return int(m_store.tokens().accessTokens(client, now).size());
}

std::optional<NewClientSecret> OAuthClientService::rotate(qint64 id, int graceHours, QString *error)
{
    if (graceHours < 0 || graceHours > 24 * 366) {
        *error = u"The grace period must be 0 to %1 hours."_s.arg(24 * 366);
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return std::nullopt;
    }
    const auto client = m_store.oauthClients().byId(id);
    if (!client || client->revoked.isValid()) {
        *error = client ? u"Client \"%1\" is revoked; create a new one."_s.arg(client->name)
                        : u"There is no OAuth client with id %1."_s.arg(id);
        m_store.rollback();
        return std::nullopt;
    }
    NewClientSecret out{*client, addSecret(id, now)};
    const QList<OAuthSecret> secrets = m_store.oauthClients().secrets(id);
    const qint64 keep = secrets.isEmpty() ? 0 : secrets.last().id;
    const QDateTime graceEnd = now.addSecs(qint64(graceHours) * 3600);
    const QList<AuditChange> changes{
        {u"previousSecretsExpire"_s, QJsonValue(QJsonValue::Undefined), graceEnd.toString(Qt::ISODateWithMs)}};
    if (out.secret.isEmpty() || !m_store.oauthClients().expireSecrets(id, keep, graceEnd)
        || !audit(u"oauth_client.rotated"_s, *client, changes) || !m_store.commit()) {
        *error = m_store.lastError().message;
        m_store.rollback();
        return std::nullopt;
    }
    return out;
}

bool OAuthClientService::setFederation(qint64 id, const FederationTrust &trust, QString *error)
{
    FederationTrust t = trust;
    t.issuer = t.issuer.trimmed();
    t.subject = t.subject.trimmed();
    t.audience = t.audience.trimmed();
    t.jwks = t.jwks.trimmed();
    if (t.issuer.isEmpty() != t.jwks.isEmpty()) {
        *error = u"Workload identity needs both the issuer and its key set (a JWKS URL or file)."_s;
        return false;
    }
    if (QString problem = keySetProblem(t.jwks); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (hasControl(t.issuer + t.subject + t.audience + t.jwks)) {
        *error = u"The workload identity settings cannot contain control characters."_s;
        return false;
    }
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return false;
    }
    const auto client = m_store.oauthClients().byId(id);
    if (client && client->revoked.isValid() && t.isSet()) {
        *error = u"Client \"%1\" is revoked; create a new one."_s.arg(client->name);
        m_store.rollback();
        return false;
    }
    // The token endpoint finds a client by the assertion's issuer and subject: one client each.
    for (const OAuthClient &other : m_store.oauthClients().all()) {
        if (!t.isSet() || other.id == id || other.revoked.isValid() || other.federation.issuer != t.issuer)
            continue;
        if (other.federation.subject.isEmpty() || t.subject.isEmpty() || other.federation.subject == t.subject) {
            *error = u"Client \"%1\" already trusts %2 for %3; give each client its own subject (--subject)."_s.arg(
                other.name, t.issuer,
                other.federation.subject.isEmpty() ? u"any subject"_s
                                                   : u"the subject \"%1\""_s.arg(other.federation.subject));
            m_store.rollback();
            return false;
        }
    }
    if (!client || !m_store.oauthClients().setFederation(id, t)
        || !audit(u"oauth_client.federation_changed"_s, *client,
                  {{u"federation"_s, federationValue(client->federation), federationValue(t)}})
        || !m_store.commit()) {
        *error = !client ? u"There is no OAuth client with id %1."_s.arg(id) : m_store.lastError().message;
        m_store.rollback();
        return false;
    }
    return true;
}

bool OAuthClientService::revoke(qint64 id, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return false;
    }
    const auto client = m_store.oauthClients().byId(id);
    if (client && client->revoked.isValid()) {
        *error = u"Client \"%1\" is already revoked (since %2)."_s.arg(client->name,
                                                                       client->revoked.toString(Qt::ISODate));
        m_store.rollback();
        return false;
    }
    if (!client || !m_store.oauthClients().revoke(id, now) || !m_store.tokens().revokeAccessTokens(id, now)
        || !audit(u"oauth_client.revoked"_s, *client,
                  {{u"revoked"_s, QJsonValue(QJsonValue::Undefined), now.toString(Qt::ISODateWithMs)}})
        || !m_store.commit()) {
        *error = !client ? u"There is no OAuth client with id %1."_s.arg(id) : m_store.lastError().message;
        m_store.rollback();
        return false;
    }
    return true;
}

bool OAuthClientService::remove(qint64 id, QString *error)
{
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return false;
    }
    const auto client = m_store.oauthClients().byId(id);
    if (!client || !m_store.tokens().removeAccessTokens(id) || !m_store.oauthClients().remove(id)
        || !audit(u"oauth_client.deleted"_s, *client, {}) || !m_store.commit()) {
        *error = !client ? u"There is no OAuth client with id %1."_s.arg(id) : m_store.lastError().message;
        m_store.rollback();
        return false;
    }
    return true;
}

ClientCheck OAuthClientService::authenticate(const QString &clientId, const QString &secret, const QDateTime &now)
{
    ClientCheck check;
    const auto client = m_store.oauthClients().byClientId(clientId);
    if (!client) {
        check.failure = ClientCheck::Failure::UnknownClient;
        check.reason = u"unknown client \"%1\""_s.arg(clientId.left(80));
        return check;
    }
    check.client = *client;
    if (client->revoked.isValid() && client->revoked <= now) {
        check.failure = ClientCheck::Failure::Revoked;
        check.reason = u"client \"%1\" was revoked"_s.arg(client->name);
        return check;
    }
    const QByteArray h = TokenService::hash(secret);
    for (const OAuthSecret &s : m_store.oauthClients().secrets(client->id)) {
        if (!TokenService::constantTimeEqual(s.hash, h))
            continue;
        if (s.expires.isValid() && s.expires <= now) {
            check.failure = ClientCheck::Failure::SecretExpired;
            check.reason = u"client \"%1\" sent a secret that a rotation replaced; it expired at %2"_s.arg(
                client->name, s.expires.toString(Qt::ISODate));
        }
        return check;
    }
    check.failure = ClientCheck::Failure::WrongSecret;
    check.reason = u"wrong Client Secret for client \"%1\""_s.arg(client->name);
    return check;
}

std::optional<IssuedToken> OAuthClientService::issue(const OAuthClient &client, const QDateTime &now)
{
    IssuedToken t;
    t.accessToken = TokenService::generateSecret();
    t.expiresInSeconds = qint64(client.tokenLifetimeMinutes) * 60;
    t.record.label = client.name;
    t.record.hash = TokenService::hash(t.accessToken);
    t.record.created = now;
    t.record.expires = now.addSecs(t.expiresInSeconds);
    t.record.client = client.id;
    if (m_store.tokens().pruneAccessTokens(now.addSecs(-3600 * kKeepDeadTokensHours)) < 0)
        return std::nullopt;
    t.record.id = m_store.tokens().insert(t.record);
    if (t.record.id == 0)
        return std::nullopt;
    return t;
}

} // namespace scimmon
