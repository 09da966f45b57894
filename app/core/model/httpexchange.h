#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace scimmon {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// An HTTP request as the SCIM router sees it, independent of the HTTP server library.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", ... ("UNKNOWN" for methods the server cannot name)
    QString path; ///< decoded path, e.g. "/scim/v2/Users"
    QByteArray rawQuery; ///< the query as sent (percent-encoded), without '?'
    HeaderList headers; ///< as sent, original case, duplicates kept
    QByteArray body;
    QString client; ///< client address, e.g. "127.0.0.1"
    QString origin; ///< scheme, host and port the client addressed, e.g. "http://127.0.0.1:8080"
    /// The connection closes after the response: the client sent `Connection: close`, or spoke
    /// HTTP/1.0 without keep-alive.
    bool closeAfterResponse = false;

    /// The first header called `name` (any case); empty when absent.
    QByteArray header(const QByteArray &name) const;
    /// The query parameter `name` (any case: Entra sends both `startIndex` and `startindex`),
    /// decoded with '+' read as a space (HTML form encoding, as Entra sends it) and %XX as UTF-8.
    /// Null QString when absent.
    QString query(const QString &name) const;
    /// All query parameters, decoded as query() does, in order.
    QList<QPair<QString, QString>> queryItems() const;
};

/// The name/value pairs of an application/x-www-form-urlencoded text (a query, or a form body as
/// RFC 6749 §4.4.2 sends it), in order, duplicates kept, '+' read as a space and %XX as UTF-8.
QList<QPair<QString, QString>> formItems(const QByteArray &encoded);

/// The RFC 9110 §15 reason phrase of `status` ("Not Found"), for every status the receiver
/// answers, the fault rules may answer and the window explains; empty for any other. The one
/// table: the HTTP edge writes it on the status line, the window shows it, fault rules name it.
QByteArray httpReasonPhrase(int status);

/// An HTTP response produced by the router.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

} // namespace scimmon
