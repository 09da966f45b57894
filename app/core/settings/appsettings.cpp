#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

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
