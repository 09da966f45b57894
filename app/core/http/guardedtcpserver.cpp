#include "http/guardedtcpserver.h"

#include "http/refusal.h"
#include "platform/logging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace scimmon {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, int maxConnections, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxConnections(maxConnections)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_useTls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections && m_useTls) {
        // Nothing readable can be answered before a handshake: close at once.
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (m_open >= m_maxConnections) {
        // Answer once the client has sent its request (closing earlier makes the kernel reset the
        // connection and the client never reads the answer), and drop it after a second anyway.
        const QString detail = u"Too many open connections (%1); try again later."_s.arg(m_maxConnections);
        qCWarning(lcHttp).noquote() << "refused a connection from" << Refusal::addressText(socket->peerAddress())
                                    << detail;
        connect(socket, &QTcpSocket::readyRead, socket, [socket, detail] {
            socket->readAll();
            if (socket->property("scimmon_answered").toBool())
                return;
            socket->setProperty("scimmon_answered", true);
            Refusal::write(socket, 503, detail, {{"Retry-After", "5"}});
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_useTls)
        startTls(static_cast<QSslSocket *>(socket));
    else
        serve(socket);
}

void GuardedTcpServer::startTls(QSslSocket *socket)
{
    socket->setSslConfiguration(m_tls);
    auto *handshakeDeadline = new QTimer(socket);
    handshakeDeadline->setSingleShot(true);
    connect(handshakeDeadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    handshakeDeadline->start(m_limits.headTimeoutMs);
    // A TLS connection opens with a handshake record (content type 22); anything else is not TLS.
    auto sniff = std::make_shared<QMetaObject::Connection>();
    *sniff = connect(socket, &QSslSocket::readyRead, this, [this, socket, sniff] {
        char first = 0;
        if (socket->peek(&first, 1) != 1)
            return;
        QObject::disconnect(*sniff);
        if (first == 0x16)
            socket->startServerEncryption();
        else
            refusePlainHttp(socket);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, handshakeDeadline] {
        handshakeDeadline->stop();
        serve(socket);
    });
    // A failed handshake (protocol version, ciphers, garbage): close, unless the HTTP server
    // already owns the connection.
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket](QAbstractSocket::SocketError) {
        if (socket->isEncrypted())
            return;
        socket->abort();
        socket->deleteLater();
    });
}

void GuardedTcpServer::refusePlainHttp(QSslSocket *socket)
{
    const QByteArray head = socket->readAll();
    const QByteArray requestLine = head.left(std::max<qsizetype>(0, head.indexOf("\r\n"))).left(4096);
    QByteArray host;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("host:"))
            host = line.mid(5).trimmed();
    const QString https = u"https://"_s
        + (host.isEmpty() ? u"HOST:"_s + QString::number(socket->localPort()) : QString::fromLatin1(host.left(255)));
    const QByteArray body = Refusal::write(
        socket, 400, u"This port speaks HTTPS only: send the request to %1 instead of plain HTTP."_s.arg(https));
    // Whatever else the client sends is read and dropped until it goes; the deadline still ends it.
    connect(socket, &QSslSocket::readyRead, socket, [socket] { socket->readAll(); });

    RequestRecord record = Refusal::record(socket, requestLine, 400, body);
    record.quirks.append(Quirk{Quirk::Kind::PlainHttpOnHttpsPort, {}});
    Q_EMIT requestRefused(record);
}

void GuardedTcpServer::serve(QTcpSocket *socket)
{
    // QtHttpServer reads a request inside a QIODevice transaction, keeping it buffered until it is
    // complete: capping the buffer bounds memory for any body, whatever the guard decides.
    socket->setReadBufferSize(m_limits.maxBodyBytes + m_limits.maxHeadBytes + 128 * 1024);
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::requestRefused);
    // Connected before the HTTP server's own readyRead handler (added when the server takes the
    // pending connection), so the guard sees each byte first.
    connect(socket, &QTcpSocket::readyRead, guard, &ConnectionGuard::onReadyRead);
    addPendingConnection(socket);
}

} // namespace scimmon
