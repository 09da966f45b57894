#include "scimhttpserver.h"

#include "connectionguard.h"
#include "redaction.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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

QString clientAddress(const QTcpSocket *socket)
{
    const QHostAddress a = socket->peerAddress();
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    return ok ? v4.toString() : a.toString();
}

} // namespace

ScimHttpServer::ScimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool ScimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();

    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    req.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    req.headers = request.headers();
    req.body = request.body();
    req.client = clientAddress(socket);
    req.origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (req.origin.endsWith(u'/'))
        req.origin.chop(1);

    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.client = req.client;
    record.method = QString::fromLatin1(req.method);
    record.path = req.path + (req.rawQuery.isEmpty() ? QString() : u'?' + QString::fromLatin1(req.rawQuery));

    HttpResponse response = m_handler(req, record);

    // Connection: close, or HTTP/1.0 without keep-alive (seen by the connection guard).
    const bool close = socket->property(ConnectionGuard::kCloseAfterResponse).toBool()
        || req.header("connection").toLower().contains("close");
    if (close)
        response.setHeader("Connection", "close");
    response.setHeader("Content-Length", QByteArray::number(response.body.size()));

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
    if (close)
        socket->disconnectFromHost();

    record.status = response.status;
    record.durationMs = double(timer.nsecsElapsed()) / 1e6;
    record.requestHeaders = Redaction::headers(req.headers);
    record.requestBody = Redaction::body(req.body);
    record.responseHeaders = Redaction::headers(response.headers);
    record.responseBody = Redaction::body(response.body);
    Q_EMIT requestHandled(record);
    return true;
}

void ScimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is only reached if it ever declines one.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace scimmon
