#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace scimmon {

/// The one class that touches QtHttpServer's request types (newer Qt changes that API; only this
/// file then changes). It sees every request the HTTP server parses, 404s and 405s included,
/// passes it to the handler as an HttpRequest, writes the response with the status and headers
/// the handler chose, closes the connection after the response when the client sent
/// `Connection: close`, and reports each exchange with its duration.
class ScimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /// Called on the server's thread for every request; returns the response and fills the
    /// SCIM-level fields of the record (operation, target, ...).
    using Handler = std::function<HttpResponse(const HttpRequest &, RequestRecord &)>;

    explicit ScimHttpServer(Handler handler, QObject *parent = nullptr);

    /// Reverse proxies (addresses or subnets) whose X-Forwarded-For names the client: for a
    /// request from one of them, the client recorded is the last address in X-Forwarded-For that
    /// is not itself a trusted proxy. Requests from other peers record the peer's address, whatever
    /// they send. Empty (the default): X-Forwarded-For is never believed.
    void setTrustedProxies(const QList<QPair<QHostAddress, int>> &proxies) { m_trustedProxies = proxies; }

    /// The client address of a request from `peer` that carried `forwardedFor` (the
    /// X-Forwarded-For value, possibly empty), under the trust rule of setTrustedProxies().
    static QString clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                 const QList<QPair<QHostAddress, int>> &trustedProxies);

Q_SIGNALS:
    /// One request was answered. The record holds transport fields, the duration in milliseconds
    /// and the redacted headers and bodies.
    void requestHandled(const scimmon::RequestRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
};

} // namespace scimmon
