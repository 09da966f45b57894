#include "store/sql/sqltokenrepository.h"

#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

const QString kColumns = u"id, label, hash, created, expires, revoked, last_used, request_count, oauth_client"_s;

TokenRecord readToken(const SqlCursor &c)
{
    TokenRecord t;
    t.id = c.value("id"_L1).toLongLong();
    t.label = c.value("label"_L1).toString();
    t.hash = c.value("hash"_L1).toString().toLatin1();
    t.created = parseTs(c.value("created"_L1));
    t.expires = parseTs(c.value("expires"_L1));
    t.revoked = parseTs(c.value("revoked"_L1));
    t.lastUsed = parseTs(c.value("last_used"_L1));
    t.requestCount = c.value("request_count"_L1).toLongLong();
    t.client = c.value("oauth_client"_L1).toLongLong();
    return t;
}

} // namespace

SqlTokenRepository::SqlTokenRepository(SqlDatabase &db)
    : m_db(db)
{
}

qint64 SqlTokenRepository::insert(const TokenRecord &t)
{
    ++m_revision;
    SqlCursor c = m_db.run(
        u"INSERT INTO tokens (label, hash, created, expires, oauth_client) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
        {t.label, QString::fromLatin1(t.hash), ts(t.created), tsOrNull(t.expires),
         t.client != 0 ? QVariant(t.client) : QVariant(QMetaType(QMetaType::LongLong))});
    return c && c.next() ? c.value("id"_L1).toLongLong() : 0;
}

QList<TokenRecord> SqlTokenRepository::all()
{
    QList<TokenRecord> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM tokens WHERE oauth_client IS NULL ORDER BY id"_s.arg(kColumns));
    while (c.next())
        out.append(readToken(c));
    return out;
}

QList<TokenRecord> SqlTokenRepository::accessTokens(qint64 client, const QDateTime &now)
{
    QList<TokenRecord> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM tokens WHERE oauth_client = ? AND revoked IS NULL AND expires > ? "
                           "ORDER BY id"_s.arg(kColumns),
                           {client, ts(now)});
    while (c.next())
        out.append(readToken(c));
    return out;
}

bool SqlTokenRepository::revokeAccessTokens(qint64 client, const QDateTime &when)
{
    ++m_revision;
    return bool(
        m_db.run(u"UPDATE tokens SET revoked = COALESCE(revoked, ?) WHERE oauth_client = ?"_s, {ts(when), client}));
}

bool SqlTokenRepository::removeAccessTokens(qint64 client)
{
    ++m_revision;
    return bool(m_db.run(u"DELETE FROM tokens WHERE oauth_client = ?"_s, {client}));
}

qint64 SqlTokenRepository::pruneAccessTokens(const QDateTime &before)
{
    ++m_revision;
    SqlCursor c = m_db.run(u"DELETE FROM tokens WHERE oauth_client IS NOT NULL AND (expires < ? OR revoked < ?)"_s,
                           {ts(before), ts(before)});
    return c ? c.rowsAffected() : -1;
}

std::optional<TokenRecord> SqlTokenRepository::one(const QString &where, const QVariant &value)
{
    SqlCursor c = m_db.run(u"SELECT %1 FROM tokens WHERE %2 = ?"_s.arg(kColumns, where), {value});
    if (!c || !c.next())
        return std::nullopt;
    return readToken(c);
}

std::optional<TokenRecord> SqlTokenRepository::byHash(const QByteArray &hash)
{
    return one(u"hash"_s, QString::fromLatin1(hash));
}

std::optional<TokenRecord> SqlTokenRepository::byId(qint64 id)
{
    return one(u"id"_s, id);
}

bool SqlTokenRepository::change(const QString &sql, const QVariantList &values, qint64 id)
{
    ++m_revision;
    return m_db.changeRow(sql, values, u"no token with id %1"_s.arg(id));
}

bool SqlTokenRepository::revoke(qint64 id, const QDateTime &when)
{
    return change(u"UPDATE tokens SET revoked = COALESCE(revoked, ?) WHERE id = ?"_s, {ts(when), id}, id);
}

bool SqlTokenRepository::setExpiry(qint64 id, const QDateTime &expires)
{
    return change(u"UPDATE tokens SET expires = ? WHERE id = ?"_s, {tsOrNull(expires), id}, id);
}

bool SqlTokenRepository::remove(qint64 id)
{
    return change(u"DELETE FROM tokens WHERE id = ?"_s, {id}, id);
}

bool SqlTokenRepository::recordUse(qint64 id, const QDateTime &when, qint64 requests)
{
    return bool(m_db.run(u"UPDATE tokens SET last_used = ?, request_count = request_count + ? WHERE id = ?"_s,
                         {ts(when), requests, id}));
}

} // namespace scimmon
