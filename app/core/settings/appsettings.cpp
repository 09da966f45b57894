#include "appsettings.h"

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
    QString dir = requested.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      : QDir(requested).absolutePath();
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
    // QSettings reads "a, b" as a list and "a" as a string: accept both.
    const QVariant v = m_settings.value("receiver/trustedProxies"_L1);
    QStringList out;
    for (const QString &entry : v.toStringList().join(u',').split(u',', Qt::SkipEmptyParts))
        out.append(entry.trimmed());
    return out;
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
