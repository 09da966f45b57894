#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"

#include <QByteArray>
#include <QHostAddress>

class QAbstractSocket;

namespace scimmon {

/// What the HTTP edge answers and logs when it refuses a connection or a request before the SCIM
/// router sees it (400, 408, 413, 431, 503): the one writer of a raw HTTP error reply, the one
/// factory of a refused request's log record, and the one format of a peer address.
class Refusal
{
public:
    /// Writes `HTTP/1.1 <status> <reason>` with a SCIM error body (RFC 7644 §3.12, `detail`),
    /// Content-Type application/scim+json, `extra` headers and `Connection: close` to `socket`, and
    /// closes the connection once the reply is sent (QAbstractSocket::disconnectFromHost(): until
    /// then the socket still knows its peer, for record()). Returns the body written.
    static QByteArray write(QAbstractSocket *socket, int status, const QString &detail, const HeaderList &extra = {});

    /// The log record of a request refused on `socket`: now, the peer's address, the method and
    /// (redacted) path read from `requestLine` (the raw first line, possibly cut or garbled),
    /// `status`, operation Rejected, the response `body` and the time the request took so far
    /// (`durationMs`, milliseconds).
    static RequestRecord record(const QAbstractSocket *socket, const QByteArray &requestLine, int status,
                                const QByteArray &body, double durationMs = 0);

    /// `address` as text, an IPv4-mapped IPv6 address ("::ffff:10.0.0.1") as plain IPv4.
    static QString addressText(const QHostAddress &address);
};

} // namespace scimmon
