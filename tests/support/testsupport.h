#pragma once

// Helpers shared by the tests: a temporary store, a small blocking HTTP/1.1 client over a real
// socket (the receiver runs on its own thread, so the test thread may block), and JSON shortcuts.

#include "service/resourceservice.h"
#include "service/tokenservice.h"
#include "store/storefactory.h"
#include "support/tempstore.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace scimmon::test {

inline QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

inline QJsonObject obj(const char *json)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s (%s)", json, qPrintable(err.errorString()));
    return doc.object();
}

/// The English sentences of `quirks` (Quirk::text()), as the store's notes and the exports hold them.
inline QStringList quirkTexts(const QList<Quirk> &quirks)
{
    QStringList out;
    for (const Quirk &q : quirks)
        out.append(q.text());
    return out;
}

/// A request-log record of an answered user creation for `target`, now: for tests that write log
/// rows themselves.
inline RequestRecord createUserRecord(const QString &target)
{
    RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.client = QStringLiteral("127.0.0.1");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/scim/v2/Users");
    r.status = 201;
    r.operation = Operation::CreateUser;
    r.resourceType = QStringLiteral("User");
    r.target = target;
    return r;
}

/// One parsed HTTP response.
struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closed = false; ///< the server closed the connection after this response

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QJsonObject json() const { return parseObject(body); }
};

/// A keep-alive HTTP/1.1 client on one connection, blocking with timeouts.
class HttpClient
{
public:
    HttpClient(quint16 port, QByteArray token = QByteArray())
        : m_port(port)
        , m_token(std::move(token))
    {
    }

    /// Speaks HTTPS with `configuration` (e.g. the test certificate as its CA) from the next
    /// connection on.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    bool connectToServer()
    {
        if (m_tls) {
            auto socket = std::make_unique<QSslSocket>();
            socket->setSslConfiguration(*m_tls);
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
            const bool ok = socket->waitForEncrypted(5000);
            m_socket = std::move(socket);
            return ok;
        }
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket->waitForConnected(5000);
    }

    /// Sends raw bytes and reads one response.
    Reply raw(const QByteArray &bytes, int timeoutMs = 5000)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            connectToServer();
        m_socket->write(bytes);
        m_socket->waitForBytesWritten(timeoutMs);
        return readReply(timeoutMs);
    }

    Reply request(const QByteArray &method, const QByteArray &path, const QByteArray &body = QByteArray(),
                  const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QByteArray req = method + ' ' + path + " HTTP/1.1\r\n";
        const bool ownHost = std::any_of(extraHeaders.begin(), extraHeaders.end(), [](const auto &h) {
            return h.first.compare("host", Qt::CaseInsensitive) == 0;
        });
        if (!ownHost)
            req += "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        if (!m_token.isEmpty())
            req += "Authorization: Bearer " + m_token + "\r\n";
        bool hasType = false;
        for (const auto &[k, v] : extraHeaders) {
            req += k + ": " + v + "\r\n";
            hasType = hasType || k.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty()) {
            if (!hasType)
                req += "Content-Type: application/scim+json\r\n";
            req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        req += "\r\n" + body;
        return raw(req);
    }

    Reply get(const QByteArray &path) { return request("GET", path); }
    Reply post(const QByteArray &path, const QJsonObject &body)
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply put(const QByteArray &path, const QJsonObject &body)
    {
        return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply patch(const QByteArray &path, const QJsonObject &body)
    {
        return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply del(const QByteArray &path) { return request("DELETE", path); }

    QTcpSocket *socket() { return m_socket.get(); }

private:
    Reply readReply(int timeoutMs)
    {
        Reply r;
        QByteArray buf;
        qsizetype headEnd = -1;
        while ((headEnd = buf.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket->waitForReadyRead(timeoutMs)) {
                r.closed = m_socket->state() != QAbstractSocket::ConnectedState;
                return r;
            }
            buf += m_socket->readAll();
        }
        const QList<QByteArray> lines = buf.left(headEnd).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        QByteArray body = buf.mid(headEnd + 4);
        while (body.size() < length && m_socket->waitForReadyRead(timeoutMs))
            body += m_socket->readAll();
        r.body = body.left(length);
        if (r.header("connection").compare("close", Qt::CaseInsensitive) == 0) {
            if (m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->waitForDisconnected(timeoutMs);
            r.closed = m_socket->state() != QAbstractSocket::ConnectedState;
        }
        return r;
    }

    quint16 m_port;
    QByteArray m_token;
    std::unique_ptr<QTcpSocket> m_socket;
    std::optional<QSslConfiguration> m_tls;
};

/// The display texts of `column` in every row of `model`, top to bottom.
inline QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

} // namespace scimmon::test
