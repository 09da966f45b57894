#include "platform/secretstore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace scimmon {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::noteResult(const Result &result)
{
    std::optional<bool> now;
    if (result.status == Status::Unavailable)
        now = false;
    else if (result.status == Status::Ok || result.status == Status::NotFound)
        now = true;
    if (!now)
        return;
    if (!*now)
        m_reason = result.message;
    if (m_available != now) {
        m_available = now;
        Q_EMIT availabilityChanged(*now);
    }
}

void SecretStore::checkAvailable(QObject *context, AvailabilityCallback done)
{
    if (m_available) {
        done(*m_available, m_reason);
        return;
    }
    const QString key = u"availability-probe"_s;
    QPointer<QObject> guard(context);
    write(key, u"probe"_s, this, [this, key, guard, done](const Result &written) {
        if (!written.ok()) {
            // Unavailable was noted already; a Failed write means a keychain that cannot be used.
            m_reason = written.message;
            if (m_available != false) {
                m_available = false;
                Q_EMIT availabilityChanged(false);
            }
            if (guard)
                done(false, m_reason);
            return;
        }
        remove(key, this, [guard, done](const Result &) {
            if (guard)
                done(true, QString());
        });
    });
}

QString SecretStore::tokenKey(const QString &dataDir, qint64 tokenId)
{
    return u"Secret Token %1 of %2"_s.arg(tokenId).arg(dataDir);
}

QString SecretStore::clientSecretKey(const QString &dataDir, const QString &clientId)
{
    return u"Client Secret of OAuth client %1 of %2"_s.arg(clientId, dataDir);
}

QString SecretStore::tlsPassphraseKey(const QString &dataDir)
{
    return u"HTTPS key passphrase of %1"_s.arg(dataDir);
}

QString SecretStore::storePasswordKey(const QString &storeDisplayName)
{
    return u"Password of the store %1"_s.arg(storeDisplayName);
}

QString SecretStore::checkTokenKey(const QString &baseUrl)
{
    return u"Bearer token of the SCIM server %1"_s.arg(baseUrl);
}

QString SecretStore::unavailableMessage()
{
    return u"No keychain is available on this computer, so scim-monitor cannot remember secrets here. "
           "Nothing is written in plain text instead: copy the token now, or create a new one later."_s;
}

} // namespace scimmon
