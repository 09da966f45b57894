// The OAuth 2.0 token endpoint over real HTTP, on the run's store backend: the client credentials
// grant with HTTP Basic and with form fields, every RFC 6749 §5.2 error response (the client sees
// only the code, the log the reason), the access token's lifetime and expiry, rotation with two
// live secrets, revocation taking effect on the next request on an open connection, and an
// Entra-style run (token, SCIM requests, expiry, new token) in that order in the log.
#include "oauth/oauthclientservice.h"
#include "receiver/receiver.h"
#include "support/tempstore.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

const QByteArray kForm = "application/x-www-form-urlencoded";

QByteArray basic(const QString &id, const QString &secret)
{
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + pair.toBase64();
}

} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store; ///< the test's own connection (as the window's)
    std::unique_ptr<OAuthClientService> m_clients;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;

    NewClientSecret create(const QString &name, int minutes = 60)
    {
        QString error;
        auto c = m_clients->create(name, minutes, &error);
        if (!c)
            qFatal("cannot create client: %s", qPrintable(error));
        return *c;
    }

    Reply tokenRequest(HttpClient &c, const QByteArray &body, const QByteArray &authorization = {},
                       const QByteArray &contentType = kForm)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return c.request("POST", "/oauth2/token", body, headers);
    }

    /// A client credentials request with form fields; the access token, or empty when refused.
    QByteArray accessToken(const NewClientSecret &client)
    {
        HttpClient c(m_receiver->port());
        const Reply r = tokenRequest(c, "grant_type=client_credentials&client_id=" + client.client.clientId.toLatin1()
                                            + "&client_secret=" + client.secret.toLatin1());
        return r.status == 200 ? r.json().value("access_token"_L1).toString().toLatin1() : QByteArray();
    }

    /// The log records from the last clear on, waiting until `count` arrived.
    QList<RequestRecord> records(qsizetype count)
    {
        [[maybe_unused]] const bool arrived = QTest::qWaitFor([&] { return m_handled->size() >= count; }, 5000);
        QList<RequestRecord> out;
        for (const QList<QVariant> &args : std::as_const(*m_handled))
            out.append(args.at(0).value<RequestRecord>());
        return out;
    }

    /// The newest log record answered with `status`, waiting for it to arrive; the records so far
    /// are then forgotten.
    RequestRecord lastRecord(int status)
    {
        RequestRecord found;
        [[maybe_unused]] const bool ok = QTest::qWaitFor(
            [&] {
                for (auto it = m_handled->crbegin(); it != m_handled->crend(); ++it)
                    if (const auto r = it->at(0).value<RequestRecord>(); r.status == status) {
                        found = r;
                        return true;
                    }
                return false;
            },
            5000);
        m_handled->clear();
        return found;
    }

    /// Waits until the records of earlier requests stopped arriving, then forgets them.
    void settle()
    {
        qsizetype seen = -1;
        while (seen != m_handled->size()) {
            seen = m_handled->size();
            QTest::qWait(100);
        }
        m_handled->clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        m_store = std::make_unique<test::TempStore>(u"oauth-test"_s);
        m_clients = std::make_unique<OAuthClientService>(**m_store);
        ReceiverConfig c;
        c.store = m_store->config();
        c.port = 0;
        m_receiver = std::make_unique<Receiver>();
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_receiver->start(c);
        QVERIFY(QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 10000));
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_clients.reset();
        m_store.reset();
    }

    void init() { settle(); }

    void clientCredentialsWithBasicAndWithFormFields()
    {
        const NewClientSecret client = create(u"Entra basic"_s);
        HttpClient c(m_receiver->port());
        const Reply viaBasic
            = tokenRequest(c, "grant_type=client_credentials", basic(client.client.clientId, client.secret));
        QCOMPARE(viaBasic.status, 200);
        QVERIFY(viaBasic.header("Content-Type").startsWith("application/json"));
        QCOMPARE(viaBasic.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(viaBasic.json().value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(viaBasic.json().value("expires_in"_L1).toInt(), 3600);
        const QByteArray first = viaBasic.json().value("access_token"_L1).toString().toLatin1();
        QVERIFY(first.size() >= 43);

        const QByteArray second = accessToken(client);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        for (const QByteArray &token : {first, second})
            QCOMPARE(HttpClient(m_receiver->port(), token).get("/scim/v2/Users").status, 200);

        const QList<RequestRecord> log = records(4);
        QCOMPARE(operationKey(log.at(0).operation), u"Token request"_s);
        QCOMPARE(log.at(0).tokenLabel, u"Entra basic"_s);
        QCOMPARE(log.at(2).tokenLabel, u"Entra basic"_s); // the SCIM request, under the client's name
        // Neither the secret nor the access token is kept in the log.
        for (const RequestRecord &r : log)
            for (const QString &text : {r.requestHeaders, r.requestBody, r.responseHeaders, r.responseBody})
                for (const QString &secret :
                     {client.secret, QString::fromLatin1(first), QString::fromLatin1(second)})
                    QVERIFY2(!text.contains(secret), qPrintable(text));
    }

    void lifetimeIsTheClients()
    {
        const NewClientSecret client = create(u"six hours"_s, 360);
        HttpClient c(m_receiver->port());
        const Reply r = tokenRequest(c, "grant_type=client_credentials", basic(client.client.clientId, client.secret));
        QCOMPARE(r.json().value("expires_in"_L1).toInt(), 360 * 60);
        QString error;
        QVERIFY(!m_clients->create(u"too long"_s, 361, &error));
        QVERIFY(!m_clients->create(u"too short"_s, 59, &error));
    }

    void errorResponses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("reason");
        const NewClientSecret client = create(u"errors"_s);
        const QByteArray id = client.client.clientId.toLatin1();
        const QByteArray good = basic(client.client.clientId, client.secret);
        QTest::newRow("GET") << QByteArray("GET") << kForm << QByteArray() << good << 405 << u"invalid_request"_s
                             << u"takes POST"_s;
        QTest::newRow("JSON body") << QByteArray("POST") << QByteArray("application/json")
                                   << QByteArray(R"({"grant_type":"client_credentials"})") << good << 400
                                   << u"invalid_request"_s << u"x-www-form-urlencoded"_s;
        QTest::newRow("no grant_type") << QByteArray("POST") << kForm << QByteArray("scope=x") << good << 400
                                       << u"invalid_request"_s << u"no grant_type"_s;
        QTest::newRow("parameter twice")
            << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials&grant_type=client_credentials")
            << good << 400 << u"invalid_request"_s << u"sent twice"_s;
        QTest::newRow("password grant") << QByteArray("POST") << kForm
                                        << QByteArray("grant_type=password&username=a&password=b") << good << 400
                                        << u"unsupported_grant_type"_s << u"\"password\""_s;
        QTest::newRow("no client authentication")
            << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials") << QByteArray() << 401
            << u"invalid_client"_s << u"no client authentication"_s;
        QTest::newRow("unknown client") << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials")
                                        << basic(u"3f1d0c55-0000-4000-8000-000000000000"_s, client.secret) << 401
                                        << u"invalid_client"_s << u"unknown client"_s;
        QTest::newRow("wrong secret") << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials")
                                      << basic(client.client.clientId, u"not-the-secret"_s) << 401
                                      << u"invalid_client"_s << u"wrong Client Secret for client \"errors\""_s;
        QTest::newRow("wrong secret in form")
            << QByteArray("POST") << kForm
            << QByteArray("grant_type=client_credentials&client_id=" + id + "&client_secret=nope") << QByteArray()
            << 401 << u"invalid_client"_s << u"wrong Client Secret"_s;
        QTest::newRow("two authentication methods")
            << QByteArray("POST") << kForm
            << QByteArray("grant_type=client_credentials&client_secret=" + client.secret.toLatin1()) << good << 400
            << u"invalid_request"_s << u"authenticated twice"_s;
        QTest::newRow("Bearer instead of Basic") << QByteArray("POST") << kForm
                                                 << QByteArray("grant_type=client_credentials")
                                                 << QByteArray("Bearer abc") << 401 << u"invalid_client"_s
                                                 << u"not HTTP Basic"_s;
        QTest::newRow("Basic not base64") << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials")
                                          << QByteArray("Basic %%%") << 401 << u"invalid_client"_s
                                          << u"not base64"_s;
        QTest::newRow("jwt-bearer without assertion")
            << QByteArray("POST") << kForm
            << QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer") << QByteArray() << 400
            << u"invalid_request"_s << u"needs an assertion"_s;
    }

    void errorResponses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, reason);
        HttpClient c(m_receiver->port());
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply r = c.request(method, "/oauth2/token", body, headers);
        QCOMPARE(r.status, status);
        // The client sees the RFC's error code and nothing else.
        QCOMPARE(r.json(), (QJsonObject{{u"error"_s, error}}));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Basic realm="));
        if (status == 405)
            QCOMPARE(r.header("Allow"), QByteArray("POST"));
        const RequestRecord rec = lastRecord(status);
        QVERIFY2(rec.authFailure.startsWith(error + u": "_s) && rec.authFailure.contains(reason),
                 qPrintable(rec.authFailure));
        QCOMPARE(operationKey(rec.operation), status == 401 ? u"Auth failure"_s : u"Rejected"_s);
        QCOMPARE(operationKey(rec.attemptedOperation), u"Token request"_s);
    }

    void expiredAccessTokenIsRefused()
    {
        const NewClientSecret client = create(u"expiring"_s);
        const QByteArray token = accessToken(client);
        HttpClient c(m_receiver->port(), token);
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        // Its lifetime ends (as if an hour had passed).
        const auto issued = (*m_store)->tokens().accessTokens(client.client.id, QDateTime::currentDateTimeUtc());
        QCOMPARE(issued.size(), 1);
        QVERIFY((*m_store)->tokens().setExpiry(issued.first().id, QDateTime::currentDateTimeUtc().addSecs(-1)));
        settle();
        const Reply refused = c.get("/scim/v2/Users");
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        QVERIFY(!refused.json().value("detail"_L1).toString().contains(u"expired"_s));
        const RequestRecord rec = lastRecord(401);
        QVERIFY2(rec.authFailure.contains(u"access token of client \"expiring\" expired"_s), qPrintable(rec.authFailure));
    }

    void rotationKeepsTwoSecretsLive()
    {
        const NewClientSecret client = create(u"rotating"_s);
        QString error;
        const auto rotated = m_clients->rotate(client.client.id, 1, &error);
        QVERIFY2(rotated, qPrintable(error));
        QVERIFY(rotated->secret != client.secret);
        QCOMPARE(m_clients->liveSecrets(client.client.id, QDateTime::currentDateTimeUtc()).size(), 2);
        QVERIFY(!accessToken(client).isEmpty()); // the old one, in its grace hour
        QVERIFY(!accessToken(*rotated).isEmpty());

        // A second rotation without grace: only the newest works.
        const auto third = m_clients->rotate(client.client.id, 0, &error);
        QVERIFY2(third, qPrintable(error));
        QVERIFY(!accessToken(*third).isEmpty());
        settle();
        QVERIFY(accessToken(client).isEmpty());
        QVERIFY2(lastRecord(401).authFailure.contains(u"a rotation replaced"_s), "the old secret's reason");
        QVERIFY(accessToken(*rotated).isEmpty());
    }

    void revocationTakesEffectOnTheNextRequest()
    {
        const NewClientSecret client = create(u"revoked soon"_s);
        const QByteArray token = accessToken(client);
        HttpClient c(m_receiver->port(), token);
        QCOMPARE(c.get("/scim/v2/Users").status, 200); // the connection stays open
        QString error;
        QVERIFY2(m_clients->revoke(client.client.id, &error), qPrintable(error));
        settle();
        QCOMPARE(c.get("/scim/v2/Users").status, 401);
        QVERIFY2(lastRecord(401).authFailure.contains(u"was revoked"_s), "the token's reason");
        // And no new token for it.
        QVERIFY(accessToken(client).isEmpty());
        QVERIFY2(lastRecord(401).authFailure.contains(u"client \"revoked soon\" was revoked"_s), "the client's reason");
        QVERIFY(!m_clients->revoke(client.client.id, &error)); // once only
    }

    void entraStyleRunInOrder()
    {
        // Entra: fetch a token, provision with it, the token expires, a 401, a new token.
        const NewClientSecret client = create(u"Entra ID"_s);
        HttpClient first(m_receiver->port(), accessToken(client));
        QCOMPARE(first.get("/scim/v2/Users?filter=userName+eq+%22oauth.run%40contoso.com%22").status, 200);
        QCOMPARE(first.post("/scim/v2/Users",
                            QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                        {u"userName"_s, u"oauth.run@contoso.com"_s},
                                        {u"active"_s, true}})
                     .status,
                 201);
        for (const TokenRecord &t :
             (*m_store)->tokens().accessTokens(client.client.id, QDateTime::currentDateTimeUtc()))
            QVERIFY((*m_store)->tokens().setExpiry(t.id, QDateTime::currentDateTimeUtc().addSecs(-1)));
        QCOMPARE(first.get("/scim/v2/Users?filter=userName+eq+%22oauth.run%40contoso.com%22").status, 401);
        HttpClient second(m_receiver->port(), accessToken(client));
        QCOMPARE(second.get("/scim/v2/Users?filter=userName+eq+%22oauth.run%40contoso.com%22").status, 200);

        const QList<RequestRecord> log = records(6);
        QStringList operations;
        for (const RequestRecord &r : log)
            operations.append(operationKey(r.operation));
        QCOMPARE(operations, (QStringList{u"Token request"_s, u"Lookup user"_s, u"Create user"_s, u"Auth failure"_s,
                                          u"Token request"_s, u"Lookup user"_s}));
        for (const RequestRecord &r : log)
            QCOMPARE(r.tokenLabel, u"Entra ID"_s);
        // And so the store keeps them, in that order.
        QVERIFY(log.last().id > log.first().id);
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
