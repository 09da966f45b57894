// `scim-monitor simulate` as scripts use it: its exit codes (0 every object as planned, 1 some
// failed, 2 bad arguments, an unreachable target, a refused token, a state file of another
// target), the own receiver with a Secret Token made for the run and gone afterwards, the JSON
// report, and the `simulated` column of export-log.

#include "scimdouble.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon::test;

class TestSimulateCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString m_binary;
    QTemporaryDir m_dir;

    /// Runs the executable without blocking this thread's event loop (a test double may be serving).
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, args);
        if (!p.waitForStarted(10000))
            return {};
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList simulate(const QStringList &more) const
    {
        return QStringList{u"simulate"_s, u"--rate"_s, u"max"_s} + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFileInfo::exists(m_binary));
        QVERIFY(m_dir.isValid());
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no idp") << QStringList{u"--cycle"_s, u"initial"_s} << u"--idp"_s;
        QTest::newRow("no cycle") << QStringList{u"--idp"_s, u"entra"_s} << u"--cycle"_s;
        QTest::newRow("unknown cycle") << QStringList{u"--idp"_s, u"entra"_s, u"--cycle"_s, u"full"_s} << u"full"_s;
        QTest::newRow("okta flavor for entra")
            << QStringList{u"--idp"_s, u"entra"_s, u"--flavor"_s, u"aiw"_s, u"--cycle"_s, u"initial"_s} << u"aiw"_s;
        QTest::newRow("okta on demand") << QStringList{u"--idp"_s, u"okta"_s, u"--cycle"_s, u"on-demand"_s}
                                        << u"Entra ID feature"_s;
        QTest::newRow("not a url") << QStringList{u"--idp"_s,    u"entra"_s,   u"--cycle"_s, u"initial"_s,
                                                  u"--target"_s, u"ftp://x"_s, u"--token"_s, u"t"_s}
                                   << u"Tenant URL"_s;
        QTest::newRow("target without token")
            << QStringList{u"--idp"_s, u"entra"_s, u"--cycle"_s, u"initial"_s, u"--target"_s, u"http://h/scim"_s}
            << u"--token"_s;
        QTest::newRow("bad rate") << QStringList{u"--idp"_s,   u"entra"_s,  u"--cycle"_s,
                                                 u"initial"_s, u"--rate"_s, u"fast"_s}
                                  << u"--rate"_s;
        QTest::newRow("report folder missing")
            << QStringList{u"--idp"_s,   u"entra"_s,    u"--cycle"_s,
                           u"initial"_s, u"--report"_s, u"/nonexistent-folder/r.json"_s}
            << u"does not exist"_s;
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{u"simulate"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void ownReceiverRunWithReportAndMarkedLog()
    {
        const QString data = m_dir.filePath(u"own"_s);
        const QString report = m_dir.filePath(u"own-report.json"_s);
        const Run r
            = run(simulate({u"--idp"_s, u"entra"_s, u"--cycle"_s, u"initial"_s, u"--users"_s, u"6"_s, u"--groups"_s,
                            u"1"_s, u"--members-per-group"_s, u"3"_s, u"--data-dir"_s, data, u"--report"_s, report}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"0 failed"_s));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("outcome"_L1).toString(), u"completed"_s);
        QCOMPARE(json.value("exitCode"_L1).toInt(), 0);
        const QJsonArray objects = json.value("objects"_L1).toArray();
        QVERIFY(objects.size() >= 7);
        const QJsonObject first = objects.first().toObject();
        QVERIFY(!first.value("steps"_L1).toArray().isEmpty());
        QVERIFY(!first.value("requests"_L1).toArray().isEmpty());
        QCOMPARE(first.value("answer"_L1).toInt(), 201);
        const QString runId = json.value("runId"_L1).toString();

        // The log marks the run; the run's Secret Token is gone.
        const QString csv = m_dir.filePath(u"log.csv"_s);
        QCOMPARE(run({u"export-log"_s, u"--data-dir"_s, data, u"--out"_s, csv}).exitCode, 0);
        QFile log(csv);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        QVERIFY(content.left(content.indexOf('\n')).trimmed().endsWith(",simulated,fault"));
        const QByteArray marked = QByteArray(",") + runId.toLatin1() + ','; // no fault after it
        QCOMPARE(content.count(QByteArray(marked + "\r\n")) + content.count(QByteArray(marked + "\n")),
                 json.value("requests"_L1).toInt()); // every request of the run, marked
        const Run tokens = run({u"token"_s, u"list"_s, u"--data-dir"_s, data});
        QVERIFY2(!tokens.out.contains(u"Simulation"_s), qPrintable(tokens.out));
        // The state holds names and mail addresses: the owner's alone.
        const QString state = data + u"/simulator/entra-own-receiver.json"_s;
        QCOMPARE(QFileInfo(state).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(state).absolutePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        // The same state file against another target is refused.
        const Run other = run(simulate({u"--idp"_s, u"entra"_s, u"--cycle"_s, u"initial"_s, u"--target"_s,
                                        u"http://127.0.0.1:9/scim/v2"_s, u"--token"_s, u"t"_s, u"--state"_s,
                                        data + u"/simulator/entra-own-receiver.json"_s}));
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(u"another target"_s), qPrintable(other.err));
    }

    void aRunningReceiverIsTargeted()
    {
        // The window or --headless holds the data directory: simulate sends to its Tenant URL.
        const QString data = m_dir.filePath(u"running"_s);
        QProcess headless;
        headless.start(m_binary, {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, data});
        QVERIFY(headless.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += headless.readAllStandardOutput();
                return out.contains("Tenant URL");
            },
            20000));
        QVERIFY(QFileInfo::exists(data + u"/receiver-address"_s));
        const Run r = run(simulate({u"--idp"_s, u"okta"_s, u"--cycle"_s, u"initial"_s, u"--users"_s, u"3"_s,
                                    u"--groups"_s, u"0"_s, u"--data-dir"_s, data}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Another scim-monitor serves"_s), qPrintable(r.err));
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += headless.readAllStandardOutput();
                return out.count("[simulated ") >= 3 + 2 + 2; // connector test, import, 3 lookups and 3 creates
            },
            10000));
        headless.terminate();
        QVERIFY(headless.waitForFinished(20000));
        QCOMPARE(headless.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(data + u"/receiver-address"_s));
    }

    void unreachableTargetExitsWithTwo()
    {
        const Run r = run(simulate({u"--idp"_s, u"entra"_s, u"--cycle"_s, u"test-connection"_s, u"--target"_s,
                                    u"http://127.0.0.1:1/scim/v2"_s, u"--token"_s, u"t"_s, u"--state"_s,
                                    m_dir.filePath(u"closed.json"_s)}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unable to connect"_s), qPrintable(r.err));
    }

    void refusedTokenAndFailuresOnAnotherServer()
    {
        ScimDouble d;
        const QString state = m_dir.filePath(u"double.json"_s);
        const Run refused = run(simulate({u"--idp"_s, u"entra"_s, u"--cycle"_s, u"initial"_s, u"--target"_s,
                                          d.tenantUrl().toString(), u"--token"_s, u"wrong"_s, u"--state"_s, state}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"invalid credentials"_s), qPrintable(refused.err));

        d.fault = [](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            if (r.method == "POST" && r.json().value("userName"_L1).toString().contains(u".1@"_s))
                return DoubleAnswer{500, {}, {}, false, {}};
            return std::nullopt;
        };
        const QString report = m_dir.filePath(u"double-report.json"_s);
        const Run failed = run(simulate({u"--idp"_s, u"entra"_s, u"--cycle"_s, u"initial"_s, u"--users"_s, u"3"_s,
                                         u"--groups"_s, u"0"_s, u"--target"_s, d.tenantUrl().toString(), u"--token"_s,
                                         QString::fromLatin1(d.token), u"--state"_s, state, u"--report"_s, report}));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"InternalServerError"_s), qPrintable(failed.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("counts"_L1).toObject().value("failure"_L1).toInt(), 1);
        bool listed = false;
        for (const QJsonValue &o : json.value("objects"_L1).toArray())
            listed = listed || o.toObject().value("errorCode"_L1).toString() == "InternalServerError"_L1;
        QVERIFY(listed);
    }
};

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"
