#include "platform/appsettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

AppSettings::AppSettings(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_settings(QDir(dataDir).absoluteFilePath(u"settings.ini"_s), QSettings::IniFormat)
{
}

QString AppSettings::resolveDataDir(const QString &requested, QString *error)
{
    QString dir = !requested.isEmpty()  ? QDir(requested).absolutePath()
        : !preferredDataDir().isEmpty() ? preferredDataDir()
                                        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        *error = u"This system has no application-data location; pass --data-dir DIR."_s;
        return {};
    }
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir)) {
            *error = u"Cannot create the data directory %1."_s.arg(dir);
            return {};
        }
        // The request log holds personal data: only the owner may read the folder.
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return QDir(dir).absolutePath();
}

namespace {

/// The comma-separated list under `key`, entries trimmed. QSettings reads "a, b" as a list and "a"
/// as a string: both are accepted.
QStringList listValue(const QSettings &settings, QLatin1StringView key)
{
    QStringList out;
    for (const QString &entry : settings.value(key).toStringList().join(u',').split(u',', Qt::SkipEmptyParts))
        out.append(entry.trimmed());
    return out;
}

QString dataLocationFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .absoluteFilePath(u"data-location.ini"_s);
}

} // namespace

QString AppSettings::preferredDataDir()
{
    const QString file = dataLocationFile();
    if (!QFile::exists(file))
        return QString();
    return QSettings(file, QSettings::IniFormat).value("dataDir"_L1).toString();
}

void AppSettings::setPreferredDataDir(const QString &dir)
{
    QSettings location(dataLocationFile(), QSettings::IniFormat);
    if (dir.isEmpty())
        location.remove("dataDir"_L1);
    else
        location.setValue("dataDir"_L1, QDir(dir).absolutePath());
}

QString AppSettings::tlsCertificateFile() const
{
    return m_settings.value("tls/certificateFile"_L1).toString();
}

void AppSettings::setTlsCertificateFile(const QString &path)
{
    m_settings.setValue("tls/certificateFile"_L1, path);
}

QString AppSettings::tlsKeyFile() const
{
    return m_settings.value("tls/keyFile"_L1).toString();
}

void AppSettings::setTlsKeyFile(const QString &path)
{
    m_settings.setValue("tls/keyFile"_L1, path);
}

bool AppSettings::tlsPassphraseInKeychain() const
{
    return m_settings.value("tls/passphraseInKeychain"_L1, false).toBool();
}

void AppSettings::setTlsPassphraseInKeychain(bool inKeychain)
{
    m_settings.setValue("tls/passphraseInKeychain"_L1, inKeychain);
}

QString AppSettings::storeUrl() const
{
    return m_settings.value("store/url"_L1).toString();
}

void AppSettings::setStoreUrl(const QString &url)
{
    m_settings.setValue("store/url"_L1, url);
}

bool AppSettings::storeLocalReceiver() const
{
    return m_settings.value("store/localReceiver"_L1, false).toBool();
}

void AppSettings::setStoreLocalReceiver(bool run)
{
    m_settings.setValue("store/localReceiver"_L1, run);
}

bool AppSettings::storePasswordInKeychain() const
{
    return m_settings.value("store/passwordInKeychain"_L1, false).toBool();
}

void AppSettings::setStorePasswordInKeychain(bool inKeychain)
{
    m_settings.setValue("store/passwordInKeychain"_L1, inKeychain);
}

QList<qint64> AppSettings::tokensInKeychain() const
{
    QList<qint64> ids;
    for (const QString &entry : listValue(m_settings, "tokens/inKeychain"_L1)) {
        bool ok = false;
        const qint64 id = entry.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void AppSettings::setTokensInKeychain(const QList<qint64> &ids)
{
    QStringList entries;
    for (const qint64 id : ids)
        entries.append(QString::number(id));
    if (entries.isEmpty())
        m_settings.remove("tokens/inKeychain"_L1);
    else
        m_settings.setValue("tokens/inKeychain"_L1, entries.join(u','));
}

void AppSettings::setTokenInKeychain(qint64 id, bool remembered)
{
    QList<qint64> ids = tokensInKeychain();
    ids.removeAll(id);
    if (remembered)
        ids.append(id);
    setTokensInKeychain(ids);
}

QStringList AppSettings::clientsInKeychain() const
{
    QStringList ids = listValue(m_settings, "oauthClients/inKeychain"_L1);
    ids.removeDuplicates();
    ids.removeAll(QString());
    return ids;
}

void AppSettings::setClientInKeychain(const QString &clientId, bool remembered)
{
    QStringList ids = clientsInKeychain();
    ids.removeAll(clientId);
    if (remembered)
        ids.append(clientId);
    m_settings.setValue("oauthClients/inKeychain"_L1, ids);
}

QString AppSettings::listen() const
{
    return m_settings.value("receiver/listen"_L1, u"127.0.0.1:8080"_s).toString();
}

void AppSettings::setListen(const QString &hostPort)
{
    m_settings.setValue("receiver/listen"_L1, hostPort);
}

qint64 AppSettings::maxBodyBytes() const
{
    return m_settings.value("receiver/maxBodyBytes"_L1, qint64(10 * 1024 * 1024)).toLongLong();
}

int AppSettings::idleTimeoutMs() const
{
    return m_settings.value("receiver/idleTimeoutMs"_L1, 60000).toInt();
}

QStringList AppSettings::trustedProxies() const
{
    return listValue(m_settings, "receiver/trustedProxies"_L1);
}

void AppSettings::setTrustedProxies(const QStringList &proxies)
{
    m_settings.setValue("receiver/trustedProxies"_L1, proxies);
}

int AppSettings::logRetentionDays() const
{
    return std::max(0, m_settings.value("log/retentionDays"_L1, 30).toInt());
}

void AppSettings::setLogRetentionDays(int days)
{
    m_settings.setValue("log/retentionDays"_L1, days);
}

qint64 AppSettings::logRetentionRows() const
{
    return std::max<qint64>(0, m_settings.value("log/retentionRows"_L1, qint64(1000000)).toLongLong());
}

void AppSettings::setLogRetentionRows(qint64 rows)
{
    m_settings.setValue("log/retentionRows"_L1, rows);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value("window/geometry"_L1).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue("window/geometry"_L1, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value("window/state"_L1).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue("window/state"_L1, state);
}

QByteArray AppSettings::viewState(const QString &name) const
{
    return m_settings.value(u"views/"_s + name).toByteArray();
}

void AppSettings::setViewState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"views/"_s + name, state);
}

} // namespace scimmon
