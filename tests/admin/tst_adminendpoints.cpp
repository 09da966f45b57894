// The headless receiver's admin listener and systemd notifications, driving the executable:
// `--admin-listen` serves /metrics (the requests just made, counted by route, status class,
// operation and authentication failure; the resources stored), /livez and /readyz (each check
// named); it goes with --headless only and a bad address exits 1. Under a NOTIFY_SOCKET (a
// datagram socket of the test, as systemd's), READY=1 comes once it listens, WATCHDOG=1 every half
// WATCHDOG_USEC, and STOPPING=1 on SIGTERM.

#include "support/testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

/// The value of the sample line that starts with `series`, -1 if absent.
double sample(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

/// A Unix datagram socket bound to `path`, as systemd's notification socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(size_t(p.size()), sizeof(addr.sun_path) - 1));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    bool isBound() const { return m_bound; }
    /// Every message received so far.
    QList<QByteArray> read()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n <= 0)
                break;
            m_messages.append(QByteArray(buffer, int(n)));
        }
        return m_messages;
    }
    int count(const QByteArray &state)
    {
        int n = 0;
        for (const QByteArray &m : read())
            n += m.split('\n').contains(state) ? 1 : 0;
        return n;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
    QList<QByteArray> m_messages;
};

} // namespace

class TestAdminEndpoints : public QObject
{
    Q_OBJECT

    QString m_binary;

    /// Starts `--headless` on a free port with `args`; fills the receiver's and the admin port
    /// from its output lines (0 when they did not appear).
    bool startHeadless(QProcess &p, const QString &dataDir, const QStringList &args, quint16 *port, quint16 *admin)
    {
        p.start(m_binary,
                QStringList{u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + args);
        if (!p.waitForStarted(10000))
            return false;
        QByteArray out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("Admin endpoints: ") || p.state() != QProcess::Running;
            },
            20000);
        for (const QByteArray &line : out.split('\n')) {
            if (line.contains("Tenant URL: "))
                *port = quint16(line.split(':').last().split('/').first().toUInt());
            if (line.startsWith("Admin endpoints: "))
                *admin = quint16(line.mid(17).split(':').value(2).split('/').first().toUInt());
        }
        return ok && *port != 0;
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFileInfo::exists(m_binary));
    }

    void metricsLivezAndReadyz()
    {
        QTemporaryDir dir;
        QProcess tokenCreate;
        tokenCreate.start(m_binary, {u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"m"_s});
        QVERIFY(tokenCreate.waitForFinished(30000));
        const QByteArray token = tokenCreate.readAllStandardOutput().trimmed().split('\n').last();
        QProcess p;
        quint16 port = 0;
        quint16 admin = 0;
        QVERIFY(startHeadless(p, dir.path(), {u"--admin-listen"_s, u"127.0.0.1:0"_s}, &port, &admin));
        QVERIFY(admin != 0 && admin != port);

        HttpClient scim(port, token);
        QCOMPARE(scim.get("/scim/v2/Users").status, 200);
        QCOMPARE(scim.post("/scim/v2/Users",
                           QJsonObject{{u"userName"_s, u"m.one@contoso.com"_s},
                                       {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}}})
                     .status,
                 201);
        QCOMPARE(scim.get("/scim/v2/Users/does-not-exist").status, 404);
        QCOMPARE(HttpClient(port, "wrong").get("/scim/v2/Users").status, 401);

        HttpClient adminClient(admin);
        Reply metrics;
        // The request lines reach the counters through the receiver's queued signal.
        QTRY_VERIFY_WITH_TIMEOUT(
            (metrics = adminClient.get("/metrics"),
             sample(metrics.body, R"(scimmon_auth_failures_total{reason="unknown_token"})") == 1.0),
            5000);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        const QByteArray &m = metrics.body;
        QCOMPARE(sample(m, R"(scimmon_http_requests_total{route="/Users",method="GET",code="2xx"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_http_requests_total{route="/Users",method="POST",code="2xx"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_http_requests_total{route="/Users/{id}",method="GET",code="4xx"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_http_requests_total{route="/Users",method="GET",code="4xx"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_scim_operations_total{operation="Create user"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_resources{type="User"})"), 1.0);
        QCOMPARE(sample(m, R"(scimmon_http_request_duration_seconds_count{route="/Users"})"), 3.0);
        QVERIFY(m.contains("scimmon_build_info{version=\""));

        const Reply ready = adminClient.get("/readyz");
        QCOMPARE(ready.status, 200);
        QVERIFY2(ready.body.contains("database: ok\nlistener: ok\ncertificate: not used"), ready.body.constData());
        QCOMPARE(adminClient.get("/livez").status, 200);
        QCOMPARE(adminClient.get("/scim/v2/Users").status, 404); // the admin listener serves no SCIM
        stop(p);
    }

    void adminListenGoesWithHeadlessAndABadAddressFails()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(m_binary, {u"--data-dir"_s, dir.path(), u"token"_s, u"list"_s, u"--admin-listen"_s, u"9464"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--admin-listen goes with --headless"));
        QProcess bad;
        bad.start(m_binary,
                  {u"--headless"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--admin-listen"_s,
                   u"127.0.0.1:99999"_s});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("--admin-listen"));
    }

    void systemdReadyWatchdogAndStopping()
    {
        QTemporaryDir dir;
        const QString socketPath = dir.filePath(u"notify"_s);
        NotifySocket notify(socketPath);
        QVERIFY(notify.isBound());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NOTIFY_SOCKET"_s, socketPath);
        env.insert(u"WATCHDOG_USEC"_s, u"400000"_s); // 0.4 s: WATCHDOG=1 every 0.2 s
        p.setProcessEnvironment(env);
        quint16 port = 0;
        quint16 admin = 0;
        p.start(m_binary, {u"--headless"_s, u"--data-dir"_s, dir.filePath(u"data"_s), u"--listen"_s, u"127.0.0.1:0"_s});
        QTRY_COMPARE_WITH_TIMEOUT(notify.count("READY=1"), 1, 20000);
        bool statusNamesTenantUrl = false;
        for (const QByteArray &message : notify.read())
            statusNamesTenantUrl
                = statusNamesTenantUrl || message.contains("STATUS=Listening. Tenant URL: http://127.0.0.1:");
        QVERIFY(statusNamesTenantUrl);
        QTRY_VERIFY_WITH_TIMEOUT(notify.count("WATCHDOG=1") >= 4, 5000);
        Q_UNUSED(port);
        Q_UNUSED(admin);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        // A crash on the way out (a signal) is named with what the process printed.
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(notify.count("STOPPING=1"), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminEndpoints)
#include "tst_adminendpoints.moc"
