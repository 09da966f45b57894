#include "store/sql/sqloauthclientrepository.h"

#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

const QString kColumns = u"id, client_id, name, token_lifetime_minutes, created, revoked, federation"_s;

QVariant federationJson(const FederationTrust &t)
{
    if (!t.isSet())
        return QVariant(QMetaType(QMetaType::QString));
    return compact(QJsonObject{
        {u"issuer"_s, t.issuer}, {u"subject"_s, t.subject}, {u"audience"_s, t.audience}, {u"jwks"_s, t.jwks}});
}

OAuthClient readClient(const SqlCursor &c)
{
    OAuthClient o;
    o.id = c.value("id"_L1).toLongLong();
    o.clientId = c.value("client_id"_L1).toString();
    o.name = c.value("name"_L1).toString();
    o.tokenLifetimeMinutes = c.value("token_lifetime_minutes"_L1).toInt();
    o.created = parseTs(c.value("created"_L1));
    o.revoked = parseTs(c.value("revoked"_L1));
    const QJsonObject f = QJsonDocument::fromJson(c.value("federation"_L1).toString().toUtf8()).object();
    o.federation.issuer = f.value("issuer"_L1).toString();
    o.federation.subject = f.value("subject"_L1).toString();
    o.federation.audience = f.value("audience"_L1).toString();
    o.federation.jwks = f.value("jwks"_L1).toString();
    return o;
}

} // namespace

SqlOAuthClientRepository::SqlOAuthClientRepository(SqlDatabase &db)
    : m_db(db)
{
}

qint64 SqlOAuthClientRepository::insert(const OAuthClient &o)
{
    SqlCursor c = m_db.run(u"INSERT INTO oauth_clients (client_id, name, token_lifetime_minutes, created, federation) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                           {o.clientId, o.name, o.tokenLifetimeMinutes, ts(o.created), federationJson(o.federation)});
    return c && c.next() ? c.value("id"_L1).toLongLong() : 0;
}

QList<OAuthClient> SqlOAuthClientRepository::all()
{
    QList<OAuthClient> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM oauth_clients ORDER BY id"_s.arg(kColumns));
    while (c.next())
        out.append(readClient(c));
    return out;
}

std::optional<OAuthClient> SqlOAuthClientRepository::one(const QString &where, const QVariant &value)
{
    SqlCursor c = m_db.run(u"SELECT %1 FROM oauth_clients WHERE %2 = ?"_s.arg(kColumns, where), {value});
    if (!c || !c.next())
        return std::nullopt;
    return readClient(c);
}

std::optional<OAuthClient> SqlOAuthClientRepository::byId(qint64 id)
{
    return one(u"id"_s, id);
}

std::optional<OAuthClient> SqlOAuthClientRepository::byClientId(const QString &clientId)
{
    return one(u"client_id"_s, clientId);
}

bool SqlOAuthClientRepository::change(const QString &sql, const QVariantList &values, qint64 id)
{
    return m_db.changeRow(sql, values, u"no OAuth client with id %1"_s.arg(id));
}

bool SqlOAuthClientRepository::revoke(qint64 id, const QDateTime &when)
{
    return change(u"UPDATE oauth_clients SET revoked = COALESCE(revoked, ?) WHERE id = ?"_s, {ts(when), id}, id);
}

bool SqlOAuthClientRepository::setFederation(qint64 id, const FederationTrust &trust)
{
    return change(u"UPDATE oauth_clients SET federation = ? WHERE id = ?"_s, {federationJson(trust), id}, id);
}

bool SqlOAuthClientRepository::remove(qint64 id)
{
    // The secrets go first, so that no backend depends on ON DELETE CASCADE; the access tokens
    // were deleted by the caller through the token repository.
    return m_db.run(u"DELETE FROM oauth_client_secrets WHERE client = ?"_s, {id})
        && change(u"DELETE FROM oauth_clients WHERE id = ?"_s, {id}, id);
}

qint64 SqlOAuthClientRepository::insertSecret(const OAuthSecret &s)
{
    SqlCursor c = m_db.run(
        u"INSERT INTO oauth_client_secrets (client, hash, created, expires) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {s.client, QString::fromLatin1(s.hash), ts(s.created), tsOrNull(s.expires)});
    return c && c.next() ? c.value("id"_L1).toLongLong() : 0;
}

QList<OAuthSecret> SqlOAuthClientRepository::secrets(qint64 client)
{
    QList<OAuthSecret> out;
    SqlCursor c = m_db.run(
        u"SELECT id, client, hash, created, expires FROM oauth_client_secrets WHERE client = ? ORDER BY id"_s,
        {client});
    while (c.next()) {
        OAuthSecret s;
        s.id = c.value("id"_L1).toLongLong();
        s.client = c.value("client"_L1).toLongLong();
        s.hash = c.value("hash"_L1).toString().toLatin1();
        s.created = parseTs(c.value("created"_L1));
        s.expires = parseTs(c.value("expires"_L1));
        out.append(s);
    }
    return out;
}

bool SqlOAuthClientRepository::expireSecrets(qint64 client, qint64 keep, const QDateTime &when)
{
    return bool(m_db.run(u"UPDATE oauth_client_secrets SET expires = ? "
                         "WHERE client = ? AND id <> ? AND (expires IS NULL OR expires > ?)"_s,
                         {ts(when), client, keep, ts(when)}));
}

} // namespace scimmon
