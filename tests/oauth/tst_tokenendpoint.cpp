// The OAuth 2.0 token endpoint over real HTTP, on the run's store backend: the client credentials
// grant with HTTP Basic and with form fields, every RFC 6749 §5.2 error response (the client sees
// only the code, the log the reason), the access token's lifetime and expiry, rotation with two
// live secrets, revocation taking effect on the next request on an open connection, an
// Entra-style run (token, SCIM requests, expiry, new token) in that order in the log, and the
// jwt-bearer grant of workload identity: assertions signed with RS256 and ES256 accepted, a wrong
// signature, issuer, audience, subject, an expired or not yet valid one and `alg: none` refused
// with the claim named in the log, the key set read from a file, fetched from a URL, and an
// unreachable key set answered at once (no hang).
#include "oauth/oauthclientservice.h"
#include "oauth/tokenendpoint.h"
#include "receiver/receiver.h"
#include "support/jwtsigning.h"
#include "support/tempstore.h"
#include "support/testsupport.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

const QByteArray kForm = "application/x-www-form-urlencoded";
const QString kIssuer = u"https://login.microsoftonline.com/0c0a3bd5-0000-4000-8000-000000000001/v2.0"_s;
const QString kSubject = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;

/// A one-page HTTP server: answers every request with `body` as JSON, and counts them.
class KeySetServer : public QTcpServer
{
public:
    explicit KeySetServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: "
                             + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int requests = 0;

private:
    QByteArray m_body;
};

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
    test::JwkPtr m_rsa;
    test::JwkPtr m_ec;
    test::JwkPtr m_forger; ///< signs with the RSA key's kid, but is another key
    QByteArray m_keySet; ///< m_rsa as "rsa-1", m_ec as "ec-1"
    NewClientSecret m_workload; ///< trusts kIssuer for kSubject, key set in a file

    QByteArray tokenEndpoint() const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_receiver->port()) + "/oauth2/token";
    }

    /// Claims as Entra's federated credential sends them, valid now for ten minutes.
    QJsonObject claims() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{u"iss"_s, kIssuer}, {u"sub"_s, kSubject}, {u"aud"_s, QString::fromLatin1(tokenEndpoint())},
                {u"iat"_s, now - 5}, {u"nbf"_s, now - 5},  {u"exp"_s, now + 600},
                {u"jti"_s, u"j1"_s}};
    }

    Reply jwtBearer(const QByteArray &assertion)
    {
        HttpClient c(m_receiver->port());
        return tokenRequest(c,
                            "grant_type=" + QUrl::toPercentEncoding(TokenEndpoint::kJwtBearer.toString())
                                + "&assertion=" + assertion);
    }

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
        const Reply r = tokenRequest(c,
                                     "grant_type=client_credentials&client_id=" + client.client.clientId.toLatin1()
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

        m_rsa = test::rsaKey(2048);
        m_ec = test::ecKey();
        m_forger = test::rsaKey(2048);
        m_keySet = test::keySet({test::publicJwk(m_rsa.get(), u"rsa-1"_s), test::publicJwk(m_ec.get(), u"ec-1"_s)});
        QFile file((*m_store).dir.filePath(u"issuer-jwks.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_keySet) == m_keySet.size());
        file.close();
        m_workload = create(u"Entra workload"_s);
        QString error;
        QVERIFY2(
            m_clients->setFederation(m_workload.client.id, {kIssuer, kSubject, QString(), file.fileName()}, &error),
            qPrintable(error));
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
                for (const QString &secret : {client.secret, QString::fromLatin1(first), QString::fromLatin1(second)})
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
        QTest::newRow("parameter twice") << QByteArray("POST") << kForm
                                         << QByteArray("grant_type=client_credentials&grant_type=client_credentials")
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
        QTest::newRow("Bearer instead of Basic")
            << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials") << QByteArray("Bearer abc")
            << 401 << u"invalid_client"_s << u"not HTTP Basic"_s;
        QTest::newRow("Basic not base64") << QByteArray("POST") << kForm << QByteArray("grant_type=client_credentials")
                                          << QByteArray("Basic %%%") << 401 << u"invalid_client"_s << u"not base64"_s;
        QTest::newRow("jwt-bearer without assertion")
            << QByteArray("POST") << kForm
            << QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer") << QByteArray() << 400
            << u"invalid_request"_s << u"no assertion"_s;
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
        QVERIFY2(rec.authFailure.contains(u"access token of client \"expiring\" expired"_s),
                 qPrintable(rec.authFailure));
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

    void removalTakesEffectOnTheNextRequest()
    {
        // Removed from another connection (the command line's) and through the receiver's own
        // connection (the window's way of writing): its access token is unknown at the next request.
        const NewClientSecret elsewhere = create(u"removed elsewhere"_s);
        const NewClientSecret here = create(u"removed through the receiver"_s);
        HttpClient a(m_receiver->port(), accessToken(elsewhere));
        HttpClient b(m_receiver->port(), accessToken(here));
        QCOMPARE(a.get("/scim/v2/Users").status, 200);
        QCOMPARE(b.get("/scim/v2/Users").status, 200);
        QString error;
        QVERIFY2(m_clients->remove(elsewhere.client.id, &error), qPrintable(error));
        settle();
        QCOMPARE(a.get("/scim/v2/Users").status, 401);
        QCOMPARE(b.get("/scim/v2/Users").status, 200);
        QFuture<bool> removed = m_receiver->write<bool>([id = here.client.id](Store &store) {
            QString why;
            return OAuthClientService(store).remove(id, &why);
        });
        QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 5000));
        QVERIFY(removed.result());
        settle();
        QCOMPARE(b.get("/scim/v2/Users").status, 401);
    }

    void entraStyleRunInOrder()
    {
        // Entra: fetch a token, provision with it, the token expires, a 401, a new token.
        const NewClientSecret client = create(u"Entra ID"_s);
        HttpClient first(m_receiver->port(), accessToken(client));
        QCOMPARE(first.get("/scim/v2/Users?filter=userName+eq+%22oauth.run%40contoso.com%22").status, 200);
        QCOMPARE(first
                     .post("/scim/v2/Users",
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
        QCOMPARE(operations,
                 (QStringList{u"Token request"_s, u"Lookup user"_s, u"Create user"_s, u"Auth failure"_s,
                              u"Token request"_s, u"Lookup user"_s}));
        for (const RequestRecord &r : log)
            QCOMPARE(r.tokenLabel, u"Entra ID"_s);
        // And so the store keeps them, in that order.
        QVERIFY(log.last().id > log.first().id);
    }

    void jwtBearerAccepted_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << u"RS256"_s;
        QTest::newRow("ES256") << u"ES256"_s;
    }

    void jwtBearerAccepted()
    {
        QFETCH(QString, alg);
        const cjose_jwk_t *key = alg == "RS256"_L1 ? m_rsa.get() : m_ec.get();
        const QString kid = alg == "RS256"_L1 ? u"rsa-1"_s : u"ec-1"_s;
        const QByteArray assertion
            = test::sign(key, {{u"alg"_s, alg}, {u"kid"_s, kid}, {u"typ"_s, u"JWT"_s}}, claims());
        const Reply r = jwtBearer(assertion);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(r.json().value("expires_in"_L1).toInt(), 3600);
        const RequestRecord rec = lastRecord(200);
        QCOMPARE(operationKey(rec.operation), u"Token request"_s);
        QCOMPARE(rec.tokenLabel, u"Entra workload"_s);
        // The log keeps the assertion's header and claims for troubleshooting, not its signature,
        // and not the access token.
        const QByteArray signature = assertion.mid(assertion.lastIndexOf('.') + 1);
        QVERIFY2(rec.requestBody.contains(QString::fromLatin1(assertion.left(assertion.lastIndexOf('.') + 1))),
                 qPrintable(rec.requestBody));
        QVERIFY(!rec.requestBody.contains(QString::fromLatin1(signature)));
        const QByteArray token = r.json().value("access_token"_L1).toString().toLatin1();
        QVERIFY(!rec.responseBody.contains(QString::fromLatin1(token)));
        QCOMPARE(HttpClient(m_receiver->port(), token).get("/scim/v2/Users").status, 200);
    }

    void jwtBearerRefused_data()
    {
        QTest::addColumn<QByteArray>("assertion");
        QTest::addColumn<QString>("reason");
        const QJsonObject rsHeader{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto with = [&](const QString &name, const QJsonValue &value) {
            QJsonObject c = claims();
            c.insert(name, value);
            return test::sign(m_rsa.get(), rsHeader, c);
        };
        QTest::newRow("wrong signature") << test::sign(m_forger.get(), rsHeader, claims()) << u"signature"_s;
        QTest::newRow("wrong issuer") << with(u"iss"_s, u"https://sts.windows.net/evil/"_s)
                                      << u"no client trusts the issuer \"https://sts.windows.net/evil/\""_s;
        QTest::newRow("wrong audience") << with(u"aud"_s, u"https://other.example/oauth2/token"_s) << u"\"aud\""_s;
        QTest::newRow("wrong subject") << with(u"sub"_s, u"someone-else"_s) << u"\"sub\""_s;
        QTest::newRow("expired") << with(u"exp"_s, now - 600) << u"\"exp\""_s;
        QTest::newRow("not yet valid") << with(u"nbf"_s, now + 3600) << u"\"nbf\""_s;
        const QByteArray noneHeader = R"({"alg":"none","typ":"JWT"})";
        const QByteArray payload = QJsonDocument(claims()).toJson(QJsonDocument::Compact);
        QTest::newRow("alg none") << test::craft(noneHeader, payload, "x") << u"\"alg\""_s;
        QTest::newRow("alg none, no signature part")
            << QByteArray(test::base64url(noneHeader) + '.' + test::base64url(payload) + '.') << u"\"alg\""_s;
        QTest::newRow("not a JWT") << QByteArray("abc") << u"not a JWT"_s;
    }

    void jwtBearerRefused()
    {
        QFETCH(QByteArray, assertion);
        QFETCH(QString, reason);
        const Reply r = jwtBearer(assertion);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"invalid_grant"_s}}));
        const RequestRecord rec = lastRecord(400);
        QVERIFY2(rec.authFailure.startsWith(u"invalid_grant: "_s) && rec.authFailure.contains(reason),
                 qPrintable(rec.authFailure));
        QVERIFY2(!rec.requestBody.contains(QString::fromLatin1(assertion.mid(assertion.lastIndexOf('.') + 1)))
                     || assertion.endsWith('.') || !assertion.contains('.'),
                 "the signature is not kept");
    }

    void clientAssertionAuthenticatesClientCredentials()
    {
        // RFC 7523 §2.2: client credentials with a signed client assertion instead of a secret.
        const QByteArray assertion
            = test::sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, claims());
        const QByteArray type = QUrl::toPercentEncoding(TokenEndpoint::kClientAssertionType.toString());
        HttpClient c(m_receiver->port());
        const Reply ok = tokenRequest(
            c, "grant_type=client_credentials&client_assertion_type=" + type + "&client_assertion=" + assertion);
        QCOMPARE(ok.status, 200);
        QCOMPARE(lastRecord(200).tokenLabel, u"Entra workload"_s);
        // A forged one is refused as client authentication: invalid_client, 401.
        const Reply forged = tokenRequest(
            c,
            "grant_type=client_credentials&client_assertion_type=" + type + "&client_assertion="
                + test::sign(m_forger.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, claims()));
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.json(), (QJsonObject{{u"error"_s, u"invalid_client"_s}}));
        QVERIFY2(lastRecord(401).authFailure.contains(u"signature"_s), "the log names the signature");
        const Reply wrongType
            = tokenRequest(c, "grant_type=client_credentials&client_assertion_type=password&client_assertion=x");
        QCOMPARE(wrongType.status, 401);
    }

    void audienceIsTheReceiversOwnNotTheHostHeaders()
    {
        // An assertion made for another service is not accepted because the request names that
        // service in its Host header.
        QJsonObject c = claims();
        c.insert(u"aud"_s, u"http://evil.example/oauth2/token"_s);
        const QByteArray assertion = test::sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, c);
        HttpClient client(m_receiver->port());
        const Reply r = client.request(
            "POST", "/oauth2/token",
            "grant_type=" + QUrl::toPercentEncoding(TokenEndpoint::kJwtBearer.toString()) + "&assertion=" + assertion,
            {{"Host", "evil.example"}, {"Content-Type", kForm}, {"X-Forwarded-Proto", "https"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(lastRecord(400).authFailure.contains(u"\"aud\""_s), "refused for its audience");
    }

    void manyParametersAreRefusedQuickly()
    {
        QByteArray body = "grant_type=client_credentials";
        while (body.size() < 2 * 1024 * 1024)
            body += "&p" + QByteArray::number(body.size()) + "=1";
        QElapsedTimer timer;
        timer.start();
        HttpClient c(m_receiver->port());
        const Reply big = tokenRequest(c, body);
        QCOMPARE(big.status, 400);
        QVERIFY2(lastRecord(400).authFailure.contains(u"at most"_s), "too large");
        // Thousands of short parameters under the size limit: duplicates are found in linear time.
        QByteArray many = "grant_type=client_credentials";
        for (int i = 0; many.size() < TokenEndpoint::kMaxBodyBytes - 16; ++i)
            many += "&q" + QByteArray::number(i) + "=1";
        const Reply manyReply = tokenRequest(c, many);
        QCOMPARE(manyReply.status, 401); // no client authentication among them
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(HttpClient(m_receiver->port()).get("/scim/v2/Users").status, 401); // still answering
    }

    void secretsInTheQueryAreNotLogged()
    {
        const NewClientSecret client = create(u"query secret"_s);
        HttpClient c(m_receiver->port());
        const Reply r = c.request("POST",
                                  "/oauth2/token?client_id=" + client.client.clientId.toLatin1()
                                      + "&client_secret=" + client.secret.toLatin1(),
                                  "grant_type=client_credentials", {{"Content-Type", kForm}});
        QCOMPARE(r.status, 401); // a secret in the URI is not client authentication
        const RequestRecord rec = lastRecord(401);
        QVERIFY2(!rec.path.contains(client.secret) && rec.path.contains(u"client_secret=[redacted]"_s),
                 qPrintable(rec.path));
    }

    void federationIsValidatedWhenSaved_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("jwks");
        QTest::addColumn<QString>("problem");
        QTest::newRow("http off loopback")
            << u"https://other.example"_s << QString() << u"http://keys.example/jwks"_s << u"https://"_s;
        QTest::newRow("missing file") << u"https://other.example"_s << QString() << u"/nonexistent/keys.json"_s
                                      << u"cannot be read"_s;
        QTest::newRow("not a key set") << u"https://other.example"_s << QString() << u"/etc/hostname"_s
                                       << u"not a JSON Web Key Set"_s;
        QTest::newRow("relative path") << u"https://other.example"_s << QString() << u"keys.json"_s
                                       << u"absolute file path"_s;
        QTest::newRow("same issuer and subject as another client")
            << kIssuer << kSubject << u"https://keys.example/jwks"_s << u"already trusts"_s;
        QTest::newRow("same issuer, any subject")
            << kIssuer << QString() << u"https://keys.example/jwks"_s << u"already trusts"_s;
    }

    void federationIsValidatedWhenSaved()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, subject);
        QFETCH(QString, jwks);
        QFETCH(QString, problem);
        const NewClientSecret client
            = create(u"federation check %1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QString error;
        QVERIFY(!m_clients->setFederation(client.client.id, {issuer, subject, QString(), jwks}, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(!(*m_store)->oauthClients().byId(client.client.id)->federation.isSet());
    }

    void namesAreUnique()
    {
        create(u"Unique name"_s);
        QString error;
        QVERIFY(!m_clients->create(u"unique NAME"_s, 60, &error));
        QVERIFY2(error.contains(u"exists already"_s), qPrintable(error));
    }

    void jwtBearerKeySetFromUrl()
    {
        KeySetServer server(m_keySet);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const NewClientSecret client = create(u"Entra workload by URL"_s);
        const QString subject = u"url-subject"_s;
        QString error;
        const QString url = u"http://127.0.0.1:%1/discovery/v2.0/keys"_s.arg(server.serverPort());
        QVERIFY2(m_clients->setFederation(client.client.id, {kIssuer, subject, QString(), url}, &error),
                 qPrintable(error));
        QJsonObject c = claims();
        c.insert(u"sub"_s, subject);
        const QByteArray assertion = test::sign(m_ec.get(), {{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"ec-1"_s}}, c);
        // The receiver's thread fetches while this one waits in the client: the server needs this
        // thread's event loop, so the request runs on a thread of its own.
        Reply first;
        std::unique_ptr<QThread> t(QThread::create([&] { first = jwtBearer(assertion); }));
        t->start();
        QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, 8000));
        QCOMPARE(first.status, 200);
        QCOMPARE(server.requests, 1);
        std::unique_ptr<QThread> again(QThread::create([&] { first = jwtBearer(assertion); }));
        again->start();
        QVERIFY(QTest::qWaitFor([&] { return again->isFinished(); }, 8000));
        QCOMPARE(first.status, 200);
        QCOMPARE(server.requests, 1); // cached
    }

    void jwtBearerUnreachableKeySetIsAnErrorNotAHang()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const NewClientSecret client = create(u"Entra workload unreachable"_s);
        QString error;
        QVERIFY(m_clients->setFederation(
            client.client.id, {kIssuer, u"unreachable-subject"_s, QString(), u"http://127.0.0.1:%1/keys"_s.arg(port)},
            &error));
        QJsonObject c = claims();
        c.insert(u"sub"_s, u"unreachable-subject"_s);
        QElapsedTimer timer;
        timer.start();
        const Reply r = jwtBearer(test::sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, c));
        QCOMPARE(r.status, 400);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"invalid_grant"_s}}));
        const RequestRecord rec = lastRecord(400);
        QVERIFY2(rec.authFailure.contains(u"could not be fetched"_s), qPrintable(rec.authFailure));
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
