// Fault injection in the running receiver, over real HTTP, on the run's store backend: each
// action (status with its SCIM error body and Retry-After, delay, reset, close, truncate), each
// phase (before: nothing changes; after: the change is committed and the answer is an error),
// each frequency, the filters, the log row that names the rule, rules reaching the receiver from
// another connection within a second and surviving a restart, and a rule set replaced while
// requests are in flight never half-applying.

#include "fault/faultruleservice.h"
#include "receiver/receiver.h"
#include "service/tokenservice.h"
#include "support/tempstore.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

FaultRule rule(const QString &name, const QString &match, int status = 0)
{
    FaultRule r;
    r.name = name;
    QString error;
    FaultRule::parseMatch(match, r, &error);
    r.status = status;
    return r;
}

QJsonObject user(const QString &userName)
{
    return QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                       {u"userName"_s, userName},
                       {u"active"_s, true}};
}

/// What a raw request on a fresh connection received before the server closed it.
struct RawResult
{
    QByteArray bytes;
    bool closed = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
};

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store; ///< the test's own connection (as another process would)
    QByteArray m_token;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;
    std::unique_ptr<QSignalSpy> m_faultsChanged;

    HttpClient client() const { return HttpClient(m_receiver->port(), m_token); }

    bool startReceiver()
    {
        ReceiverConfig c;
        c.store = m_store->config();
        c.port = 0;
        m_receiver = std::make_unique<Receiver>();
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_faultsChanged = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::faultRulesChanged);
        m_receiver->start(c);
        return QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 10000);
    }

    /// Stores `rules` (replacing all) through the test's own connection and waits until the
    /// receiver has them in effect.
    bool setRules(const QList<FaultRule> &rules)
    {
        FaultRuleService service(**m_store);
        QString error;
        bool ok = service.clear(&error);
        for (const FaultRule &r : rules)
            ok = ok && service.add(r, &error);
        if (!ok)
            qWarning() << error;
        return ok && waitForRules(rules);
    }

    bool waitForRules(const QList<FaultRule> &rules)
    {
        const int enabled
            = int(std::count_if(rules.cbegin(), rules.cend(), [](const FaultRule &r) { return r.enabled; }));
        m_faultsChanged->clear();
        // Within a second of the change (the receiver reads the revision every 500 ms).
        return QTest::qWaitFor(
            [&] { return !m_faultsChanged->isEmpty() && m_faultsChanged->last().at(0).toInt() == enabled; }, 1500);
    }

    /// The log record of the last request answered.
    RequestRecord lastRecord()
    {
        if (!QTest::qWaitFor([&] { return !m_handled->isEmpty(); }, 5000))
            return {};
        return m_handled->takeLast().at(0).value<RequestRecord>();
    }

    bool userExists(const QString &userName)
    {
        const Reply r
            = client().get("/scim/v2/Users?filter=" + QUrl::toPercentEncoding(u"userName eq \""_s + userName + u'"'));
        return r.json().value("totalResults"_L1).toInt() == 1;
    }

    RawResult raw(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        RawResult out;
        if (!s.waitForConnected(5000))
            return out;
        s.write(method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body);
        QElapsedTimer t;
        t.start();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
            s.waitForReadyRead(200);
            out.bytes += s.readAll();
        }
        out.bytes += s.readAll();
        out.closed = s.state() != QAbstractSocket::ConnectedState;
        out.error = s.error();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        m_store = std::make_unique<test::TempStore>(u"fault-test"_s);
        QString error;
        m_token = TokenService(**m_store).create(u"faults"_s, 0, &error)->secret.toLatin1();
        QVERIFY(startReceiver());
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_store.reset();
    }

    void init() { QVERIFY(setRules({})); }

    void beforePhaseChangesNothing()
    {
        QVERIFY(setRules({rule(u"dup"_s, u"POST /Users"_s, 409)}));
        m_handled->clear();
        const Reply r = client().post("/scim/v2/Users", user(u"before@contoso.com"_s));
        QCOMPARE(r.status, 409);
        QVERIFY(r.header("content-type").startsWith("application/scim+json"));
        QCOMPARE(r.json().value("scimType"_L1).toString(), u"uniqueness"_s);
        QCOMPARE(r.json().value("status"_L1).toString(), u"409"_s);
        const RequestRecord logged = lastRecord();
        QCOMPARE(logged.fault, u"dup"_s);
        QCOMPARE(logged.status, 409);
        QCOMPARE(logged.operation, Operation::Rejected);
        QCOMPARE(logged.attemptedOperation, Operation::CreateUser);
        QVERIFY(logged.id > 0);
        QVERIFY(setRules({}));
        QVERIFY(!userExists(u"before@contoso.com"_s));
        // The stored row names the rule too, and nothing was audited for the undone create.
        const auto stored = (*m_store)->requestLog().recent(50);
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                            [&](const RequestRecord &s) { return s.id == logged.id && s.fault == u"dup"_s; }));
        AuditFilter created;
        created.actions = {u"user.created"_s};
        created.search = u"before@contoso.com"_s;
        QCOMPARE((*m_store)->audit().count(created), 0);
    }

    void afterPhaseCommitsThenFails()
    {
        FaultRule lost = rule(u"lost answer"_s, u"POST /Users"_s, 500);
        lost.phase = FaultPhase::After;
        lost.frequency = FaultFrequency::First;
        lost.count = 1;
        QVERIFY(setRules({lost}));
        const Reply first = client().post("/scim/v2/Users", user(u"after@contoso.com"_s));
        QCOMPARE(first.status, 500);
        QVERIFY(userExists(u"after@contoso.com"_s)); // committed although the answer was an error
        // The identity provider retries the create: the service's own 409 (Entra's 409 loop).
        const Reply retry = client().post("/scim/v2/Users", user(u"after@contoso.com"_s));
        QCOMPARE(retry.status, 409);
    }

    void retryAfterOn429()
    {
        FaultRule limit = rule(u"throttle"_s, u"GET /Users"_s, 429);
        limit.retryAfterSeconds = 30;
        QVERIFY(setRules({limit}));
        const Reply r = client().get("/scim/v2/Users");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("30"));
        QCOMPARE(client().get("/scim/v2/Groups").status, 200); // another path
    }

    void delayAnswersLate()
    {
        FaultRule slow = rule(u"slow"_s, u"GET /Groups"_s);
        slow.delayMs = 400;
        QVERIFY(setRules({slow}));
        m_handled->clear();
        QElapsedTimer t;
        t.start();
        HttpClient c = client();
        const Reply r = c.get("/scim/v2/Groups");
        QCOMPARE(r.status, 200); // the service's own answer, late
        QVERIFY2(t.elapsed() >= 400, qPrintable(QString::number(t.elapsed())));
        const RequestRecord logged = lastRecord();
        QCOMPARE(logged.fault, u"slow"_s);
        QVERIFY2(logged.durationMs >= 400, qPrintable(QString::number(logged.durationMs)));
        // Other connections are answered meanwhile: a delay holds no one else up.
        HttpClient other = client();
        QCOMPARE(other.get("/scim/v2/Users").status, 200);
        // A rule that only delays leaves the service's answer and its change as they are (its
        // phase, before by default, does not undo anything).
        FaultRule slowCreate = rule(u"slow create"_s, u"POST /Users"_s);
        slowCreate.delayMs = 200;
        QVERIFY(setRules({slowCreate}));
        QCOMPARE(c.post("/scim/v2/Users", user(u"slow@contoso.com"_s)).status, 201);
        QVERIFY(setRules({}));
        QVERIFY(userExists(u"slow@contoso.com"_s));
    }

    void resetAndCloseAnswerNothing_data()
    {
        QTest::addColumn<int>("drop");
        QTest::addColumn<int>("phase");
        QTest::newRow("reset before") << int(FaultDrop::Reset) << int(FaultPhase::Before);
        QTest::newRow("close before") << int(FaultDrop::Close) << int(FaultPhase::Before);
        QTest::newRow("reset after") << int(FaultDrop::Reset) << int(FaultPhase::After);
        QTest::newRow("close after") << int(FaultDrop::Close) << int(FaultPhase::After);
    }
    void resetAndCloseAnswerNothing()
    {
        QFETCH(int, drop);
        QFETCH(int, phase);
        FaultRule r = rule(u"drop"_s, u"POST /Users"_s);
        r.drop = FaultDrop(drop);
        r.phase = FaultPhase(phase);
        QVERIFY(setRules({r}));
        m_handled->clear();
        const QString name = u"drop-%1-%2@contoso.com"_s.arg(drop).arg(phase);
        const RawResult got = raw("POST", "/scim/v2/Users", QJsonDocument(user(name)).toJson(QJsonDocument::Compact));
        QVERIFY(got.closed);
        QVERIFY2(got.bytes.isEmpty(), got.bytes.constData());
        if (FaultDrop(drop) == FaultDrop::Reset)
            QCOMPARE(got.error, QAbstractSocket::RemoteHostClosedError);
        const RequestRecord logged = lastRecord();
        QCOMPARE(logged.fault, u"drop"_s);
        QCOMPARE(logged.status, 0); // no answer
        QVERIFY(setRules({}));
        QCOMPARE(userExists(name), FaultPhase(phase) == FaultPhase::After);
    }

    void truncateCutsTheBody()
    {
        FaultRule cut = rule(u"cut"_s, u"POST /Users"_s);
        cut.drop = FaultDrop::Truncate;
        cut.phase = FaultPhase::After;
        QVERIFY(setRules({cut}));
        const RawResult got
            = raw("POST", "/scim/v2/Users", QJsonDocument(user(u"cut@contoso.com"_s)).toJson(QJsonDocument::Compact));
        QVERIFY(got.closed);
        QVERIFY(got.bytes.startsWith("HTTP/1.1 201 Created\r\n"));
        const qsizetype headEnd = got.bytes.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = got.bytes.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length: ");
        const qint64 promised = head.mid(at + 16).split('\r').first().toLongLong();
        const qint64 sent = got.bytes.size() - headEnd - 4;
        QVERIFY(promised > 0);
        QVERIFY2(sent < promised && sent >= promised / 2 - 1, qPrintable(u"%1 of %2"_s.arg(sent).arg(promised)));
        QVERIFY(setRules({}));
        QVERIFY(userExists(u"cut@contoso.com"_s));
    }

    void frequenciesOverHttp_data()
    {
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first 2") << int(FaultFrequency::First) << 2 << u"xx..."_s;
        QTest::newRow("every 3") << int(FaultFrequency::Every) << 3 << u"..x..x"_s;
        QTest::newRow("over 2 per minute") << int(FaultFrequency::OverPerMinute) << 2 << u"..xxx"_s;
        QTest::newRow("always") << int(FaultFrequency::Always) << 0 << u"xxxx"_s;
    }
    void frequenciesOverHttp()
    {
        QFETCH(int, frequency);
        QFETCH(int, count);
        QFETCH(QString, expected);
        FaultRule r = rule(u"freq"_s, u"GET /Users"_s, 503);
        r.frequency = FaultFrequency(frequency);
        r.count = count;
        QVERIFY(setRules({r}));
        HttpClient c = client();
        QString got;
        for (qsizetype i = 0; i < expected.size(); ++i)
            got += c.get("/scim/v2/Users").status == 503 ? u'x' : u'.';
        QCOMPARE(got, expected);
    }

    void forSecondsEnds()
    {
        FaultRule r = rule(u"outage"_s, u"GET /Users"_s, 503);
        r.frequency = FaultFrequency::ForSeconds;
        r.count = 1;
        QVERIFY(setRules({r}));
        HttpClient c = client();
        QCOMPARE(c.get("/scim/v2/Users").status, 503);
        QTest::qWait(1100);
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
    }

    void probabilityIsRepeatable()
    {
        FaultRule r = rule(u"flaky"_s, u"GET /Users"_s, 503);
        r.frequency = FaultFrequency::Probability;
        r.probability = 0.5;
        r.seed = 99;
        auto run = [&] {
            QString got;
            HttpClient c = client();
            for (int i = 0; i < 24; ++i)
                got += c.get("/scim/v2/Users").status == 503 ? u'x' : u'.';
            return got;
        };
        QVERIFY(setRules({r}));
        const QString first = run();
        QVERIFY(first.contains(u'x') && first.contains(u'.'));
        QVERIFY(setRules({})); // a new rule with the same seed starts the same sequence again
        QVERIFY(setRules({r}));
        QCOMPARE(run(), first);
    }

    void operationFilterTellsAddMembersFromRename()
    {
        FaultRule adds = rule(u"no adds"_s, u"PATCH /Groups/*"_s, 500);
        adds.operation = Operation::AddMembers;
        QVERIFY(setRules({adds}));
        HttpClient c = client();
        const QString uid = c.post("/scim/v2/Users", user(u"member@contoso.com"_s)).json().value("id"_L1).toString();
        const QString gid
            = c.post("/scim/v2/Groups",
                     QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:Group"_s}},
                                 {u"displayName"_s, u"Sales"_s}})
                  .json()
                  .value("id"_L1)
                  .toString();
        QVERIFY(!uid.isEmpty() && !gid.isEmpty());
        auto patch = [&](const QJsonObject &op) {
            return c.patch("/scim/v2/Groups/" + gid.toLatin1(),
                           QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                                       {u"Operations"_s, QJsonArray{op}}});
        };
        const int renamed
            = patch(QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"displayName"_s}, {u"value"_s, u"Sales EU"_s}})
                  .status;
        QVERIFY2(renamed == 200 || renamed == 204, qPrintable(QString::number(renamed)));
        QCOMPARE(patch(QJsonObject{{u"op"_s, u"add"_s},
                                   {u"path"_s, u"members"_s},
                                   {u"value"_s, QJsonArray{QJsonObject{{u"value"_s, uid}}}}})
                     .status,
                 500);
        // Before phase: the membership was not added.
        const QJsonObject group = c.get("/scim/v2/Groups/" + gid.toLatin1()).json();
        QCOMPARE(group.value("displayName"_L1).toString(), u"Sales EU"_s);
        QVERIFY(group.value("members"_L1).toArray().isEmpty());
    }

    void rulesSurviveARestart()
    {
        QVERIFY(setRules({rule(u"persistent"_s, u"GET /Groups"_s, 503)}));
        m_receiver.reset();
        QVERIFY(startReceiver());
        QVERIFY(QTest::qWaitFor([&] { return !m_faultsChanged->isEmpty(); }, 2000));
        QCOMPARE(client().get("/scim/v2/Groups").status, 503);
        QCOMPARE((*m_store)->faultRules().all().value(0).name, u"persistent"_s);
    }

    void aReplacedRuleSetNeverHalfApplies()
    {
        // Every GET is refused, first by A (503) and then by B (429); the set is replaced in one
        // transaction while requests are in flight, so no request ever meets no rule (a 200).
        FaultRule a = rule(u"A"_s, u"GET /**"_s, 503);
        FaultRule b = rule(u"B"_s, u"GET /**"_s, 429);
        QVERIFY(setRules({a}));
        FaultProfile swap{u"swap"_s, u"Swap"_s, u"test"_s, {b}};
        QHash<int, int> seen;
        HttpClient c = client();
        QElapsedTimer t;
        t.start();
        bool swapped = false;
        while (t.elapsed() < 3000) {
            ++seen[c.get("/scim/v2/Users").status];
            if (!swapped && t.elapsed() > 300) {
                QString error;
                QVERIFY2(FaultRuleService(**m_store).applyProfile(swap, &error), qPrintable(error));
                swapped = true;
            }
        }
        QVERIFY2(seen.value(200) == 0, "a request met neither rule set");
        QVERIFY(seen.value(503) > 0);
        QVERIFY(seen.value(429) > 0);
    }

    void aRuleRemovedAndAddedAgainCountsAfresh()
    {
        FaultRule once = rule(u"once"_s, u"GET /Groups"_s, 503);
        once.frequency = FaultFrequency::First;
        once.count = 1;
        QVERIFY(setRules({once}));
        HttpClient c = client();
        QCOMPARE(c.get("/scim/v2/Groups").status, 503);
        QCOMPARE(c.get("/scim/v2/Groups").status, 200);
        // Removed and added again faster than the receiver looks: still a new rule.
        FaultRuleService service(**m_store);
        QString error;
        QVERIFY(service.remove(u"once"_s, &error));
        QVERIFY(service.add(once, &error));
        QVERIFY(QTest::qWaitFor([&] { return c.get("/scim/v2/Groups").status == 503; }, 1500));
    }

    void aRefusedTokenKeepsIts401()
    {
        QVERIFY(setRules({rule(u"all down"_s, u"* /**"_s, 503)}));
        HttpClient anonymous(m_receiver->port(), "not-a-token");
        QCOMPARE(anonymous.get("/scim/v2/Users").status, 401);
        QCOMPARE(client().get("/scim/v2/Users").status, 503);
    }

    void changesAreAudited()
    {
        FaultRuleService service(**m_store);
        QString error;
        QVERIFY(service.clear(&error));
        QVERIFY(service.add(rule(u"audited"_s, u"POST /Users"_s, 409), &error));
        QVERIFY(service.setEnabled(u"AUDITED"_s, false, &error)); // names without regard to case
        QVERIFY(!service.add(rule(u"Audited"_s, u"GET /Users"_s, 500), &error)); // a duplicate name
        QVERIFY(error.contains(u"exists"_s));
        QVERIFY(service.remove(u"audited"_s, &error));
        QVERIFY(service.rules().isEmpty());
        for (const QString &action : {u"fault.added"_s, u"fault.changed"_s, u"fault.removed"_s}) {
            AuditFilter f;
            f.actions = {action};
            f.search = u"audited"_s;
            QVERIFY2((*m_store)->audit().count(f) >= 1, qPrintable(action));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
