#pragma once

// Shared by the conformance tests: the app's own receiver on 127.0.0.1:0 with a Secret Token, a
// run of the conformance runner to its end on the test's event loop, and FaultProxy, a small HTTP
// proxy in front of the receiver that breaks chosen answers on purpose (a test double of a
// non-conforming SCIM server).

#include "conformance/conformancerunner.h"
#include "receiver/receiver.h"
#include "support/testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <optional>

namespace scimmon::test {

/// The app's own receiver with a data directory and a Secret Token of its own.
struct OwnReceiver
{
    QTemporaryDir dir;
    std::unique_ptr<Store> reader;
    std::unique_ptr<Receiver> receiver;
    QByteArray token;

    /// Starts it; false when it does not listen within 10 s.
    bool start()
    {
        QString error;
        reader = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"reader"_qs, &error);
        if (!reader)
            return false;
        const auto t = TokenService(*reader).create(u"Conformance"_qs, 0, &error);
        if (!t)
            return false;
        token = t->secret.toLatin1();
        receiver = std::make_unique<Receiver>();
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(dir.path());
        c.port = 0;
        receiver->start(c);
        return QTest::qWaitFor([&] { return receiver->state() == Receiver::State::Listening; }, 10000);
    }
    QUrl tenantUrl() const { return QUrl(receiver->tenantUrl()); }
};

/// Runs the check with `o` and waits for the result (at most `timeoutMs`).
inline ConformanceResult runCheck(const ConformanceRunner::Options &o, int timeoutMs = 240000)
{
    ConformanceRunner runner;
    QSignalSpy finished(&runner, &ConformanceRunner::finished);
    QString error;
    if (!runner.start(o, &error))
        qFatal("the check did not start: %s", qPrintable(error));
    if (!finished.wait(timeoutMs))
        qFatal("the check did not finish in time");
    return finished.first().first().value<ConformanceResult>();
}

/// Runs `suites` against `target` and waits for the result (at most `timeoutMs`).
inline ConformanceResult runCheck(const QUrl &target, const QByteArray &token, const QStringList &suites,
                                  int timeoutMs = 240000)
{
    ConformanceRunner::Options o;
    o.target = target;
    o.token = token;
    o.suites = suites;
    o.timeoutMs = 10000;
    return runCheck(o, timeoutMs);
}

/// An HTTP/1.1 proxy on 127.0.0.1:0 that forwards each request to `upstream` (keeping method,
/// path, query, headers and body) and passes the answer back, unless `fault` returns a status to
/// answer instead (with a SCIM error body). `rewrite` may replace the upstream answer's status
/// given the request and the upstream body (e.g. 404 for an empty ListResponse). One request per
/// connection (answers carry Connection: close).
class FaultProxy
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QByteArray body;
    };
    std::function<std::optional<int>(const Request &)> fault;
    std::function<std::optional<int>(const Request &, int status, const QByteArray &body)> rewrite;
    QJsonObject spcOverride; ///< not empty: the answer to GET /ServiceProviderConfig
    QList<QByteArray> dropHeaders; ///< response headers left out, e.g. "Location"
    /// Answers a request itself (status and JSON body) instead of forwarding it, e.g. as a token endpoint.
    std::function<std::optional<QPair<int, QByteArray>>(const Request &)> answerWith;
    /// Replaces the body of an upstream answer (given the request, status and body).
    std::function<QByteArray(const Request &, int status, const QByteArray &body)> editBody;

    explicit FaultProxy(const QUrl &upstream)
        : m_upstream(upstream)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    serve(s, *buffer);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    /// The proxy's URL for the upstream's base path, e.g. http://127.0.0.1:PORT/scim/v2.
    QUrl url() const
    {
        QUrl u = m_upstream;
        u.setPort(m_server.serverPort());
        return u;
    }

private:
    void serve(QTcpSocket *s, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            headers.append(qMakePair(name, value));
        }
        if (buffer.size() < end + 4 + length)
            return;
        Request r{first.value(0), first.value(1), buffer.mid(end + 4, length)};
        buffer.clear();
        if (!spcOverride.isEmpty() && r.target.endsWith("/ServiceProviderConfig")) {
            answer(s, 200, {}, QJsonDocument(spcOverride).toJson(QJsonDocument::Compact));
            return;
        }
        if (answerWith)
            if (const auto own = answerWith(r)) {
                answer(s, own->first, {}, own->second);
                return;
            }
        if (fault)
            if (const auto status = fault(r)) {
                answer(s, *status, {}, error(*status));
                return;
            }
        QUrl target = m_upstream;
        target.setPath(QString());
        QNetworkRequest nr(QUrl::fromEncoded(target.toEncoded() + r.target));
        for (const auto &[k, v] : std::as_const(headers))
            if (k.compare("Host", Qt::CaseInsensitive) != 0 && k.compare("Connection", Qt::CaseInsensitive) != 0
                && k.compare("Content-Length", Qt::CaseInsensitive) != 0)
                nr.setRawHeader(k, v);
        QNetworkReply *reply = m_network.sendCustomRequest(nr, r.method, r.body);
        QPointer<QTcpSocket> socket(s);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, socket, r] {
            reply->deleteLater();
            if (!socket)
                return;
            int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray body = reply->readAll();
            QList<QPair<QByteArray, QByteArray>> out;
            for (const auto &[k, v] : reply->rawHeaderPairs())
                if (k.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0
                    && k.compare("Connection", Qt::CaseInsensitive) != 0
                    && k.compare("Content-Length", Qt::CaseInsensitive) != 0 && !dropHeaders.contains(k))
                    out.append(qMakePair(k, v));
            if (rewrite)
                if (const auto changed = rewrite(r, status, body)) {
                    status = *changed;
                    body = error(status);
                }
            if (editBody)
                body = editBody(r, status, body);
            answer(socket, status, out, body);
        });
    }

    static QByteArray error(int status)
    {
        return QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":")")
            + QByteArray::number(status) + R"(","detail":"broken on purpose"})";
    }

    static void answer(QTcpSocket *s, int status, QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body)
    {
        bool typed = false;
        for (const auto &[k, v] : headers)
            typed = typed || k.compare("Content-Type", Qt::CaseInsensitive) == 0;
        if (!typed && !body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/scim+json")));
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (const auto &[k, v] : headers)
            out += k + ": " + v + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        s->write(out);
        s->disconnectFromHost();
    }

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
};

} // namespace scimmon::test
