// Two receivers on one store, over real HTTP, as behind a load balancer: a token revoked through
// the store is refused by both at their next request; an ETag from one receiver holds at the
// other (If-Match, RFC 7644 §3.14); one userName sent to both at the same moment, differently
// cased, is created once (201) and refused once (409 uniqueness); receivers whose database
// connections the server dropped (a restart) answer again at once; each log row names the receiver
// that answered. On the run's backend (SQLite's file shared in one process, and PostgreSQL).

#include "platform/cryptolibrary.h"
#include "receiver/receiver.h"
#include "support/testsupport.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

QByteArray createUser(const QString &userName)
{
    return uR"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%1","active":true})"_s
        .arg(userName)
        .toUtf8();
}

/// Sends `body` as POST /scim/v2/Users to both ports at once (both requests written before either
/// answer is read); returns the two statuses.
QList<int> postToBoth(quint16 portA, quint16 portB, const QByteArray &token, const QByteArray &bodyA,
                      const QByteArray &bodyB)
{
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QHostAddress::LocalHost, portA);
    b.connectToHost(QHostAddress::LocalHost, portB);
    if (!a.waitForConnected(3000) || !b.waitForConnected(3000))
        return {};
    auto request = [&token](quint16 port, const QByteArray &body) -> QByteArray {
        return "POST /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/scim+json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    a.write(request(portA, bodyA));
    b.write(request(portB, bodyB));
    a.flush();
    b.flush();
    QList<int> statuses;
    for (QTcpSocket *s : {&a, &b}) {
        QByteArray head;
        QDeadlineTimer deadline(10000);
        while (!head.contains("\r\n") && !deadline.hasExpired() && s->waitForReadyRead(int(deadline.remainingTime())))
            head += s->readAll();
        const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
        statuses.append(parts.size() > 1 ? parts.at(1).toInt() : 0);
    }
    return statuses;
}

} // namespace

class TestMultiReceiver : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<Receiver> m_a;
    std::unique_ptr<Receiver> m_b;
    QByteArray m_token;

    std::unique_ptr<Receiver> start(const QString &name)
    {
        ReceiverConfig c;
        c.store = m_store->config();
        c.store.receiverName = name;
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        auto receiver = std::make_unique<Receiver>();
        receiver->start(c);
        if (!QTest::qWaitFor([&] { return receiver->state() == Receiver::State::Listening; }, 5000))
            return nullptr;
        return receiver;
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
        QVERIFY2(t, qPrintable(error));
        m_token = t->secret.toLatin1();
        m_a = start(u"receiver-a"_s);
        m_b = start(u"receiver-b"_s);
        QVERIFY(m_a && m_b);
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_store.reset();
    }

    void revokedTokenIsRefusedByBoth()
    {
        QString error;
        const auto t = TokenService(**m_store).create(u"Okta"_s, 0, &error);
        QVERIFY(t);
        HttpClient a(m_a->port(), t->secret.toLatin1());
        HttpClient b(m_b->port(), t->secret.toLatin1());
        QCOMPARE(a.get("/scim/v2/Users?count=1").status, 200);
        QCOMPARE(b.get("/scim/v2/Users?count=1").status, 200);
        QVERIFY2(TokenService(**m_store).revoke(t->record.id, &error), qPrintable(error));
        QCOMPARE(a.get("/scim/v2/Users?count=1").status, 401);
        QCOMPARE(b.get("/scim/v2/Users?count=1").status, 401);
    }

    void etagOfOneReceiverHoldsAtTheOther()
    {
        HttpClient a(m_a->port(), m_token);
        HttpClient b(m_b->port(), m_token);
        const Reply created = a.request("POST", "/scim/v2/Users", createUser(u"etag.user@contoso.com"_s));
        QCOMPARE(created.status, 201);
        const QByteArray id = created.json().value("id"_L1).toString().toUtf8();
        const QByteArray etag = created.header("ETag");
        QVERIFY(!etag.isEmpty());
        const QByteArray path = "/scim/v2/Users/" + id;
        QCOMPARE(b.get(path).header("ETag"), etag);
        const QByteArray deactivate
            = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]})";
        const Reply changed = b.request("PATCH", path, deactivate, {{"If-Match", etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != etag);
        // The first receiver now refuses the old version.
        const Reply stale = a.request("PATCH", path, deactivate, {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(a.request("PATCH", path, deactivate, {{"If-Match", changed.header("ETag")}}).status, 200);
    }

    void oneUserNameSentToBothIsCreatedOnce()
    {
        for (int round = 0; round < 10; ++round) {
            const QString name = u"race.%1@contoso.com"_s.arg(round);
            const QList<int> statuses
                = postToBoth(m_a->port(), m_b->port(), m_token, createUser(name), createUser(name.toUpper()));
            QCOMPARE(statuses.size(), 2);
            QList<int> sorted = statuses;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (QList<int>{201, 409}));
        }
        HttpClient a(m_a->port(), m_token);
        const Reply listed = a.get("/scim/v2/Users?filter=userName+sw+%22race.%22&count=100");
        QCOMPARE(listed.json().value("totalResults"_L1).toInt(), 10);
    }

    void logRowsNameTheReceiverThatAnswered()
    {
        QStringList receivers;
        QVERIFY(QTest::qWaitFor(
            [&] {
                receivers.clear();
                for (const RequestRecord &r : m_store->store->requestLog().recent(200))
                    if (!receivers.contains(r.receiver))
                        receivers.append(r.receiver);
                return receivers.size() >= 2;
            },
            5000));
        receivers.sort();
        QCOMPARE(receivers, (QStringList{u"receiver-a"_s, u"receiver-b"_s}));
    }

    /// Last: the test's own connection is dropped too.
    void receiversAnswerAgainAfterTheServerDroppedThem()
    {
        if (!test::onPostgresql())
            QSKIP("a database server that drops its connections: PostgreSQL");
        m_store->dropConnections(); // as a restart of the server would
        HttpClient a(m_a->port(), m_token);
        HttpClient b(m_b->port(), m_token);
        const Reply created = a.request("POST", "/scim/v2/Users", createUser(u"after.restart@contoso.com"_s));
        QCOMPARE(created.status, 201);
        const Reply found = b.get("/scim/v2/Users?filter=userName+eq+%22after.restart%40contoso.com%22");
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().value("totalResults"_L1).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMultiReceiver)
#include "tst_multireceiver.moc"
