#pragma once

#include <QObject>

class QSocketNotifier;

namespace scimmon {

/// Turns SIGINT, SIGTERM and SIGHUP (the terminal closed) into a Qt signal delivered on the event loop (the self-pipe
/// pattern), so that a headless receiver can stop cleanly. One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    /// SIGINT, SIGTERM or SIGHUP arrived; `signalNumber` says which.
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace scimmon
