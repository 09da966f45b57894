#include "http/responsewriter.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace scimmon {

ResponseWriter::ResponseWriter(QAbstractSocket *socket, bool head, bool closeAfterResponse)
    : m_socket(socket)
    , m_head(head)
    , m_close(closeAfterResponse)
{
}

bool ResponseWriter::connected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray ResponseWriter::message(const HttpResponse &response) const
{
    QByteArray message;
    qsizetype size = 32 + (m_head ? 0 : response.body.size());
    for (const auto &[name, value] : response.headers)
        size += name.size() + value.size() + 4;
    message.reserve(size);
    message += "HTTP/1.1 ";
    message += QByteArray::number(response.status);
    message += ' ';
    message += reasonPhrase(response.status);
    message += "\r\n";
    for (const auto &[name, value] : response.headers) {
        message += name;
        message += ": ";
        message += value;
        message += "\r\n";
    }
    message += "\r\n";
    if (!m_head)
        message += response.body;
    return message;
}

bool ResponseWriter::write(const HttpResponse &response) const
{
    QAbstractSocket *socket = m_socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    socket->write(message(response));
    if (m_close)
        socket->disconnectFromHost(); // sends what is buffered first, then closes
    return true;
}

bool ResponseWriter::writeTruncated(const HttpResponse &response) const
{
    QAbstractSocket *socket = m_socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray whole = message(response);
    const qsizetype body = m_head ? 0 : response.body.size();
    // Half of the body; without one, the head without its last line end.
    const qsizetype keep = body > 0 ? whole.size() - body + body / 2 : whole.size() - 2;
    socket->write(whole.left(keep));
    socket->disconnectFromHost();
    return true;
}

void ResponseWriter::reset() const
{
    QAbstractSocket *socket = m_socket.data();
    if (!socket)
        return;
#ifdef Q_OS_UNIX
    // abort() alone closes with FIN once nothing is pending; a zero linger makes it a reset.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger immediately{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
#endif
    socket->abort();
}

void ResponseWriter::closeWithoutAnswer() const
{
    if (QAbstractSocket *socket = m_socket.data())
        socket->disconnectFromHost();
}

QByteArray ResponseWriter::reasonPhrase(int status)
{
    const QByteArray phrase = httpReasonPhrase(status);
    return phrase.isEmpty() ? QByteArrayLiteral("Unknown") : phrase;
}

} // namespace scimmon
