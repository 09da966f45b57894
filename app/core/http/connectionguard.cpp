#include "http/connectionguard.h"

#include "http/refusal.h"
#include "platform/logging.h"

#include <QTcpSocket>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The length of the head at the start of `bytes` up to and including the empty line that ends
/// it (CRLF CRLF, or bare LFs); -1 while it has not arrived.
qsizetype headLength(const QByteArray &bytes)
{
    for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes.at(i + 1) == '\r' && bytes.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

/// True when `name` is an RFC 9110 §5.6.2 token: the characters a field name may have.
bool isToken(QByteArrayView name)
{
    for (const char c : name) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && (c == '\0' || !std::strchr("!#$%&'*+-.^_`|~", c)))
            return false;
    }
    return !name.isEmpty();
}

/// True when `line` (trimmed) is an RFC 9112 §3 request line this server takes: a method token,
/// one space, a target without spaces, one space, and HTTP/1.0 or HTTP/1.1.
bool isRequestLine(QByteArrayView line)
{
    const qsizetype methodEnd = line.indexOf(' ');
    if (methodEnd <= 0 || !isToken(line.first(methodEnd)))
        return false;
    const qsizetype targetEnd = line.indexOf(' ', methodEnd + 1);
    if (targetEnd <= methodEnd + 1)
        return false;
    const QByteArrayView version = line.sliced(targetEnd + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

/// True when `value` is a Content-Length this server takes: 1 to 15 decimal digits (RFC 9110 §8.6).
bool isLength(QByteArrayView value)
{
    return !value.isEmpty() && value.size() <= 15
        && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Room for chunk-size lines and the trailer on top of the body limit of a chunked request.
constexpr qint64 kChunkOverhead = 64 * 1024;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_idle(this)
    , m_deadline(this)
{
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Head || m_phase == Phase::Body)
            refuse(408,
                   u"The request did not arrive in time (%1 s allowed for the head, %2 s for the whole request)."_s
                       .arg(m_limits.headTimeoutMs / 1000)
                       .arg(m_limits.requestTimeoutMs / 1000));
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    m_idle.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        m_socket->readAll(); // discard what a refused client keeps sending
        return;
    }
    // The HTTP server reads everything available right after this slot, so what is available now
    // is exactly the bytes not seen yet.
    feed(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::feed(QByteArray data)
{
    while (!data.isEmpty() && !m_refused) {
        switch (m_phase) {
        case Phase::Idle:
            m_phase = Phase::Head;
            m_head.clear();
            m_started.start();
            m_idle.stop();
            m_deadline.start(m_limits.headTimeoutMs);
            break;
        case Phase::Head: {
            m_head += data;
            data.clear();
            // The head ends at its first empty line, CRLF or bare LF (RFC 9112 §2.2 lets a
            // recipient accept a bare LF, and the HTTP server behind does).
            const qsizetype end = headLength(m_head);
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeadBytes)
                    refuse(431, u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
                break;
            }
            data = m_head.mid(end);
            m_head.truncate(end);
            if (m_head.size() > m_limits.maxHeadBytes) { // the whole head came in one read
                refuse(431, u"The request head is larger than %1 bytes."_s.arg(m_limits.maxHeadBytes));
                break;
            }
            if (!readHead())
                break;
            m_deadline.start(std::max<qint64>(0, m_limits.requestTimeoutMs - m_started.elapsed()));
            m_bodySeen = 0;
            m_phase = m_bodyExpected == 0 ? Phase::Complete : Phase::Body;
            break;
        }
        case Phase::Body:
            if (m_bodyExpected >= 0) {
                const qint64 take = std::min<qint64>(data.size(), m_bodyExpected - m_bodySeen);
                m_bodySeen += take;
                data = data.mid(take);
                if (m_bodySeen == m_bodyExpected)
                    m_phase = Phase::Complete;
            } else {
                // Chunked: the end is not tracked here; the response marks it.
                m_bodySeen += data.size();
                data.clear();
                if (m_bodySeen > m_limits.maxBodyBytes + kChunkOverhead)
                    refuse(
                        413,
                        u"The chunked request body is larger than the limit of %1 bytes."_s.arg(m_limits.maxBodyBytes));
            }
            break;
        case Phase::Complete:
            m_deadline.stop();
            m_pending += data; // a pipelined request, looked at once this one is answered
            data.clear();
            break;
        }
    }
}

bool ConnectionGuard::readHead()
{
    // The head's lines without the empty line that ends it, each without its line end.
    QVarLengthArray<QByteArrayView, 32> lines;
    const QByteArrayView head(m_head);
    for (qsizetype from = 0; from < head.size();) {
        qsizetype eol = head.indexOf('\n', from);
        if (eol < 0)
            eol = head.size();
        QByteArrayView line = head.sliced(from, eol - from);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        from = eol + 1;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QByteArrayView first = lines.value(0).trimmed();
    if (!isRequestLine(first)) {
        refuse(400, u"The request line is not \"METHOD target HTTP/1.1\"."_s);
        return false;
    }
    if (lines.size() - 1 > m_limits.maxHeaderFields) {
        refuse(431,
               u"The request has %1 header fields; at most %2 are accepted."_s.arg(lines.size() - 1)
                   .arg(m_limits.maxHeaderFields));
        return false;
    }
    QVarLengthArray<QByteArrayView, 2> lengths;
    bool chunked = false;
    bool transferEncoding = false;
    bool expectContinue = false;
    bool keepAlive = false;
    bool close = false;
    // RFC 9112 §5: a field line is a token, a colon right after it, and the value. A line with
    // no colon, whitespace before the colon (§5.1) or a line folded onto the previous one (§5.2,
    // obsolete) is refused, never guessed at: a proxy in front may read such a request differently.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t')) {
            refuse(400,
                   u"Header line %1 is folded onto the previous one (obsolete line folding, RFC 9112 §5.2)."_s.arg(i));
            return false;
        }
        if (colon <= 0 || !isToken(line.first(colon))) {
            refuse(400, u"Header line %1 is not \"Name: value\" (RFC 9112 §5)."_s.arg(i));
            return false;
        }
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        auto is = [&name](QByteArrayView field) { return name.compare(field, Qt::CaseInsensitive) == 0; };
        if (is("content-length"))
            lengths.append(value);
        else if (is("transfer-encoding")) {
            transferEncoding = true;
            chunked = value.toByteArray().toLower().endsWith("chunked");
        } else if (is("expect"))
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        else if (is("connection")) {
            const QByteArray lower = value.toByteArray().toLower();
            keepAlive = keepAlive || lower.contains("keep-alive");
            close = close || lower.contains("close");
        }
    }
    for (const QByteArrayView l : lengths) {
        if (!isLength(l) || l != lengths.first()) {
            QByteArrayList sent;
            for (const QByteArrayView each : lengths)
                sent.append(each.toByteArray());
            refuse(400,
                   u"Content-Length must be one non-negative number; this request sends %1."_s.arg(
                       QString::fromLatin1(sent.join(", "))));
            return false;
        }
    }
    if (transferEncoding && (!lengths.isEmpty() || !chunked)) {
        refuse(400, u"Transfer-Encoding must be chunked and cannot be combined with Content-Length."_s);
        return false;
    }
    m_bodyExpected = chunked ? -1 : (lengths.isEmpty() ? 0 : lengths.first().toByteArray().toLongLong());
    if (m_bodyExpected > m_limits.maxBodyBytes) {
        refuse(413,
               u"The request body of %1 bytes is larger than the limit of %2 bytes."_s.arg(m_bodyExpected)
                   .arg(m_limits.maxBodyBytes));
        return false;
    }
    const bool http10 = first.endsWith("HTTP/1.0");
    m_socket->setProperty(kCloseAfterResponse, close || (http10 && !keepAlive));
    if (expectContinue && m_bodyExpected != 0) {
        static const QByteArray cont = "HTTP/1.1 100 Continue\r\n\r\n";
        m_ownBytes += cont.size();
        m_socket->write(cont);
    }
    return true;
}

void ConnectionGuard::onBytesWritten(qint64 bytes)
{
    const qint64 own = std::min(bytes, m_ownBytes);
    m_ownBytes -= own;
    if (bytes > own && !m_refused)
        finishRequest(); // the HTTP server answered the request
}

void ConnectionGuard::finishRequest()
{
    if (m_phase == Phase::Idle)
        return;
    m_phase = Phase::Idle;
    m_deadline.stop();
    m_idle.start(m_limits.idleTimeoutMs);
    if (!m_pending.isEmpty())
        feed(std::exchange(m_pending, QByteArray()));
}

void ConnectionGuard::refuse(int status, const QString &detail)
{
    m_refused = true;
    m_deadline.stop();
    m_idle.stop();
    m_socket->readAll();
    const QByteArray body = Refusal::write(m_socket, status, detail);
    qCDebug(lcHttp).noquote() << "refused a request from" << Refusal::addressText(m_socket->peerAddress()) << status
                              << detail;
    const qsizetype eol = m_head.indexOf('\n');
    Q_EMIT refused(Refusal::record(m_socket, eol < 0 ? m_head : m_head.left(eol), status, body,
                                   m_started.isValid() ? double(m_started.nsecsElapsed()) / 1e6 : 0));
}

} // namespace scimmon
