#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace scimmon {

/// The application's settings, typed, in `settings.ini` inside the data directory, so that
/// `--data-dir` keeps everything of one instance in one folder. Only non-secret values live here;
/// secrets belong in the OS keychain.
class AppSettings
{
public:
    /// Settings of the instance whose data directory is `dataDir`.
    explicit AppSettings(const QString &dataDir);

    /// The data directory for `requested` (from --data-dir) or, when empty, the platform's
    /// application-data location (~/.local/share/scim-monitor on Linux). Created if missing.
    /// Empty with `*error` set when it cannot be created.
    static QString resolveDataDir(const QString &requested, QString *error);

    QString dataDir() const { return m_dataDir; }

    /// Listen address of the receiver, "HOST:PORT"; default "127.0.0.1:8080".
    QString listen() const;
    void setListen(const QString &hostPort);

    /// Largest request body accepted, in bytes; default 10 MiB.
    qint64 maxBodyBytes() const;
    /// Idle connection timeout, in milliseconds; default 60 000.
    int idleTimeoutMs() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Saved state of a splitter or header, by name.
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QString m_dataDir;
    QSettings m_settings;
};

} // namespace scimmon
