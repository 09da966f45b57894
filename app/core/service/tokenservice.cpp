#include "service/tokenservice.h"

#include "audit/auditlog.h"
#include "service/auditrecorder.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace scimmon {

bool TokenService::constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString AuthCheck::reason() const
{
    switch (failure) {
    case Failure::None:
        return QString();
    case Failure::NoHeader:
        return u"no Authorization header"_s;
    case Failure::Malformed:
        return u"Authorization header is not \"Bearer <token>\""_s;
    case Failure::UnknownToken:
        return u"unknown token"_s;
    case Failure::Revoked:
        return token.isAccessToken() ? u"access token of client \"%1\" was revoked"_s.arg(token.label)
                                     : u"token \"%1\" was revoked"_s.arg(token.label);
    case Failure::Expired:
        return token.isAccessToken()
            ? u"access token of client \"%1\" expired at %2"_s.arg(token.label, token.expires.toString(Qt::ISODate))
            : u"token \"%1\" expired"_s.arg(token.label);
    }
    return QString();
}

TokenService::TokenService(Store &store)
    : m_store(store)
{
}

QByteArray TokenService::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString TokenService::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (qsizetype i = 0; i < bytes.size(); i += 4) {
        const quint32 v = gen->generate();
        for (int j = 0; j < 4 && i + j < bytes.size(); ++j)
            bytes[i + j] = char((v >> (8 * j)) & 0xff);
    }
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<NewToken> TokenService::create(const QString &label, int expiresInDays, QString *error)
{
    if (expiresInDays < 0 || expiresInDays > kMaxExpiryDays) {
        *error = u"The expiry must be 0 (never) or a number of days up to %1."_s.arg(kMaxExpiryDays);
        return std::nullopt;
    }
    return create(label, expiresInDays > 0 ? QDateTime::currentDateTimeUtc().addDays(expiresInDays) : QDateTime(),
                  error);
}

std::optional<NewToken> TokenService::create(const QString &label, const QDateTime &expires, QString *error)
{
    if (label.trimmed().isEmpty()) {
        *error = u"A token needs a label, e.g. \"Entra ID production\"."_s;
        return std::nullopt;
    }
    for (const QChar c : label)
        if (c.category() == QChar::Other_Control) {
            *error = u"A token label cannot contain control characters such as line breaks."_s;
            return std::nullopt;
        }
    NewToken t;
    t.record.created = QDateTime::currentDateTimeUtc();
    if (expires.isValid() && (expires <= t.record.created || expires > t.record.created.addDays(kMaxExpiryDays))) {
        *error = u"The expiry must lie in the future, at most %1 days from now."_s.arg(kMaxExpiryDays);
        return std::nullopt;
    }
    t.secret = generateSecret();
    t.record.label = label.trimmed();
    t.record.hash = hash(t.secret);
    if (expires.isValid())
        t.record.expires = expires.toUTC();
    if (!m_store.begin()) {
        *error = u"Cannot store the token: %1"_s.arg(m_store.lastError().message);
        return std::nullopt;
    }
    t.record.id = m_store.tokens().insert(t.record);
    const QList<AuditChange> changes{{u"expires"_s, QJsonValue(QJsonValue::Undefined),
                                      t.record.expires.isValid()
                                          ? QJsonValue(t.record.expires.toString(Qt::ISODateWithMs))
                                          : QJsonValue(u"never"_s)}};
    if (t.record.id == 0 || !audit(u"token.created"_s, t.record, changes) || !m_store.commit()) {
        *error = u"Cannot store the token: %1"_s.arg(m_store.lastError().message);
        m_store.rollback();
        return std::nullopt;
    }
    return t;
}

TokenState TokenService::state(const TokenRecord &token, const QDateTime &now)
{
    if (token.revoked.isValid() && token.revoked <= now)
        return TokenState::Revoked;
    if (token.expires.isValid() && token.expires <= now)
        return TokenState::Expired;
    if (token.expires.isValid() && token.expires <= now.addDays(kExpiringSoonDays))
        return TokenState::ExpiringSoon;
    return TokenState::Active;
}

QString TokenService::stateText(TokenState state)
{
    switch (state) {
    case TokenState::Active:
        return u"active"_s;
    case TokenState::ExpiringSoon:
        return u"expiring soon"_s;
    case TokenState::Expired:
        return u"expired"_s;
    case TokenState::Revoked:
        return u"revoked"_s;
    }
    return QString();
}

bool TokenService::audit(const QString &action, const TokenRecord &token, const QList<AuditChange> &changes)
{
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = m_actor;
    e.action = action;
    e.targetType = u"Token"_s;
    e.targetId = QString::number(token.id);
    e.targetName = token.label;
    e.changes = changes;
    return AuditRecorder::record(m_store, e, true);
}

AuthCheck TokenService::check(const QByteArray &authorization, const QDateTime &now)
{
    AuthCheck result;
    const QByteArray value = authorization.trimmed();
    if (value.isEmpty()) {
        result.failure = AuthCheck::Failure::NoHeader;
        return result;
    }
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).toLower() != "bearer" || value.mid(space + 1).trimmed().isEmpty()) {
        result.failure = AuthCheck::Failure::Malformed;
        return result;
    }
    const QString secret = QString::fromUtf8(value.mid(space + 1).trimmed());
    const QByteArray h = hash(secret);
    const auto token = find(h);
    if (!token || !constantTimeEqual(token->hash, h)) {
        result.failure = AuthCheck::Failure::UnknownToken;
        return result;
    }
    result.token = *token;
    if (token->revoked.isValid() && token->revoked <= now)
        result.failure = AuthCheck::Failure::Revoked;
    else if (token->expires.isValid() && token->expires <= now)
        result.failure = AuthCheck::Failure::Expired;
    if (result.ok()) {
        Usage &u = m_usage[token->id];
        ++u.count;
        u.last = now;
    }
    return result;
}

std::optional<TokenRecord> TokenService::find(const QByteArray &hash)
{
    const std::optional<quint64> others = m_store.database().othersChanges();
    if (!others) {
        m_remembered.clear();
        return m_store.tokens().byHash(hash);
    }
    const std::pair<quint64, quint64> now{*others, m_store.tokens().revision()};
    if (now != m_rememberedAt) {
        m_remembered.clear();
        m_rememberedAt = now;
    }
    if (const auto it = m_remembered.constFind(hash); it != m_remembered.cend())
        return *it;
    auto token = m_store.tokens().byHash(hash);
    if (token) {
        if (m_remembered.size() >= kMaxRemembered)
            m_remembered.clear();
        m_remembered.insert(hash, *token);
    }
    return token;
}

void TokenService::flushUsage()
{
    for (auto it = m_usage.cbegin(); it != m_usage.cend(); ++it)
        m_store.tokens().recordUse(it.key(), it->last, it->count);
    m_usage.clear();
}

bool TokenService::revoke(qint64 id, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return false;
    }
    const auto token = m_store.tokens().byId(id);
    if (token && token->revoked.isValid()) {
        // Nothing to change, and a second event would hide when it really was revoked.
        *error = u"Token %1 is already revoked (since %2)."_s.arg(id).arg(token->revoked.toString(Qt::ISODate));
        m_store.rollback();
        return false;
    }
    if (!token || !m_store.tokens().revoke(id, now)
        || !audit(u"token.revoked"_s, *token,
                  {{u"revoked"_s, QJsonValue(QJsonValue::Undefined), now.toString(Qt::ISODateWithMs)}})
        || !m_store.commit()) {
        *error = !token || m_store.lastError().kind == StoreError::Kind::NotFound
            ? u"There is no token with id %1."_s.arg(id)
            : m_store.lastError().message;
        m_store.rollback();
        return false;
    }
    return true;
}

std::optional<NewToken> TokenService::rotate(qint64 id, int graceHours, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto old = m_store.tokens().byId(id);
    if (!old || !isUsable(*old, now)) {
        *error = u"There is no usable token with id %1 to rotate."_s.arg(id);
        return std::nullopt;
    }
    if (graceHours < 0) {
        *error = u"The grace period cannot be negative."_s;
        return std::nullopt;
    }
    const int days = old->expires.isValid() ? int(std::max<qint64>(1, old->created.daysTo(old->expires))) : 0;
    auto created = create(old->label, days, error);
    if (!created)
        return std::nullopt;
    const QDateTime graceEnd = now.addSecs(qint64(graceHours) * 3600);
    const QDateTime oldExpiry = old->expires.isValid() && old->expires < graceEnd ? old->expires : graceEnd;
    const QList<AuditChange> changes{
        {u"expires"_s,
         old->expires.isValid() ? QJsonValue(old->expires.toString(Qt::ISODateWithMs)) : QJsonValue(u"never"_s),
         oldExpiry.toString(Qt::ISODateWithMs)},
        {u"replacedBy"_s, QJsonValue(QJsonValue::Undefined), QString::number(created->record.id)}};
    if (!m_store.begin() || !m_store.tokens().setExpiry(id, oldExpiry) || !audit(u"token.rotated"_s, *old, changes)
        || !m_store.commit()) {
        *error = m_store.lastError().message;
        m_store.rollback();
        return std::nullopt;
    }
    return created;
}

bool TokenService::remove(qint64 id, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return false;
    }
    const auto token = m_store.tokens().byId(id);
    if (!token) {
        *error = u"There is no token with id %1."_s.arg(id);
        m_store.rollback();
        return false;
    }
    if (isUsable(*token, now)) {
        *error = u"Token %1 \"%2\" is still accepted; revoke it before deleting it."_s.arg(id).arg(token->label);
        m_store.rollback();
        return false;
    }
    if (!m_store.tokens().remove(id) || !audit(u"token.deleted"_s, *token, {}) || !m_store.commit()) {
        *error = m_store.lastError().message;
        m_store.rollback();
        return false;
    }
    return true;
}

std::optional<QList<TokenRecord>> TokenService::removeUnusable(QString *error, const QDateTime &now)
{
    if (!m_store.begin()) {
        *error = m_store.lastError().message;
        return std::nullopt;
    }
    QList<TokenRecord> removed;
    for (const TokenRecord &t : m_store.tokens().all()) {
        if (isUsable(t, now))
            continue;
        if (!m_store.tokens().remove(t.id) || !audit(u"token.deleted"_s, t, {})) {
            *error = m_store.lastError().message;
            m_store.rollback();
            return std::nullopt;
        }
        removed.append(t);
    }
    if (!m_store.commit()) {
        *error = m_store.lastError().message;
        m_store.rollback();
        return std::nullopt;
    }
    return removed;
}

bool TokenService::hasUsableToken(const QDateTime &now)
{
    for (const TokenRecord &t : m_store.tokens().all())
        if (isUsable(t, now))
            return true;
    return false;
}

} // namespace scimmon
