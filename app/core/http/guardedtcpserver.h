#pragma once

#include "../store/storetypes.h"
#include "connectionguard.h"

#include <QTcpServer>

namespace scimmon {

/// The listening socket handed to the HTTP server. Each accepted connection gets a
/// ConnectionGuard (limits, deadlines, 100-continue, idle close), and at most `maxConnections`
/// are open at once: further clients get 503 and are closed, so slow or idle clients cannot use
/// up the process's file descriptors.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionLimits &limits, int maxConnections, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A request was refused before the HTTP server saw it (400, 408, 413, 431, 503). The
    /// request log shows it like any other request.
    void requestRefused(const scimmon::RequestRecord &record);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    int m_maxConnections;
    int m_open = 0;
};

} // namespace scimmon
