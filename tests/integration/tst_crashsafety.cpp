// The receiver killed with SIGKILL while identity providers write: no acknowledged write is lost,
// and every change in the store and in the audit trail has the request that made it in the
// provisioning log (the change, its audit events and its log row commit in one transaction).

#include "model/operation.h"
#include "store/storefactory.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

constexpr int kRounds = 6; ///< kill-restart rounds
constexpr int kWriters = 4; ///< concurrent IdP connections

/// What the writers were told succeeded.
struct Acknowledged
{
    QMutex mutex;
    QSet<QString> created; ///< user ids answered 201
    QSet<QString> deactivated; ///< user ids whose PATCH active=false was answered 200
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QString m_binary;

    QString createToken(const QString &dataDir)
    {
        QProcess p;
        p.start(m_binary, {u"--data-dir"_s, dataDir, u"token"_s, u"create"_s, u"--name"_s, u"load"_s});
        if (!p.waitForFinished(20000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n').last().trimmed();
    }

    /// Starts the receiver on a free port; returns the port (0 when it did not come up).
    quint16 startReceiver(QProcess &p, const QString &dataDir)
    {
        p.start(m_binary, {u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s});
        if (!p.waitForStarted(5000))
            return 0;
        QByteArray first;
        [[maybe_unused]] const bool line = QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                first += p.readAllStandardOutput();
                return first.contains('\n') || p.state() == QProcess::NotRunning;
            },
            15000);
        static const QRegularExpression url(u"http://127\\.0\\.0\\.1:(\\d+)/scim/v2"_s);
        return quint16(url.match(QString::fromUtf8(first)).captured(1).toUInt());
    }

    /// One IdP connection writing until the receiver goes away: creates users and deactivates
    /// every third one, noting what was acknowledged.
    static void write(quint16 port, const QByteArray &token, int writer, int round, Acknowledged &acked)
    {
        test::HttpClient c(port, token);
        for (int i = 0;; ++i) {
            const QString userName = u"crash.r%1.w%2.u%3@contoso.com"_s.arg(round).arg(writer).arg(i);
            const test::Reply created = c.post(
                "/scim/v2/Users",
                QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                            {u"userName"_s, userName},
                            {u"active"_s, true},
                            {u"name"_s, QJsonObject{{u"givenName"_s, u"Crash"_s}, {u"familyName"_s, userName}}}});
            if (created.status == 0)
                return; // the receiver is gone
            if (created.status != 201)
                continue;
            const QString id = created.json().value("id"_L1).toString();
            {
                const QMutexLocker lock(&acked.mutex);
                acked.created.insert(id);
            }
            if (i % 3 != 0)
                continue;
            const test::Reply patched = c.patch(
                "/scim/v2/Users/" + id.toLatin1(),
                QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                            {u"Operations"_s,
                             QJsonArray{QJsonObject{
                                 {u"op"_s, u"Replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, u"False"_s}}}}});
            if (patched.status == 0)
                return;
            if (patched.status == 200) {
                const QMutexLocker lock(&acked.mutex);
                acked.deactivated.insert(id);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY2(QFileInfo::exists(m_binary), "SCIMMON_BINARY must name the scim-monitor executable");
    }

    void killedUnderWriteLoadLosesNothingAndLogsEveryChange()
    {
        QTemporaryDir dir;
        const QByteArray token = createToken(dir.path()).toLatin1();
        QVERIFY(!token.isEmpty());
        Acknowledged acked;
        for (int round = 0; round < kRounds; ++round) {
            QProcess receiver;
            const quint16 port = startReceiver(receiver, dir.path());
            QVERIFY2(port != 0, qPrintable(QString::fromUtf8(receiver.readAllStandardError())));
            std::vector<std::thread> writers;
            for (int w = 0; w < kWriters; ++w)
                writers.emplace_back([&, w] { write(port, token, w, round, acked); });
            // Killed somewhere in the middle of the load, at a different moment each round.
            QTest::qWait(150 + QRandomGenerator::global()->bounded(600));
            receiver.kill(); // SIGKILL: no shutdown, no flush
            QVERIFY(receiver.waitForFinished(10000));
            QCOMPARE(receiver.exitStatus(), QProcess::CrashExit);
            for (std::thread &t : writers)
                t.join();
        }
        QVERIFY2(acked.created.size() > 20, "the load wrote too little to test anything");

        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"check"_s, &error);
        QVERIFY2(store, qPrintable(error));

        // No acknowledged write is lost.
        for (const QString &id : std::as_const(acked.created))
            QVERIFY2(store->resources().resource(ResourceKind::User, id), qPrintable(u"lost create "_s + id));
        for (const QString &id : std::as_const(acked.deactivated)) {
            const auto user = store->resources().resource(ResourceKind::User, id);
            QVERIFY(user);
            QCOMPARE(user->data.value("active"_L1), QJsonValue(false));
        }

        // Every change has its request in the log.
        QSet<QString> refs;
        QSet<QString> createdInLog;
        QSet<QString> deactivatedInLog;
        QVERIFY(store->requestLog().forEach({}, [&](const RequestRecord &r) {
            refs.insert(r.requestRef);
            if (r.operation == Operation::CreateUser && r.status == 201)
                createdInLog.insert(r.resourceId);
            if (r.operation == Operation::DeactivateUser && r.status == 200)
                deactivatedInLog.insert(r.resourceId);
            return true;
        }));
        const QList<Resource> users = store->resources().find(ResourceKind::User, {});
        QCOMPARE(users.size(), createdInLog.size());
        for (const Resource &u : users) {
            QVERIFY2(createdInLog.contains(u.id), qPrintable(u"a user without its create request: "_s + u.id));
            if (!u.data.value("active"_L1).toBool(true))
                QVERIFY2(deactivatedInLog.contains(u.id), qPrintable(u"a deactivation without its request: "_s + u.id));
        }
        qint64 events = 0;
        QVERIFY(store->audit().forEach({}, [&](const AuditEvent &e) {
            ++events;
            if (!e.requestRef.isEmpty() && !refs.contains(e.requestRef))
                qWarning("audit event %lld (%s) has no request in the log", e.id, qPrintable(e.action));
            return e.requestRef.isEmpty() || refs.contains(e.requestRef);
        }));
        QVERIFY(events >= users.size());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
