#pragma once

#include "model/httpexchange.h"

#include <QByteArray>
#include <QPointer>

class QAbstractSocket;

namespace scimmon {

/// Writes one response to the connection its request came on, now or later: the receiver answers
/// a request only after the transaction that holds its change and its log row has committed, and
/// it commits the requests of one turn of its event loop together (group commit). The writer holds
/// the socket weakly: a client that went away in between is not written to.
class ResponseWriter
{
public:
    ResponseWriter() = default;
    /// A writer for the request read from `socket`; `head` when it was a HEAD request (its response
    /// carries no content, RFC 9110 §9.3.2); `closeAfterResponse` closes the connection once the
    /// response is written (`Connection: close`, or HTTP/1.0 without keep-alive).
    ResponseWriter(QAbstractSocket *socket, bool head, bool closeAfterResponse);

    /// Writes `response` as an HTTP/1.1 message: status line with its reason phrase, the headers in
    /// their order (the caller has set Content-Length, see ScimHttpServer::completeResponse()), an
    /// empty line and the body; sent from the event loop's next pass (not flushed here: the socket's
    /// bytesWritten() would then reach the connection's guard inside the caller's loop over a turn's
    /// answers). A connection that closes after the response is closed once it is sent. Returns
    /// false (and writes nothing) when the connection is gone.
    bool write(const HttpResponse &response) const;
    /// Fault injection: writes the head and the first half of `response`'s body (at least one
    /// byte short; a response without a body loses the end of its head), then closes the
    /// connection. False when the connection is gone.
    bool writeTruncated(const HttpResponse &response) const;
    /// Fault injection: resets the connection (TCP RST, SO_LINGER 0) without an answer.
    void reset() const;
    /// Fault injection: closes the connection (FIN) without an answer.
    void closeWithoutAnswer() const;
    /// True while the connection the request came on is open.
    bool connected() const;

    /// httpReasonPhrase() of `status` for the status line; "Unknown" for a code it has none for.
    static QByteArray reasonPhrase(int status);

private:
    /// The whole HTTP/1.1 message of `response` (see write()).
    QByteArray message(const HttpResponse &response) const;

    QPointer<QAbstractSocket> m_socket;
    bool m_head = false;
    bool m_close = false;
};

} // namespace scimmon
