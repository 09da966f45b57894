// The provisioning log from real HTTP requests: every operation kind in the IdP's words as the
// log stores it, the IdP from User-Agent and dialect, X-Forwarded-For only from a trusted proxy,
// retention applied when the receiver starts, and `export-log` (CSV, redaction, time window).

#include "http/scimhttpserver.h"
#include "oauth/oauthclientservice.h"
#include "receiver/receiver.h"
#include "service/requestclassifier.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

QByteArray patchOps(const QByteArray &operationsJson)
{
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + operationsJson + "}";
}

const QByteArray kUserSchemas = "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]";
const QByteArray kGroupSchemas = "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]";

} // namespace

class TestProvisioningLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;
    std::unique_ptr<Store> m_store; ///< a reader connection, as the GUI has

    ReceiverConfig config(const QString &dir) const
    {
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(dir);
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        return c;
    }

    bool start(const ReceiverConfig &c)
    {
        m_receiver = std::make_unique<Receiver>();
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_receiver->start(c);
        return QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 5000);
    }

    /// Sends one request and returns the entry the log stored for it (read back from the store).
    RequestRecord logged(HttpClient &client, const QByteArray &method, const QByteArray &path,
                         const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                         Reply *reply = nullptr)
    {
        const qsizetype before = m_handled->size();
        const Reply r = client.request(method, path, body, headers);
        if (reply)
            *reply = r;
        if (!QTest::qWaitFor([&] { return m_handled->size() > before; }, 5000))
            return {};
        const auto live = m_handled->last().at(0).value<RequestRecord>();
        const QList<RequestRecord> stored = m_store->requestLog().page({}, live.id + 1, 0, 1);
        return stored.isEmpty() || stored.first().id != live.id ? RequestRecord() : stored.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"reader"_s, &error);
        QVERIFY2(m_store, qPrintable(error));
        const auto t = TokenService(*m_store).create(u"Entra ID"_s, 0, &error);
        QVERIFY(t);
        m_token = t->secret.toLatin1();
        QVERIFY(start(config(m_dir.path())));
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_store.reset();
    }

    void everyOperationKindIsNamed()
    {
        HttpClient c(m_receiver->port(), m_token);
        QSet<QString> seen;
        auto expect = [&](const RequestRecord &r, const QString &operation, const QString &attempted = QString()) {
            const QString op = operationKey(r.operation);
            const QString tried = operationKey(r.attemptedOperation);
            seen.insert(op);
            if (op != operation || tried != attempted)
                qWarning("%s %s -> %d %s (%s)", qPrintable(r.method), qPrintable(r.path), r.status, qPrintable(op),
                         qPrintable(tried));
            return op == operation && tried == attempted && r.id > 0;
        };
        Reply reply;
        const QByteArray guid = "%22d1e3c5a7-1111-4222-8333-944455556666%22";
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Users?filter=userName+eq+" + guid), u"Test Connection"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+" + guid),
                       u"Test Connection"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/ServiceProviderConfig"), u"Discovery"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Schemas"), u"Discovery"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/ResourceTypes/User"), u"Discovery"_s));
        QVERIFY(
            expect(logged(c, "GET", "/scim/v2/Users?filter=userName+eq+%22megan%40contoso.com%22"), u"Lookup user"_s));

        RequestRecord r
            = logged(c, "POST", "/scim/v2/Users",
                     "{" + kUserSchemas + ",\"userName\":\"megan@contoso.com\",\"active\":true}", {}, &reply);
        QVERIFY(expect(r, u"Create user"_s));
        QCOMPARE(r.target, u"megan@contoso.com"_s);
        QCOMPARE(r.change.after.value("userName"_L1).toString(), u"megan@contoso.com"_s);
        const QByteArray uid = reply.json().value("id"_L1).toString().toLatin1();
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Users/" + uid), u"Lookup user"_s));
        QVERIFY(expect(
            logged(c, "POST", "/scim/v2/Users/.search", "{\"filter\":\"userName eq \\\"megan@contoso.com\\\"\"}"),
            u"Lookup user"_s));
        QVERIFY(expect(logged(c, "PATCH", "/scim/v2/Users/" + uid,
                              patchOps("[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Buyer\"}]")),
                       u"Update user"_s));
        r = logged(c, "PATCH", "/scim/v2/Users/" + uid,
                   patchOps("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]"));
        QVERIFY(expect(r, u"Deactivate user"_s));
        QVERIFY(test::quirkTexts(r.quirks).contains(u"active sent as string \"False\" → false"_s));
        QCOMPARE(r.change.before.value("active"_L1).toBool(), true);
        QCOMPARE(r.change.after.value("active"_L1).toBool(), false);
        QVERIFY(expect(
            logged(c, "PATCH", "/scim/v2/Users/" + uid, patchOps("[{\"op\":\"replace\",\"value\":{\"active\":true}}]")),
            u"Reactivate user"_s));
        QVERIFY(expect(
            logged(c, "PUT", "/scim/v2/Users/" + uid,
                   "{" + kUserSchemas + ",\"userName\":\"megan@contoso.com\",\"active\":true,\"title\":\"Lead\"}"),
            u"Replace user"_s));
        // Okta's AIW apps deactivate with PUT.
        QVERIFY(expect(logged(c, "PUT", "/scim/v2/Users/" + uid,
                              "{" + kUserSchemas + ",\"userName\":\"megan@contoso.com\",\"active\":false}"),
                       u"Deactivate user"_s));

        QVERIFY(expect(logged(c, "GET", "/scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+%22Sales%22"),
                       u"Lookup group"_s));
        QVERIFY(expect(
            logged(c, "POST", "/scim/v2/Groups", "{" + kGroupSchemas + ",\"displayName\":\"Sales\"}", {}, &reply),
            u"Create group"_s));
        const QByteArray gid = reply.json().value("id"_L1).toString().toLatin1();
        QVERIFY(expect(logged(c, "PATCH", "/scim/v2/Groups/" + gid,
                              patchOps("[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Sales EU\"}]")),
                       u"Rename group"_s));
        r = logged(
            c, "PATCH", "/scim/v2/Groups/" + gid,
            patchOps("[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"" + uid + "\"}]}]"));
        QVERIFY(expect(r, u"Add members"_s));
        QCOMPARE(r.change.membersAdded, QStringList{QString::fromLatin1(uid)});
        r = logged(c, "PATCH", "/scim/v2/Groups/" + gid,
                   patchOps("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + uid + "\"}]}]"));
        QVERIFY(expect(r, u"Remove members"_s));
        QVERIFY(test::quirkTexts(r.quirks).contains(u"value-array member removal → removes only the listed members"_s));
        QCOMPARE(r.change.membersRemoved, QStringList{QString::fromLatin1(uid)});
        QVERIFY(expect(logged(c, "PATCH", "/scim/v2/Groups/" + gid,
                              patchOps("[{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"g-1\"}]")),
                       u"Update group"_s));
        QVERIFY(expect(logged(c, "PUT", "/scim/v2/Groups/" + gid,
                              "{" + kGroupSchemas + ",\"displayName\":\"Sales DE\",\"externalId\":\"g-1\"}"),
                       u"Rename group"_s));
        QVERIFY(expect(logged(c, "POST", "/scim/v2/Bulk",
                              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":"
                              "[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":{"
                                  + kUserSchemas + ",\"userName\":\"bulk@contoso.com\"}}]}"),
                       u"Bulk"_s));
        QVERIFY(expect(logged(c, "DELETE", "/scim/v2/Groups/" + gid), u"Delete group"_s));
        QVERIFY(expect(logged(c, "DELETE", "/scim/v2/Users/" + uid), u"Delete user"_s));

        // Refused requests: what they tried is kept.
        HttpClient wrong(m_receiver->port(), "not-the-token");
        r = logged(wrong, "POST", "/scim/v2/Users", "{" + kUserSchemas + ",\"userName\":\"x@contoso.com\"}");
        QVERIFY(expect(r, u"Auth failure"_s, u"Create user"_s));
        QCOMPARE(r.status, 401);
        QVERIFY(expect(logged(c, "POST", "/scim/v2/Users", "{" + kUserSchemas + ",\"userName\":\"BULK@contoso.com\"}"),
                       u"Rejected"_s, u"Create user"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Users/no-such-id"), u"Rejected"_s, u"Lookup user"_s));
        QVERIFY(expect(logged(c, "GET", "/scim/v2/Nope"), u"Rejected"_s));
        QVERIFY(expect(logged(c, "DELETE", "/scim/v2/Users"), u"Rejected"_s));

        // Okta's connector test, by its User-Agent.
        r = logged(c, "GET", "/scim/v2/Users?count=1&startIndex=1", {}, {{"User-Agent", "Okta SCIM Client 1.0.0"}});
        QVERIFY(expect(r, u"Test Connection"_s));
        QCOMPARE(idpKey(r.idp), u"Okta"_s);

        // An OAuth client's token request.
        QString oauthError;
        const auto client = OAuthClientService(*m_store).create(u"Entra OAuth"_s, 60, &oauthError);
        QVERIFY(client);
        HttpClient oauth(m_receiver->port());
        r = logged(oauth, "POST", "/oauth2/token",
                   "grant_type=client_credentials&client_id=" + client->client.clientId.toLatin1()
                       + "&client_secret=" + client->secret.toLatin1(),
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
        QVERIFY(expect(r, u"Token request"_s));
        QCOMPARE(r.tokenLabel, u"Entra OAuth"_s);

        // Every kind the log names was produced.
        for (const Operation op : allOperations())
            QVERIFY2(seen.contains(operationKey(op)), qPrintable(operationKey(op)));
    }

    void idpFromUserAgentAndDialect()
    {
        QString error;
        const auto okta = TokenService(*m_store).create(u"Okta"_s, 0, &error);
        QVERIFY(okta);
        HttpClient o(m_receiver->port(), okta->secret.toLatin1());
        const QList<QPair<QByteArray, QByteArray>> oktaAgent{{"User-Agent", "Okta SCIM Client 1.0.0"}};
        QCOMPARE(idpKey(logged(o, "GET", "/scim/v2/Users?filter=userName+eq+%22a%22", {}, oktaAgent).idp), u"Okta"_s);
        const QList<QPair<QByteArray, QByteArray>> msAgent{{"User-Agent", "Microsoft.Azure.Provisioning/1.0"}};
        QCOMPARE(idpKey(logged(o, "GET", "/scim/v2/Groups", {}, msAgent).idp), u"Entra"_s);

        // No telling agent: a plain lookup is Other, until a request shows Entra's dialect; then
        // the same token and agent stay Entra.
        const auto other = TokenService(*m_store).create(u"Unknown"_s, 0, &error);
        HttpClient c(m_receiver->port(), other->secret.toLatin1());
        const QList<QPair<QByteArray, QByteArray>> agent{{"User-Agent", "curl/8.0"}};
        QCOMPARE(idpKey(logged(c, "GET", "/scim/v2/Users?filter=userName+eq+%22b%22", {}, agent).idp), u"Other"_s);
        Reply reply;
        logged(c, "POST", "/scim/v2/Users", "{" + kUserSchemas + ",\"userName\":\"dialect@contoso.com\"}", agent,
               &reply);
        const QByteArray id = reply.json().value("id"_L1).toString().toLatin1();
        QCOMPARE(idpKey(logged(c, "PATCH", "/scim/v2/Users/" + id,
                               patchOps("[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"D\"}]"), agent)
                            .idp),
                 u"Entra"_s);
        QCOMPARE(idpKey(logged(c, "GET", "/scim/v2/Users/" + id, {}, agent).idp), u"Entra"_s);
        // Another agent on the same token has not shown anything yet.
        QCOMPARE(idpKey(logged(c, "GET", "/scim/v2/Users/" + id, {}, {{"User-Agent", "other/1"}}).idp), u"Other"_s);
    }

    void forwardedForOnlyFromTrustedProxies()
    {
        using Subnets = QList<QPair<QHostAddress, int>>;
        const QHostAddress loopback(QHostAddress::LocalHost);
        const QHostAddress remote(u"192.0.2.10"_s);
        const Subnets none;
        ReceiverConfig cfg;
        QString error;
        QVERIFY(cfg.setTrustedProxies({u"127.0.0.1"_s, u"10.0.0.0/8"_s, u"::1"_s}, &error));
        const Subnets trusted = cfg.trustedProxies;
        QVERIFY(!cfg.setTrustedProxies({u"proxy.example"_s}, &error));
        QVERIFY(error.contains(u"proxy.example"_s));

        QCOMPARE(ScimHttpServer::clientAddress(loopback, "203.0.113.7", none), u"127.0.0.1"_s);
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "203.0.113.7", trusted), u"203.0.113.7"_s);
        QCOMPARE(ScimHttpServer::clientAddress(remote, "203.0.113.7", trusted), u"192.0.2.10"_s);
        // Read from the right, skipping trusted hops; a forged leftmost entry does not win.
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "198.51.100.1, 203.0.113.7, 10.1.2.3", trusted),
                 u"203.0.113.7"_s);
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "203.0.113.7:4711", trusted), u"203.0.113.7"_s);
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "[2001:db8::1]:443", trusted), u"2001:db8::1"_s);
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "garbage", trusted), u"127.0.0.1"_s);
        QCOMPARE(ScimHttpServer::clientAddress(loopback, "", trusted), u"127.0.0.1"_s);
        QCOMPARE(ScimHttpServer::clientAddress(QHostAddress(u"::ffff:127.0.0.1"_s), "203.0.113.9", trusted),
                 u"203.0.113.9"_s);

        // Over HTTP: this receiver trusts no proxy, so the header is ignored...
        HttpClient c(m_receiver->port(), m_token);
        const QList<QPair<QByteArray, QByteArray>> xff{{"X-Forwarded-For", "203.0.113.7"}};
        QCOMPARE(logged(c, "GET", "/scim/v2/Schemas", {}, xff).client, u"127.0.0.1"_s);
        // ...and one that trusts loopback records the forwarded client.
        QTemporaryDir dir;
        ReceiverConfig proxied = config(dir.path());
        QVERIFY(proxied.setTrustedProxies({u"127.0.0.1"_s}, &error));
        Receiver receiver;
        QSignalSpy handled(&receiver, &Receiver::requestHandled);
        receiver.start(proxied);
        QTRY_COMPARE(receiver.state(), Receiver::State::Listening);
        HttpClient p(receiver.port());
        p.request("GET", "/scim/v2/Schemas", {}, xff);
        QTRY_COMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(0).value<RequestRecord>().client, u"203.0.113.7"_s);
    }

    void retentionAppliesAtStart()
    {
        QTemporaryDir dir;
        {
            QString error;
            auto store = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"fill"_s, &error);
            QVERIFY2(store, qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 1200; ++i) {
                RequestRecord r;
                r.time = now.addDays(i < 700 ? -60 : -1);
                r.client = u"127.0.0.1"_s;
                r.method = u"GET"_s;
                r.path = u"/scim/v2/Users"_s;
                r.status = 200;
                r.operation = Operation::LookupUser;
                QVERIFY(store->requestLog().append(r) > 0);
            }
        }
        ReceiverConfig c = config(dir.path());
        c.logRetentionDays = 30;
        c.logRetentionRows = 300;
        Receiver receiver;
        receiver.start(c);
        QTRY_COMPARE(receiver.state(), Receiver::State::Listening);
        QString error;
        auto reader = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"check"_s, &error);
        // 700 too old and 200 beyond the row limit go, in batches, while the receiver serves.
        QTRY_COMPARE_WITH_TIMEOUT(reader->requestLog().count(), 300, 10000);
        QCOMPARE(reader->requestLog().page({}, 0, 0, 1).first().id, 1200);
    }

    void exportLogWritesRedactedCsv()
    {
        const QString binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY2(QFileInfo::exists(binary), "SCIMMON_BINARY must name the scim-monitor executable");
        HttpClient c(m_receiver->port(), m_token);
        // A password (Okta sends them) and a userName a spreadsheet would run as a formula.
        RequestRecord created
            = logged(c, "POST", "/scim/v2/Users",
                     "{" + kUserSchemas + ",\"userName\":\"=HYPERLINK(1)\",\"password\":\"hunter2\",\"active\":true}");
        QCOMPARE(operationKey(created.operation), u"Create user"_s);
        // An entry stored unredacted by some other writer: the export redacts it anyway.
        RequestRecord raw = created;
        raw.id = 0;
        raw.requestHeaders = u"Authorization: Bearer secret-in-old-row\nCookie: session=abc\n"_s;
        raw.requestBody = u"{\"userName\":\"old\",\"Password\":\"oldsecret\"}"_s;
        raw.time = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->requestLog().append(raw) > 0);

        const QString out = m_dir.filePath(u"log.csv"_s);
        QProcess p;
        p.start(binary, {u"export-log"_s, u"--data-dir"_s, m_dir.path(), u"--out"_s, out, u"--bom"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(u"Exported "_s));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray csv = file.readAll();
        file.close();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,time,cycle,client,idp,method,path,status,duration_ms,operation,"));
        QVERIFY(csv.contains("\r\n"));
        QVERIFY(!csv.contains(m_token));
        QVERIFY(!csv.contains("hunter2"));
        QVERIFY(!csv.contains("secret-in-old-row"));
        QVERIFY(!csv.contains("oldsecret"));
        QVERIFY(!csv.contains("session=abc"));
        QVERIFY(csv.contains("Bearer [redacted]"));
        QVERIFY(csv.contains(",'=HYPERLINK(1),")); // the target cell, neutralised
        QVERIFY(csv.contains(",Create user,"));
        QVERIFY(csv.contains(",Test Connection,"));
        const qint64 rows = m_store->requestLog().count();
        // One record per stored entry: count the lines that start a record (an id, then a time).
        static const QRegularExpression recordStart(u"(^|\\r\\n)\\d+,\\d{4}-\\d\\d-\\d\\dT"_s);
        QCOMPARE(QString::fromUtf8(csv).count(recordStart), rows);

        // A time window that holds nothing.
        p.start(binary,
                {u"export-log"_s, u"--data-dir"_s, m_dir.path(), u"--out"_s, out, u"--from"_s, u"2001-01-01"_s,
                 u"--to"_s, u"2001-01-02"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1); // the header only

        // Bad arguments.
        p.start(binary, {u"export-log"_s, u"--data-dir"_s, m_dir.path()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningLog)
#include "tst_provisioninglog.moc"
