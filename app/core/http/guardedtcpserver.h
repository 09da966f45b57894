#pragma once

#include "http/connectionguard.h"
#include "model/requestrecord.h"

#include <QSslConfiguration>
#include <QTcpServer>

class QSslSocket;

namespace scimmon {

/// The listening socket handed to the HTTP server. Each accepted connection gets a
/// ConnectionGuard (limits, deadlines, 100-continue, idle close), and at most `maxConnections`
/// are open at once: further clients get 503 and are closed, so slow or idle clients cannot use
/// up the process's file descriptors.
///
/// With setTls(), every connection is HTTPS: the first byte a client sends tells a TLS handshake
/// from a plain-HTTP request. A plain request is answered in plain HTTP with 400 and a SCIM error
/// that names the https:// address, and closed (so a mistyped Tenant URL fails at once instead of
/// hanging); a handshake that fails (TLS 1.1 or older, no common cipher) or does not finish within
/// the head timeout closes the connection. The HTTP server gets a connection only once it is
/// encrypted, and its guard sees the decrypted bytes.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const ConnectionLimits &limits, int maxConnections, QObject *parent = nullptr);

    /// Serves HTTPS with `configuration` (see TlsCredentials::load) on connections accepted from
    /// now on.
    void setTls(const QSslConfiguration &configuration)
    {
        m_tls = configuration;
        m_useTls = true;
    }
    /// True after setTls(): connections are HTTPS.
    bool isTls() const { return m_useTls; }

    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A request was refused before the HTTP server saw it (400, 408, 413, 431, 503). The
    /// request log shows it like any other request.
    void requestRefused(const scimmon::RequestRecord &record);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    /// Hands a connection (encrypted, for HTTPS) to the HTTP server behind its guard.
    void serve(QTcpSocket *socket);
    /// Waits for the client's first byte, then starts the TLS handshake or refuses plain HTTP.
    void startTls(QSslSocket *socket);
    /// Answers a plain-HTTP request on the HTTPS port with 400 and closes the connection.
    void refusePlainHttp(QSslSocket *socket);

    QSslConfiguration m_tls; ///< used when m_useTls
    bool m_useTls = false;
    ConnectionLimits m_limits;
    int m_maxConnections;
    int m_open = 0;
};

} // namespace scimmon
