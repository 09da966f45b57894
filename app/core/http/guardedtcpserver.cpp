#include "guardedtcpserver.h"

#include "../scim/scimerror.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const char *kRefused = "scimmon_refused";

QString peer(const QTcpSocket *socket)
{
    QHostAddress a = socket->peerAddress();
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    return ok ? v4.toString() : a.toString();
}

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, int idleTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    idle->start();
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::bytesWritten, idle, [idle] { idle->start(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // QtHttpServer reads a request inside a QIODevice transaction, so the whole request stays in
    // the socket's buffer until it is complete: capping the buffer bounds memory for any body.
    socket->setReadBufferSize(m_maxBodyBytes + kMaxHeadBytes);
    // Connected before the HTTP server's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle] {
        idle->start();
        inspect(socket);
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    if (socket->property(kRefused).toBool()) {
        socket->readAll(); // discard what a refused client keeps sending
        return;
    }
    if (socket->isTransactionStarted())
        return; // in the middle of a request whose head was already checked
    const QByteArray head = socket->peek(kMaxHeadBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeadBytes)
            refuse(socket, 431, head, u"The request head is larger than %1 bytes."_s.arg(kMaxHeadBytes));
        return;
    }
    static const QRegularExpression contentLength(u"\\r\\ncontent-length:[ \\t]*(\\d+)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression expect(u"\\r\\nexpect:[ \\t]*100-continue"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QString h = QString::fromLatin1(head.left(end + 2));
    const auto m = contentLength.match(h);
    if (m.hasMatch() && m.captured(1).toLongLong() > m_maxBodyBytes) {
        refuse(socket, 413, head.left(end),
               u"The request body of %1 bytes is larger than the limit of %2 bytes."_s.arg(m.captured(1))
                   .arg(m_maxBodyBytes));
        return;
    }
    if (expect.match(h).hasMatch())
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QByteArray &head, const QString &detail)
{
    const ScimError error{status, {}, detail};
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Request Header Fields Too Large";
    socket->setProperty(kRefused, true);
    socket->readAll();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/scim+json; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();

    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.client = peer(socket);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    record.method = QString::fromLatin1(requestLine.value(0));
    record.path = QString::fromUtf8(requestLine.value(1).left(2048));
    record.status = status;
    record.operation = u"Rejected"_s;
    record.responseBody = QString::fromUtf8(body);
    Q_EMIT requestRefused(record);
}

} // namespace scimmon
