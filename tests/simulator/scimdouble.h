#pragma once

// A small in-memory SCIM server for the simulator's tests: users and groups with filters on
// userName and displayName, PATCH of members (both Entra dialects), PUT, DELETE, and a fault hook
// that answers chosen requests on purpose (429 with or without Retry-After, 500, 409, 404, 401,
// silence). Every request is recorded as received. Plain QTcpServer, HTTP/1.1 keep-alive.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <optional>

namespace scimmon::test {

struct DoubleRequest
{
    QByteArray method;
    QString path; ///< decoded, e.g. "/scim/v2/Users"
    QByteArray rawQuery; ///< as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QString query(const QString &name) const
    {
        QByteArray q = rawQuery;
        q.replace('+', ' ');
        return QUrlQuery(QString::fromUtf8(q)).queryItemValue(name, QUrl::FullyDecoded);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct DoubleAnswer
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool silent = false; ///< never answer (for timeouts)
    QByteArray raw; ///< a non-JSON body, sent as text/html
};

class ScimDouble
{
public:
    /// Returns an answer to send instead of the normal one, or nullopt.
    std::function<std::optional<DoubleAnswer>(const DoubleRequest &)> fault;
    QList<DoubleRequest> received;
    QHash<QString, QJsonObject> users; ///< id → resource
    QHash<QString, QJsonObject> groups; ///< id → resource (members as [{value}])
    QByteArray token = "double-token";

    ScimDouble()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(s, &QObject::destroyed, s, [buffer] { delete buffer; });
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    serve(s, *buffer);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl tenantUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(m_server.serverPort())); }
    qsizetype count(const QByteArray &method, const QString &pathPart) const
    {
        return std::count_if(received.begin(), received.end(),
                             [&](const DoubleRequest &r) { return r.method == method && r.path.contains(pathPart); });
    }

private:
    void serve(QTcpSocket *s, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            DoubleRequest r;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            const QByteArray target = first.value(1);
            const qsizetype q = target.indexOf('?');
            r.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
            r.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            r.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            received.append(r);
            DoubleAnswer a = answer(r);
            if (a.silent)
                continue;
            QByteArray body
                = a.raw.isEmpty() && (a.status != 204) ? QJsonDocument(a.body).toJson(QJsonDocument::Compact) : a.raw;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status)
                + " X\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nContent-Type: " + (a.raw.isEmpty() ? "application/scim+json" : "text/html") + "\r\n";
            for (const auto &[k, v] : a.headers)
                head += k + ": " + v + "\r\n";
            s->write(head + "\r\n" + body);
        }
    }

    static QJsonObject list(const QList<QJsonObject> &items)
    {
        QJsonArray resources;
        for (const QJsonObject &o : items)
            resources.append(o);
        return {{QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
                {QStringLiteral("totalResults"), resources.size()},
                {QStringLiteral("startIndex"), 1},
                {QStringLiteral("itemsPerPage"), resources.size()},
                {QStringLiteral("Resources"), resources}};
    }

    static QString filterValue(const QString &filter)
    {
        const qsizetype a = filter.indexOf(u'"');
        const qsizetype b = filter.lastIndexOf(u'"');
        return a >= 0 && b > a ? filter.mid(a + 1, b - a - 1) : QString();
    }

    DoubleAnswer answer(const DoubleRequest &r)
    {
        if (fault)
            if (auto a = fault(r))
                return *a;
        if (r.header("authorization") != "Bearer " + token)
            return {401, {{QStringLiteral("detail"), QStringLiteral("bad token")}}, {}, false, {}};
        const QStringList parts = r.path.mid(QStringLiteral("/scim/v2/").size()).split(u'/');
        const bool isUsers = parts.value(0) == QLatin1String("Users");
        QHash<QString, QJsonObject> &store = isUsers ? users : groups;
        const QString nameKey = isUsers ? QStringLiteral("userName") : QStringLiteral("displayName");
        const QString id = parts.value(1);
        if (r.method == "GET" && id.isEmpty()) {
            const QString filter = r.query(QStringLiteral("filter"));
            QList<QJsonObject> hits;
            for (const QJsonObject &o : std::as_const(store))
                if (filter.isEmpty()
                    || o.value(nameKey).toString().compare(filterValue(filter), Qt::CaseInsensitive) == 0)
                    hits.append(o);
            // Pages by startIndex (1-based) and count, in a stable (id) order.
            std::sort(hits.begin(), hits.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
            });
            const qsizetype total = hits.size();
            const qsizetype start = std::max(1, r.query(QStringLiteral("startIndex")).toInt()) - 1;
            const QString count = r.query(QStringLiteral("count"));
            hits = hits.mid(start, count.isEmpty() ? -1 : count.toInt());
            QJsonObject page = list(hits);
            page.insert(QStringLiteral("totalResults"), total);
            page.insert(QStringLiteral("startIndex"), start + 1);
            return {200, page, {}, false, {}};
        }
        if (r.method == "POST") {
            QJsonObject o = r.json();
            for (const QJsonObject &other : std::as_const(store))
                if (other.value(nameKey).toString().compare(o.value(nameKey).toString(), Qt::CaseInsensitive) == 0)
                    return {409, {{QStringLiteral("status"), QStringLiteral("409")}}, {}, false, {}};
            const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            o.insert(QStringLiteral("id"), newId);
            store.insert(newId, o);
            return {201, o, {}, false, {}};
        }
        if (!store.contains(id))
            return {404, {{QStringLiteral("status"), QStringLiteral("404")}}, {}, false, {}};
        if (r.method == "GET")
            return {200, store.value(id), {}, false, {}};
        if (r.method == "DELETE") {
            store.remove(id);
            return {204, {}, {}, false, {}};
        }
        if (r.method == "PUT") {
            QJsonObject o = r.json();
            o.insert(QStringLiteral("id"), id);
            store.insert(id, o);
            return {200, o, {}, false, {}};
        }
        if (r.method == "PATCH") {
            QJsonObject o = store.value(id);
            for (const QJsonValue &v : r.json().value(QStringLiteral("Operations")).toArray()) {
                const QJsonObject op = v.toObject();
                const QString kind = op.value(QStringLiteral("op")).toString().toLower();
                const QString path = op.value(QStringLiteral("path")).toString();
                QJsonArray members = o.value(QStringLiteral("members")).toArray();
                if (path == QLatin1String("members") && kind == QLatin1String("add")) {
                    for (const QJsonValue &m : op.value(QStringLiteral("value")).toArray())
                        members.append(
                            QJsonObject{{QStringLiteral("value"), m.toObject().value(QStringLiteral("value"))}});
                } else if (path == QLatin1String("members") && kind == QLatin1String("remove")) {
                    for (const QJsonValue &m : op.value(QStringLiteral("value")).toArray())
                        for (qsizetype i = members.size() - 1; i >= 0; --i)
                            if (members.at(i).toObject().value(QStringLiteral("value"))
                                == m.toObject().value(QStringLiteral("value")))
                                members.removeAt(i);
                } else if (path.startsWith(QLatin1String("members[")) && kind == QLatin1String("remove")) {
                    const QString value = filterValue(path);
                    for (qsizetype i = members.size() - 1; i >= 0; --i)
                        if (members.at(i).toObject().value(QStringLiteral("value")).toString() == value)
                            members.removeAt(i);
                } else if (!path.isEmpty()) {
                    o.insert(path, op.value(QStringLiteral("value")));
                }
                if (!isUsers)
                    o.insert(QStringLiteral("members"), members);
            }
            store.insert(id, o);
            return isUsers ? DoubleAnswer{200, o, {}, false, {}} : DoubleAnswer{204, {}, {}, false, {}};
        }
        return {405, {}, {}, false, {}};
    }

    QTcpServer m_server;
};

} // namespace scimmon::test
