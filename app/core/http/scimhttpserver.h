#pragma once

#include "http/responsewriter.h"
#include "model/httpexchange.h"
#include "model/requestrecord.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace scimmon {

/// The one class that touches QtHttpServer's request types (newer Qt changes that API; only this
/// file then changes). It sees every request the HTTP server parses, 404s and 405s included,
/// passes it to the handler as an HttpRequest with a ResponseWriter that writes the response
/// exactly as the handler made it (status, headers, body), and closes the connection after it when the client sent
/// `Connection: close` or spoke HTTP/1.0 without keep-alive.
class ScimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /// Called on the server's thread for every request with the transport fields of its log
    /// record filled (time, client, method, redacted path). The handler completes the record,
    /// makes the complete response (with Content-Length and, when the request asks for it,
    /// `Connection: close`: see completeResponse()) and writes it with the ResponseWriter, at
    /// once or later (after its transaction has committed); until then the connection reads no
    /// further request (ConnectionGuard), so pipelined responses keep their order.
    using Handler = std::function<void(const HttpRequest &, RequestRecord &&, ResponseWriter)>;
    explicit ScimHttpServer(Handler handler, QObject *parent = nullptr);

    /// Reverse proxies (addresses or subnets) whose X-Forwarded-For names the client: for a
    /// request from one of them, the client recorded is the last address in X-Forwarded-For that
    /// is not itself a trusted proxy. Requests from other peers record the peer's address, whatever
    /// they send. Empty (the default): X-Forwarded-For is never believed.
    void setTrustedProxies(const QList<QPair<QHostAddress, int>> &proxies) { m_trustedProxies = proxies; }

    /// Sets Content-Length and, for `request.closeAfterResponse`, `Connection: close` on `response`:
    /// what the handler calls before it logs the response headers.
    static void completeResponse(const HttpRequest &request, HttpResponse &response);

    /// The client address of a request from `peer` that carried `forwardedFor` (the
    /// X-Forwarded-For value, possibly empty), under the trust rule of setTrustedProxies().
    static QString clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                 const QList<QPair<QHostAddress, int>> &trustedProxies);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
};

} // namespace scimmon
