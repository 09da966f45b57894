#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace scimmon {

/// Tells systemd how the service is doing (sd_notify(3), for a unit with `Type=notify`): READY=1
/// once the receiver listens, STATUS= lines, STOPPING=1 on the way out, and WATCHDOG=1 keep-alives
/// while `WatchdogSec=` is set and the receiver proves it is alive. Without NOTIFY_SOCKET (not run
/// by systemd) every call does nothing.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    /// True when systemd waits for notifications (NOTIFY_SOCKET is set).
    static bool isActive();
    /// READY=1 with `status` as STATUS=.
    void ready(const QString &status);
    /// STATUS=`status`.
    void status(const QString &status);
    /// STOPPING=1.
    void stopping();

    /// Whether the service is alive is asked with `probe`, which must call the function it is
    /// given once the receiver's worker thread has answered. When systemd's watchdog is enabled
    /// (sd_watchdog_enabled(3)), every half watchdog period WATCHDOG=1 is sent if the previous
    /// probe was answered, and a new probe starts: a receiver stuck for a whole period is
    /// restarted by systemd. Without a watchdog nothing happens.
    void startWatchdog(std::function<void(std::function<void()> alive)> probe);
    /// The watchdog's period in microseconds as systemd set it (0: none).
    static quint64 watchdogUsec();

private:
    void send(const QByteArray &state);

    QTimer m_watchdog;
    bool m_answered = true;
    std::function<void(std::function<void()>)> m_probe;
};

} // namespace scimmon
