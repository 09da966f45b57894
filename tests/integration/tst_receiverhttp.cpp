// The receiver over real HTTP on loopback: an Entra provisioning cycle in both PATCH dialects, an
// Okta cycle, authentication, and the HTTP gaps of QtHttpServer 6.4 that the receiver closes; on
// the run's store backend (tst_receiverhttp_postgresql: the same on PostgreSQL).

#include "platform/cryptolibrary.h"
#include "receiver/receiver.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::obj;
using scimmon::test::Reply;

class TestReceiverHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store; ///< on the run's backend (SQLite, or PostgreSQL for _postgresql)
    QByteArray m_token;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;

    ReceiverConfig config(qint64 maxBody = 10 * 1024 * 1024, int idleMs = 60000) const
    {
        ReceiverConfig c;
        c.store = m_store->config();
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        c.maxBodyBytes = maxBody;
        c.idleTimeoutMs = idleMs;
        return c;
    }

    bool startReceiver(const ReceiverConfig &c)
    {
        m_receiver = std::make_unique<Receiver>();
        QSignalSpy state(m_receiver.get(), &Receiver::stateChanged);
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_receiver->start(c);
        return QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 5000);
    }

    HttpClient client() const { return HttpClient(m_receiver->port(), m_token); }

    /// Waits until the receiver has reported a request for which `pred` holds; returns it.
    template<class Pred>
    RequestRecord waitForRecord(Pred pred)
    {
        RequestRecord found;
        [[maybe_unused]] const bool ok = QTest::qWaitFor(
            [&] {
                for (const auto &args : std::as_const(*m_handled)) {
                    const auto r = args.at(0).value<RequestRecord>();
                    if (pred(r)) {
                        found = r;
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }

    /// Runs `sql` on the receiver's SQLite store from a connection of its own (a trigger that
    /// makes some inserts fail, as a full disk would); false when it fails.
    bool sabotage(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            db.setDatabaseName(m_store->config().sqlitePath);
            QSqlQuery q(db);
            ok = db.open() && q.exec(sql);
            if (!ok)
                qWarning() << "sabotage failed:" << q.lastError().text();
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);
        return ok;
    }

    static QByteArray ops(const QString &operationsJson)
    {
        return QByteArray("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":")
            + operationsJson.toUtf8() + '}';
    }

public:
    /// Before the application object: the receiver's worker thread may still be ending when the
    /// test process exits (see CryptoLibrary).
    static void initMain() { CryptoLibrary::skipCleanupAtExit(); }

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        m_store = std::make_unique<test::TempStore>();
        QString error;
        const auto t = TokenService(**m_store).create(u"Entra ID"_s, 0, &error);
        QVERIFY(t);
        m_token = t->secret.toLatin1();
        QVERIFY(startReceiver(config()));
        QVERIFY(m_receiver->tenantUrl().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(m_receiver->tenantUrl().endsWith(u"/scim/v2"_s));
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_store.reset();
    }

    void entraCycleLegacyDialect()
    {
        HttpClient c = client();
        // Test Connection: a random GUID on /Users and on /Groups, '+' for spaces as Entra sends it.
        Reply r = c.get("/scim/v2/Users?filter=userName+eq+%22a1b2c3d4-0000-4000-8000-1234567890ab%22");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 0);
        QVERIFY(r.header("content-type").startsWith("application/scim+json"));
        QCOMPARE(operationKey(waitForRecord([](const RequestRecord &rec) {
                                  return rec.path.contains(u"a1b2c3d4"_s);
                              }).operation),
                 u"Test Connection"_s);
        r = c.get("/scim/v2/"
                  "Groups?excludedAttributes=members&filter=displayName+eq+%22a1b2c3d4-0000-4000-8000-1234567890ab%22");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 0);

        // Lookup, then create.
        r = c.get("/scim/v2/Users?filter=userName%20eq%20%22adele%40contoso.com%22");
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 0);
        r = c.request("POST", "/scim/v2/Users", R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"externalId":"adele","userName":"adele@contoso.com",
            "active":true,"emails":[{"primary":true,"type":"work","value":"adele@contoso.com"}],"meta":{"resourceType":"User"},
            "name":{"formatted":"Adele Vance","familyName":"Vance","givenName":"Adele"},"roles":[],
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Retail"}})");
        QCOMPARE(r.status, 201);
        const QString id = r.json().value("id"_L1).toString();
        QCOMPARE(r.header("location"), (m_receiver->tenantUrl() + u"/Users/"_s + id).toUtf8());
        QCOMPARE(r.header("etag"), QByteArray("W/\"1\""));

        // Update: one Replace per attribute, capitalised ops.
        r = c.request(
            "PATCH", "/scim/v2/Users/" + id.toLatin1(),
            ops(QString::fromUtf8(
                R"([{"op":"Replace","path":"emails[type eq \u0022work\u0022].value","value":"adele.v@contoso.com"},
                          {"op":"Replace","path":"name.familyName","value":"Vance-Smith"},
                          {"op":"Add","path":"title","value":"Buyer"}])")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("title"_L1).toString(), u"Buyer"_s);
        QCOMPARE(r.json().value("emails"_L1).toArray().at(0).toObject().value("value"_L1).toString(),
                 u"adele.v@contoso.com"_s);
        // Lookup by the work email, as a matching attribute.
        r = c.get("/scim/v2/Users?filter=emails%5Btype+eq+%22work%22%5D.value+eq+%22adele.v%40contoso.com%22");
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 1);

        // Group, members, removal with the legacy value array.
        r = c.request("POST", "/scim/v2/Groups", R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
            "http:\/\/schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],"externalId":"g-ext","displayName":"Retail",
            "meta":{"resourceType":"Group"}})");
        QCOMPARE(r.status, 201);
        const QByteArray gid = r.json().value("id"_L1).toString().toLatin1();
        r = c.request(
            "PATCH", "/scim/v2/Groups/" + gid,
            ops(QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"%1"}]}])").arg(id)));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        r = c.get("/scim/v2/Groups/" + gid);
        QCOMPARE(r.json().value("members"_L1).toArray().size(), 1);
        r = c.request(
            "PATCH", "/scim/v2/Groups/" + gid,
            ops(QString::fromUtf8(R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"%1"}]}])")
                    .arg(id)));
        QCOMPARE(r.status, 204);
        r = c.get("/scim/v2/Groups/" + gid + "?excludedAttributes=members");
        QVERIFY(!r.json().contains("members"_L1));

        // Deactivate with the string "False", then delete.
        r = c.request("PATCH", "/scim/v2/Users/" + id.toLatin1(),
                      ops(u"[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("active"_L1), QJsonValue(false));
        QCOMPARE(c.del("/scim/v2/Users/" + id.toLatin1()).status, 204);
        QCOMPARE(c.get("/scim/v2/Users/" + id.toLatin1()).status, 404);
        QCOMPARE(c.del("/scim/v2/Groups/" + gid).status, 204);
    }

    void entraCycleAadOptscim062020Dialect()
    {
        HttpClient c = client();
        Reply r = c.request("POST", "/scim/v2/Users",
                            R"({"userName":"bianca@contoso.com","active":true,"externalId":"bianca"})");
        QCOMPARE(r.status, 201);
        const QByteArray id = r.json().value("id"_L1).toString().toLatin1();
        r = c.request("PATCH", "/scim/v2/Users/" + id,
                      ops(QString::fromUtf8(
                          R"([{"op":"replace","path":"emails[type eq \u0022work\u0022].value","value":"b@contoso.com"},
                          {"op":"replace","value":{"displayName":"Bianca P","name.givenName":"Bianca","name.familyName":"Pisani",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"42"}}])")));
        QCOMPARE(r.status, 200);
        const QJsonObject u = r.json();
        QCOMPARE(u.value("name"_L1).toObject().value("familyName"_L1).toString(), u"Pisani"_s);
        QCOMPARE(u.value("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_L1)
                     .toObject()
                     .value("employeeNumber"_L1)
                     .toString(),
                 u"42"_s);
        QCOMPARE(u.value("emails"_L1).toArray().at(0).toObject().value("type"_L1).toString(), u"work"_s);

        r = c.request("POST", "/scim/v2/Groups", R"({"displayName":"Design"})");
        const QByteArray gid = r.json().value("id"_L1).toString().toLatin1();
        QCOMPARE(c.request("PATCH", "/scim/v2/Groups/" + gid,
                           ops(QString::fromUtf8(R"([{"op":"add","path":"members","value":[{"value":"%1"}]}])")
                                   .arg(QString::fromLatin1(id))))
                     .status,
                 204);
        QCOMPARE(c.request("PATCH", "/scim/v2/Groups/" + gid,
                           ops(QString::fromUtf8(R"([{"op":"remove","path":"members[value eq \u0022%1\u0022]"}])")
                                   .arg(QString::fromLatin1(id))))
                     .status,
                 204);
        QCOMPARE(c.get("/scim/v2/Groups/" + gid).json().value("members"_L1).toArray().size(), 0);
        r = c.request("PATCH", "/scim/v2/Users/" + id,
                      ops(u"[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]"_s));
        QCOMPARE(r.json().value("active"_L1), QJsonValue(false));
    }

    void oktaCycle()
    {
        HttpClient c = client();
        Reply r = c.request("POST", "/scim/v2/Users",
                            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"okta@example.com",
                                "name":{"givenName":"Ok","familyName":"Ta"},"emails":[{"primary":true,"value":"okta@example.com","type":"work"}],
                                "displayName":"Ok Ta","locale":"en-US","externalId":"00u1","groups":[],"password":"1mP@ss","active":true})",
                            {{"Content-Type", "application/json"}, {"User-Agent", "Okta SCIM Client 1.0.0"}});
        QCOMPARE(r.status, 201);
        QVERIFY(!r.body.contains("1mP@ss"));
        const QByteArray id = r.json().value("id"_L1).toString().toLatin1();
        // Okta looks users up with the userName upper-cased, then pages with count=100.
        r = c.get("/scim/v2/Users?filter=userName%20eq%20%22OKTA%40EXAMPLE.COM%22&startIndex=1&count=100");
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 1);
        r = c.get("/scim/v2/Users?startIndex=1&count=1");
        QCOMPARE(r.json().value("Resources"_L1).toArray().size(), 1);
        QJsonObject full = c.get("/scim/v2/Users/" + id).json();
        full.insert(u"title"_s, u"Manager"_s);
        r = c.put("/scim/v2/Users/" + id, full);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("title"_L1).toString(), u"Manager"_s);
        r = c.request("PATCH", "/scim/v2/Users/" + id, ops(u"[{\"op\":\"replace\",\"value\":{\"active\":false}}]"_s));
        QCOMPARE(r.json().value("active"_L1), QJsonValue(false));
        r = c.request(
            "POST", "/scim/v2/Groups",
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Okta Push","members":[]})");
        const QByteArray gid = r.json().value("id"_L1).toString().toLatin1();
        r = c.request("PATCH", "/scim/v2/Groups/" + gid,
                      ops(QString::fromUtf8(R"([{"op":"replace","value":{"id":"%1","displayName":"Okta Push 2"}},
                          {"op":"add","path":"members","value":[{"value":"%2","display":"okta@example.com"}]}])")
                              .arg(QString::fromLatin1(gid), QString::fromLatin1(id))));
        QCOMPARE(r.status, 204);
        const QJsonObject g = c.get("/scim/v2/Groups/" + gid).json();
        QCOMPARE(g.value("displayName"_L1).toString(), u"Okta Push 2"_s);
        QCOMPARE(g.value("members"_L1).toArray().at(0).toObject().value("value"_L1).toString(),
                 QString::fromLatin1(id));
    }

    void missingOrWrongTokenIs401AndChangesNothing()
    {
        HttpClient anonymous(m_receiver->port());
        Reply r = anonymous.request("POST", "/scim/v2/Users", R"({"userName":"intruder"})");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value("status"_L1).toString(), u"401"_s);
        QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
        QVERIFY(r.header("content-type").startsWith("application/scim+json"));
        const RequestRecord rec = waitForRecord([](const RequestRecord &x) { return x.status == 401; });
        QCOMPARE(rec.status, 401);
        QCOMPARE(operationKey(rec.operation), u"Auth failure"_s);
        QCOMPARE(rec.authFailure, u"no Authorization header"_s);

        HttpClient wrong(m_receiver->port(), "not-the-token");
        QCOMPARE(wrong.request("POST", "/scim/v2/Users", R"({"userName":"intruder"})").status, 401);
        QCOMPARE(wrong.get("/scim/v2/Users").status, 401);
        QCOMPARE(
            client().get("/scim/v2/Users?filter=userName+eq+%22intruder%22").json().value("totalResults"_L1).toInt(),
            0);
    }

    void wrongMethodIs405WithAllow()
    {
        HttpClient c = client();
        Reply r = c.request("PATCH", "/scim/v2/Users", R"({})");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
        r = c.request("POST", "/scim/v2/Users/abc", R"({})");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("allow"), QByteArray("GET, PUT, PATCH, DELETE"));
    }

    void unknownPathIs404AndLogged()
    {
        Reply r = client().get("/not/scim");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value("status"_L1).toString(), u"404"_s);
        const RequestRecord rec = waitForRecord([](const RequestRecord &x) { return x.path == u"/not/scim"_s; });
        QCOMPARE(rec.status, 404);
        QCOMPARE(rec.path, u"/not/scim"_s);
        QVERIFY(rec.id > 0); // stored in the request log
        QVERIFY(!rec.requestHeaders.contains(QString::fromLatin1(m_token)));
        QVERIFY(rec.requestHeaders.contains(u"Bearer [redacted]"_s));
    }

    void trailingSlashAndAttributeCase()
    {
        HttpClient c = client();
        QCOMPARE(c.get("/scim/v2/Users/").status, 200);
        QCOMPARE(c.get("/scim/v2/users?filter=USERNAME+eq+%22nobody%22").status, 200);
        QCOMPARE(c.get("/scim/v2/Users/?filter=DisplayName%20eq%20%22x%22").status, 200);
    }

    void bodiesInEveryJsonMediaType()
    {
        HttpClient c = client();
        Reply a = c.request("POST", "/scim/v2/Users", R"({"userName":"ct1"})",
                            {{"Content-Type", "application/scim+json; charset=utf-8"}});
        QCOMPARE(a.status, 201);
        Reply b = c.request("POST", "/scim/v2/Users", R"({"userName":"ct2"})", {{"Content-Type", "application/json"}});
        QCOMPARE(b.status, 201);
        Reply bad = c.request("POST", "/scim/v2/Users", "{\"userName\": tru");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("scimType"_L1).toString(), u"invalidSyntax"_s);
    }

    void discoveryDocuments()
    {
        HttpClient c = client();
        Reply spc = c.get("/scim/v2/ServiceProviderConfig");
        QCOMPARE(spc.status, 200);
        QCOMPARE(spc.json().value("patch"_L1).toObject().value("supported"_L1), QJsonValue(true));
        QCOMPARE(spc.json().value("bulk"_L1).toObject().value("supported"_L1), QJsonValue(true));
        Reply rt = c.get("/scim/v2/ResourceTypes");
        QCOMPARE(rt.json().value("Resources"_L1).toArray().at(0).toObject().value("endpoint"_L1).toString(),
                 u"/Users"_s);
        Reply schemas = c.get("/scim/v2/Schemas");
        QCOMPARE(schemas.json().value("totalResults"_L1).toInt(), 3);
        QVERIFY(!schemas.body.contains("null"));
        QCOMPARE(c.get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").status, 200);
        QCOMPARE(c.get("/scim/v2/Bulk").status, 405);
        QCOMPARE(c.get("/scim/v2/Me").status, 501);
    }

    void locationFollowsTheAddressTheClientUsed()
    {
        HttpClient c = client();
        Reply r = c.request("POST", "/scim/v2/Users", R"({"userName":"loc1"})", {{"Host", "scim.example.com"}});
        QCOMPARE(r.status, 201);
        QVERIFY2(r.header("location").startsWith("http://scim.example.com/scim/v2/Users/"),
                 r.header("location").constData());
        // A tunnel or reverse proxy on this machine says what the IdP used.
        r = c.request("POST", "/scim/v2/Users", R"({"userName":"loc2"})",
                      {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-Host", "tunnel.example.net"}});
        QVERIFY2(r.header("location").startsWith("https://tunnel.example.net/scim/v2/Users/"),
                 r.header("location").constData());
        QCOMPARE(r.json().value("meta"_L1).toObject().value("location"_L1).toString(),
                 QString::fromLatin1(r.header("location")));
        // A Host header that is not a host falls back to the listening address.
        r = c.request("POST", "/scim/v2/Users", R"({"userName":"loc3"})",
                      {{"X-Forwarded-Host", "evil.example/<script>"}});
        QVERIFY(r.header("location").startsWith("http://127.0.0.1:"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        HttpClient c = client();
        QVERIFY(c.connectToServer());
        QTcpSocket *first = c.socket();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.get("/scim/v2/ServiceProviderConfig").status, 200);
        QCOMPARE(c.socket(), first);
        QCOMPARE(first->state(), QAbstractSocket::ConnectedState);
    }

    void connectionCloseIsHonoured()
    {
        HttpClient c = client();
        Reply r = c.request("GET", "/scim/v2/ServiceProviderConfig", QByteArray(), {{"Connection", "close"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(r.closed);
    }

    void oversizedBodyIs413AndLogged()
    {
        m_receiver.reset();
        QVERIFY(startReceiver(config(2000)));
        HttpClient c = client();
        const QByteArray big = "{\"userName\":\"" + QByteArray(5000, 'x') + "\"}";
        Reply r = c.request("POST", "/scim/v2/Users", big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json().value("status"_L1).toString(), u"413"_s);
        const RequestRecord rec = waitForRecord([](const RequestRecord &x) { return x.status == 413; });
        QCOMPARE(rec.status, 413);
        QCOMPARE(rec.method, u"POST"_s);
        QCOMPARE(rec.path, u"/scim/v2/Users"_s);
        // a small body still works on a new connection
        QCOMPARE(client().request("POST", "/scim/v2/Users", R"({"userName":"small"})").status, 201);
    }

    void expectContinueIsAnsweredAtOnce()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(socket.waitForConnected(2000));
        const QByteArray body = "{\"userName\":\"expect-user\"}";
        socket.write("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token
                     + "\r\nContent-Type: application/scim+json\r\nExpect: 100-continue\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(1000)); // curl would otherwise stall a whole second
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write(body);
        QByteArray reply;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(100);
                reply += socket.readAll();
                return reply.contains("expect-user");
            },
            5000));
        QVERIFY(reply.startsWith("HTTP/1.1 201"));
    }

    void oversizedHeadIs431()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(80 * 1024, 'a'));
        QByteArray reply;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(100);
                reply += socket.readAll();
                return reply.contains("\r\n\r\n");
            },
            5000));
        QVERIFY2(reply.startsWith("HTTP/1.1 431"), reply.left(100).constData());
    }

    void chunkedBodyOverTheLimitIs413()
    {
        m_receiver.reset();
        ReceiverConfig c = config(2000);
        QVERIFY(startReceiver(c));
        auto chunked = [&](const QByteArray &payload) {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
            socket.waitForConnected(2000);
            QByteArray req = "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Type: application/scim+json\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (qsizetype i = 0; i < payload.size(); i += 1000) {
                const QByteArray part = payload.mid(i, 1000);
                req += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            socket.write(req + "0\r\n\r\n");
            QByteArray reply;
            [[maybe_unused]] bool got = QTest::qWaitFor(
                [&] {
                    socket.waitForReadyRead(50);
                    reply += socket.readAll();
                    return reply.contains("\r\n\r\n") && reply.contains('}');
                },
                5000);
            return reply;
        };
        QVERIFY(chunked("{\"userName\":\"chunky\"}").startsWith("HTTP/1.1 201"));
        const QByteArray big = "{\"userName\":\"" + QByteArray(100 * 1024, 'x') + "\"}";
        QVERIFY(chunked(big).startsWith("HTTP/1.1 413"));
        QCOMPARE(waitForRecord([](const RequestRecord &x) { return x.status == 413; }).method, u"POST"_s);
    }

    void malformedHeadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QByteArray manyHeaders = "GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 100; ++i)
            manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("100 header fields") << QByteArray(manyHeaders + "\r\n") << 431;
        QTest::newRow("whole head over 64 KiB in one write")
            << QByteArray("GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\nX-A: " + QByteArray(66000, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("two Content-Lengths") << QByteArray(
            "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 16\r\nContent-Length: 20000000\r\n\r\n"
            "{\"userName\":\"a\"}") << 400;
        QTest::newRow("negative Content-Length")
            << QByteArray("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("Content-Length with chunked") << QByteArray(
            "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
                                                     << 400;
        QTest::newRow("garbage request line") << QByteArray("HELLO THERE\r\n\r\n") << 400;
        QTest::newRow("empty target") << QByteArray("GET  HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("space in the target") << QByteArray("GET /scim/v2/Users x HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/1.2") << QByteArray("GET /scim/v2/Users HTTP/1.2\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("method not a token") << QByteArray("G(T /scim/v2/Users HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("Content-Length of 16 digits")
            << QByteArray("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000000000\r\n\r\n") << 400;
        QTest::newRow("Content-Length with a sign")
            << QByteArray("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n") << 400;
    }

    void malformedHeadsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        HttpClient c(m_receiver->port());
        const Reply r = c.raw(request);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value("status"_L1).toString(), QString::number(status));
        QVERIFY(r.closed);
    }

    // A request line of one word names no target (nor, when empty, a method): the refusal is
    // logged with what it had, and the writes after it are stored as before.
    void requestLinesWithoutATargetAreLoggedAndWritesGoOn_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("one word") << QByteArray("GARBAGE");
        QTest::newRow("a method alone") << QByteArray("GET");
    }

    void requestLinesWithoutATargetAreLoggedAndWritesGoOn()
    {
        QFETCH(QByteArray, line);
        HttpClient raw(m_receiver->port());
        QCOMPARE(raw.raw(line + "\r\n\r\n").status, 400);
        static int n = 0;
        const QString userName = u"after-bare-line-%1@example.com"_s.arg(++n);
        for (int i = 0; i < 3; ++i) { // each in a turn of its own, after the refusal's flush
            HttpClient c = client();
            const QJsonObject user{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                   {u"userName"_s, QString(userName + u'-' + QString::number(i))}};
            const Reply created = c.post("/scim/v2/Users", user);
            QCOMPARE(created.status, 201);
            QTest::qWait(60);
        }
        const RequestRecord refused = waitForRecord([&](const RequestRecord &r) {
            return r.operation == Operation::Rejected && r.status == 400 && r.path.isEmpty()
                && r.method == QString::fromLatin1(line);
        });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.id > 0); // stored in the request log
    }

    // RFC 9112 §5: a field line without a colon, with whitespace between the name and the colon
    // (§5.1) or folded onto the line before (§5.2) is refused with 400, never served, and the
    // refusal is in the provisioning log like any other request.
    void malformedHeaderLinesAre400AndLoggedAsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("eol");
        for (const QByteArray &eol : {QByteArray("\r\n"), QByteArray("\n")}) {
            const char *suffix = eol == "\n" ? " (bare LF)" : " (CRLF)";
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(QByteArray(QByteArray(name) + suffix).constData());
            };
            row("no colon") << QByteArray("X-Broken-Header-Without-Colon") << eol;
            row("whitespace before the colon") << QByteArray("Authorization : Bearer x") << eol;
            row("tab before the colon") << QByteArray("X-Tab\t: v") << eol;
            row("folded line") << QByteArray("X-Long: first" + eol + "  continued") << eol;
            row("empty name") << QByteArray(": value") << eol;
            row("name with a space") << QByteArray("X Bad: v") << eol;
            row("NUL in the name") << QByteArray("X-Nul\0Name: v", 14) << eol;
        }
    }

    void malformedHeaderLinesAre400AndLoggedAsRefused()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, eol);
        static int n = 0;
        const QByteArray marker = "malformed-" + QByteArray::number(++n);
        HttpClient c(m_receiver->port(), m_token);
        const Reply r = c.raw("GET /scim/v2/Users?filter=userName+eq+%22" + marker + "%22 HTTP/1.1" + eol + "Host: x"
                              + eol + "Authorization: Bearer " + m_token + eol + line + eol + eol);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value("status"_L1).toString(), u"400"_s);
        QVERIFY(r.json().value("detail"_L1).toString().contains(u"RFC 9112"_s));
        QVERIFY(r.closed);
        const RequestRecord logged
            = waitForRecord([&](const RequestRecord &rec) { return rec.path.contains(QString::fromLatin1(marker)); });
        QCOMPARE(logged.status, 400);
        QCOMPARE(logged.operation, Operation::Rejected);
        QCOMPARE(logged.method, u"GET"_s);
        QVERIFY(logged.id > 0); // stored in the request log
    }

    void bareLineFeedHeadsAreServed()
    {
        // RFC 9112 §2.2: a recipient may accept a bare LF as a line terminator.
        HttpClient c(m_receiver->port(), m_token);
        const Reply r = c.raw("GET /scim/v2/ServiceProviderConfig HTTP/1.1\nHost: x\nAuthorization: Bearer " + m_token
                              + "\nConnection: close\n\n");
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().contains("patch"_L1));
    }

    void headAnswersWithoutABody()
    {
        // RFC 9110 §9.3.2: whatever the status, a response to HEAD has no content, so the next
        // response on the same connection is read from its first byte.
        HttpClient c(m_receiver->port(), m_token);
        const Reply head = c.raw("HEAD /scim/v2/ServiceProviderConfig HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                 + m_token + "\r\n\r\n");
        QVERIFY(head.status >= 200);
        QVERIFY(head.body.isEmpty());
        QTest::qWait(100);
        QCOMPARE(c.socket()->bytesAvailable(), 0);
        const Reply next = c.get("/scim/v2/ServiceProviderConfig");
        QCOMPARE(next.status, 200);
        QVERIFY(next.json().contains("patch"_L1));
    }

    void aTurnThatCannotCommitChangesNothing()
    {
        // Another connection makes the log row of one request fail to insert, as a full disk would:
        // the change that request made is undone and its client told, and the next request works.
        if (test::onPostgresql())
            QSKIP("the failing insert is staged with a SQLite trigger");
        QVERIFY(sabotage(u"CREATE TRIGGER refuse_marked_rows BEFORE INSERT ON request_log "
                         "WHEN NEW.request_body LIKE '%turn-fails%' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        HttpClient c = client();
        const Reply failed = c.post(
            "/scim/v2/Users",
            obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"turn-fails@example.com"})"));
        QCOMPARE(failed.status, 500);
        QVERIFY2(failed.json().value("detail"_L1).toString().contains(u"Nothing was changed"_s),
                 failed.body.constData());
        const Reply lookup = c.get("/scim/v2/Users?filter=userName%20eq%20%22turn-fails@example.com%22");
        QCOMPARE(lookup.status, 200);
        QCOMPARE(lookup.json().value("totalResults"_L1).toInt(), 0);
        const RequestRecord shown = waitForRecord(
            [](const RequestRecord &r) { return r.method == u"POST"_s && r.requestBody.contains(u"turn-fails"_s); });
        QCOMPARE(shown.status, 500);
        QCOMPARE(shown.id, 0); // shown in the window, not stored

        QVERIFY(sabotage(u"DROP TRIGGER refuse_marked_rows"_s));
        const Reply again = c.post(
            "/scim/v2/Users",
            obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"turn-fails@example.com"})"));
        QCOMPARE(again.status, 201);
    }

    void aReadsLogRowThatCannotBeStoredIsNotTriedAgain()
    {
        // A read's log row waits for the next commit; when it cannot be inserted, it is dropped
        // (shown, not stored) and the writes after it are stored as before.
        if (test::onPostgresql())
            QSKIP("the failing insert is staged with a SQLite trigger");
        QVERIFY(sabotage(u"CREATE TRIGGER refuse_marked_reads BEFORE INSERT ON request_log "
                         "WHEN NEW.path LIKE '%read-row-fails%' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        HttpClient c = client();
        QCOMPARE(c.get("/scim/v2/Users?filter=userName%20eq%20%22read-row-fails%22").status, 200);
        const RequestRecord shown
            = waitForRecord([](const RequestRecord &r) { return r.path.contains(u"read-row-fails"_s); });
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.id, 0); // shown in the window, not stored
        for (int i = 0; i < 3; ++i) {
            const QJsonObject user{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                   {u"userName"_s, u"after-unstored-read-%1"_s.arg(i)}};
            QCOMPARE(c.post("/scim/v2/Users", user).status, 201);
        }
        QVERIFY(sabotage(u"DROP TRIGGER refuse_marked_reads"_s));
    }

    void http10WithoutKeepAliveIsClosed()
    {
        HttpClient c(m_receiver->port(), m_token);
        const Reply r
            = c.raw("GET /scim/v2/ServiceProviderConfig HTTP/1.0\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
        QCOMPARE(r.status, 200);
        QVERIFY(r.closed);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(socket.waitForConnected(2000));
        const QByteArray auth = "Authorization: Bearer " + m_token + "\r\n";
        socket.write("GET /scim/v2/Users?filter=userName+eq+%22first%22 HTTP/1.1\r\nHost: x\r\n" + auth
                     + "\r\n"
                       "GET /scim/v2/Nothing HTTP/1.1\r\nHost: x\r\n"
                     + auth + "\r\n");
        QByteArray reply;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                reply += socket.readAll();
                return reply.count("HTTP/1.1 ") >= 2;
            },
            5000));
        QVERIFY(reply.startsWith("HTTP/1.1 200"));
        QVERIFY(reply.indexOf("HTTP/1.1 404") > 0);
    }

    void slowClientsAreCutOff()
    {
        m_receiver.reset();
        ReceiverConfig c = config();
        c.headTimeoutMs = 400;
        QVERIFY(startReceiver(c));
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(socket.waitForConnected(2000));
        // One byte every 100 ms keeps the connection busy but never finishes the head.
        QByteArray reply;
        const QByteArray head = "GET /scim/v2/Users HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (qsizetype i = 0; i < head.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(head.mid(i, 1));
            socket.waitForBytesWritten(100);
            socket.waitForReadyRead(100);
            reply += socket.readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 408"), reply.constData());
        QCOMPARE(waitForRecord([](const RequestRecord &x) { return x.status == 408; }).method, u"GET"_s);
    }

    void connectionsBeyondTheCapGet503()
    {
        m_receiver.reset();
        ReceiverConfig c = config();
        c.maxConnections = 3;
        QVERIFY(startReceiver(c));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(u"127.0.0.1"_s, m_receiver->port());
            QVERIFY(held.back()->waitForConnected(2000));
        }
        HttpClient extra(m_receiver->port(), m_token);
        QTRY_COMPARE(extra.get("/scim/v2/ServiceProviderConfig").status, 503);
        held.clear(); // the cap frees up again
        QTRY_COMPARE(HttpClient(m_receiver->port(), m_token).get("/scim/v2/ServiceProviderConfig").status, 200);
    }

    void idleConnectionIsClosed()
    {
        m_receiver.reset();
        QVERIFY(startReceiver(config(10 * 1024 * 1024, 300)));
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(
            "POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"userName\""); // never finished
        QVERIFY(socket.waitForDisconnected(5000));
    }

    void restartKeepsData()
    {
        m_receiver.reset();
        QVERIFY(startReceiver(config()));
        Reply r = client().get("/scim/v2/Users?filter=userName+eq+%22okta%40example.com%22");
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 1);
        QString error;
        auto store = StoreFactory::open(m_store->config(), u"check"_s, &error);
        QVERIFY(store->requestLog().count() > 20);
    }

    void portInUseFails()
    {
        Receiver second;
        ReceiverConfig c = config();
        c.port = m_receiver->port();
        second.start(c);
        QVERIFY(QTest::qWaitFor([&] { return second.state() == Receiver::State::Failed; }, 5000));
        QVERIFY2(second.errorString().contains(QString::number(c.port)), qPrintable(second.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestReceiverHttp)
#include "tst_receiverhttp.moc"
