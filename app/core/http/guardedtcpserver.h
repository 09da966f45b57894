#pragma once

#include "../store/storetypes.h"

#include <QTcpServer>

namespace scimmon {

/// The listening socket handed to the HTTP server. It closes the gaps of QtHttpServer 6.4 that
/// sit below the request level: a request body larger than the limit is refused with 413 before
/// it is read (memory stays bounded, also for chunked bodies), a request head larger than 64 KiB
/// with 431, `Expect: 100-continue` is answered at once, and a connection idle for longer than the
/// idle timeout is closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    /// `maxBodyBytes`: the largest request body accepted, in bytes. `idleTimeoutMs`: how long a
    /// connection may stay silent (no bytes read or written), in milliseconds.
    GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent = nullptr);

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

Q_SIGNALS:
    /// A request was refused here, before the HTTP server saw it (413, 431). The record carries the
    /// client, method, path and status; the request log shows it like any other request.
    void requestRefused(const scimmon::RequestRecord &record);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void inspect(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &head, const QString &detail);

    qint64 m_maxBodyBytes;
    int m_idleTimeoutMs;
};

} // namespace scimmon
