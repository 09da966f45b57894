#pragma once

#include "../store/storetypes.h"
#include "httpexchange.h"

#include <QAbstractHttpServer>

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

Q_SIGNALS:
    /// One request was answered. The record holds transport fields, the duration in milliseconds
    /// and the redacted headers and bodies.
    void requestHandled(const scimmon::RequestRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace scimmon
