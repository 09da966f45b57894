#pragma once

#include "model/requestrecord.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace scimmon {

/// Limits one client connection must keep to.
struct ConnectionLimits
{
    qint64 maxBodyBytes = 10 * 1024 * 1024; ///< largest request body, bytes (413 above)
    qsizetype maxHeadBytes = 64 * 1024; ///< largest request line + headers, bytes (431 above)
    int maxHeaderFields = 64; ///< most header fields in one request (431 above)
    int headTimeoutMs = 10 * 1000; ///< time for a request's head to arrive complete (408 after)
    int requestTimeoutMs = 60 * 1000; ///< time for a whole request to arrive (408 after)
    int idleTimeoutMs = 60 * 1000; ///< time a connection may wait for its next request
};

/// Watches one connection below the HTTP server, seeing every byte before QtHttpServer 6.4 reads
/// it, and refuses what that server would mishandle: a head over the size or header-count limit
/// (431), a body over the limit with Content-Length or chunked (413), a malformed request line,
/// conflicting or invalid Content-Length, Content-Length with Transfer-Encoding (400), and a
/// request that trickles in too slowly (408). It answers `Expect: 100-continue`, closes idle
/// connections, and marks connections that must close after their response (HTTP/1.0 without
/// keep-alive). A refused request is answered with a SCIM error, the connection closed, and
/// refused() emitted. Lives as a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    /// Socket property set to true when the connection must close after the current response.
    static constexpr const char *kCloseAfterResponse = "scimmon_close_after_response";

    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits);

    /// Must be connected to the socket's readyRead before the HTTP server's own handler.
    void onReadyRead();

Q_SIGNALS:
    void refused(const scimmon::RequestRecord &record);

private:
    enum class Phase { Idle, Head, Body, Complete };
    void feed(QByteArray data);
    bool readHead();
    void onBytesWritten(qint64 bytes);
    void finishRequest();
    void refuse(int status, const QString &detail);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QTimer m_deadline;
    QElapsedTimer m_started;
    Phase m_phase = Phase::Idle;
    QByteArray m_head;
    QByteArray m_pending; ///< bytes of the next pipelined request
    qint64 m_bodyExpected = 0; ///< -1: chunked
    qint64 m_bodySeen = 0;
    qint64 m_ownBytes = 0; ///< bytes written by the guard itself (100 Continue), not a response
    bool m_refused = false;
};

} // namespace scimmon
