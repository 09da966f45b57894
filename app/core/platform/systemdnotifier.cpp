#include "platform/systemdnotifier.h"

#include <QPointer>

#include <systemd/sd-daemon.h>

using namespace Qt::StringLiterals;

namespace scimmon {

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_answered)
            send("WATCHDOG=1");
        m_answered = false;
        QPointer<SystemdNotifier> self(this);
        m_probe([self] {
            if (SystemdNotifier *notifier = self.data())
                notifier->m_answered = true;
        });
    });
}

bool SystemdNotifier::isActive()
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void SystemdNotifier::send(const QByteArray &state)
{
    if (isActive())
        sd_notify(0, state.constData());
}

void SystemdNotifier::ready(const QString &text)
{
    send("READY=1\nSTATUS=" + text.toUtf8());
}

void SystemdNotifier::status(const QString &text)
{
    send("STATUS=" + text.toUtf8());
}

void SystemdNotifier::stopping()
{
    send("STOPPING=1");
}

quint64 SystemdNotifier::watchdogUsec()
{
    uint64_t usec = 0;
    return sd_watchdog_enabled(0, &usec) > 0 ? quint64(usec) : 0;
}

void SystemdNotifier::startWatchdog(std::function<void(std::function<void()>)> probe)
{
    const quint64 usec = watchdogUsec();
    if (usec == 0 || !isActive())
        return;
    m_probe = std::move(probe);
    m_watchdog.setInterval(int(std::max<quint64>(usec / 2000, 100)));
    m_watchdog.start();
    send("WATCHDOG=1");
}

} // namespace scimmon
