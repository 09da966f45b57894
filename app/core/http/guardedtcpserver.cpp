#include "guardedtcpserver.h"

#include "../scim/scimerror.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

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
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        // Answer once the client has sent its request (closing earlier makes the kernel reset the
        // connection and the client never reads the answer), and drop it after a second anyway.
        const ScimError error{503, {}, u"Too many open connections (%1); try again later."_s.arg(m_maxConnections)};
        const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
        connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
            socket->readAll();
            if (socket->property("scimmon_answered").toBool())
                return;
            socket->setProperty("scimmon_answered", true);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/scim+json; charset=utf-8\r\n"
                          "Retry-After: 5\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
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
