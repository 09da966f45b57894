#include "http/scimhttpserver.h"

#include "http/connectionguard.h"
#include "http/redaction.h"
#include "http/refusal.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isTrusted(const QHostAddress &address, const QList<QPair<QHostAddress, int>> &proxies)
{
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    for (const auto &subnet : proxies)
        if (address.isInSubnet(subnet) || (ok && v4.isInSubnet(subnet)))
            return true;
    return false;
}

bool validHost(const QByteArray &host)
{
    static const QRegularExpression re(u"^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"_s);
    return !host.isEmpty() && host.size() < 256 && re.match(QString::fromLatin1(host)).hasMatch();
}

/// The scheme, host and port the client addressed, for Location and meta.location: the Host
/// header (https on an encrypted connection), or X-Forwarded-Proto/X-Forwarded-Host when the peer
/// is on this machine (a reverse proxy or tunnel client in front of the port). Falls back to the
/// listening address for a missing or malformed Host.
QString origin(const HttpRequest &req, const QTcpSocket *socket, bool trustedPeer)
{
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    QString scheme = tls && tls->isEncrypted() ? u"https"_s : u"http"_s;
    QByteArray host = req.header("host").trimmed();
    if (socket->peerAddress().isLoopback() || trustedPeer) {
        const QByteArray proto = req.header("x-forwarded-proto").split(',').value(0).trimmed().toLower();
        if (proto == "https" || proto == "http")
            scheme = QString::fromLatin1(proto);
        const QByteArray forwardedHost = req.header("x-forwarded-host").split(',').value(0).trimmed();
        if (validHost(forwardedHost))
            host = forwardedHost;
    }
    if (!validHost(host)) {
        const QHostAddress local = socket->localAddress();
        const QString address
            = local.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + local.toString() + u']' : local.toString();
        return scheme + u"://"_s + address + u':' + QString::number(socket->localPort());
    }
    return scheme + u"://"_s + QString::fromLatin1(host);
}

} // namespace

QString ScimHttpServer::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                      const QList<QPair<QHostAddress, int>> &trustedProxies)
{
    if (!isTrusted(peer, trustedProxies))
        return Refusal::addressText(peer);
    // Each proxy appends the address it received the request from: read from the right, skipping
    // the trusted proxies; the first other address is the client. An entry that is no address
    // (forged or garbled) ends the walk at the last good one.
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QString text = QString::fromLatin1(it->trimmed());
        if (text.startsWith(u'[') && text.contains(u']'))
            text = text.mid(1, text.indexOf(u']') - 1); // "[v6]:port"
        else if (text.count(u':') == 1)
            text = text.section(u':', 0, 0); // "v4:port"
        QHostAddress hop;
        if (text.isEmpty() || !hop.setAddress(text))
            break;
        client = hop;
        if (!isTrusted(hop, trustedProxies))
            break;
    }
    return Refusal::addressText(client);
}

ScimHttpServer::ScimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

void ScimHttpServer::completeResponse(const HttpRequest &request, HttpResponse &response)
{
    if (request.closeAfterResponse)
        response.setHeader("Connection", "close");
    response.setHeader("Content-Length", QByteArray::number(response.body.size()));
}

bool ScimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    req.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    req.headers = request.headers();
    req.body = request.body();
    const bool trustedPeer = isTrusted(socket->peerAddress(), m_trustedProxies);
    req.client = clientAddress(socket->peerAddress(), req.header("x-forwarded-for"), m_trustedProxies);
    req.origin = origin(req, socket, trustedPeer);
    // Connection: close, or HTTP/1.0 without keep-alive (seen by the connection guard).
    req.closeAfterResponse = socket->property(ConnectionGuard::kCloseAfterResponse).toBool()
        || req.header("connection").toLower().contains("close");

    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.client = req.client;
    record.method = QString::fromLatin1(req.method);
    record.path
        = Redaction::path(req.path + (req.rawQuery.isEmpty() ? QString() : u'?' + QString::fromLatin1(req.rawQuery)));

    m_handler(req, std::move(record), ResponseWriter(socket, req.method == "HEAD", req.closeAfterResponse));
    return true;
}

void ScimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only reached if it ever declines one.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace scimmon
