// `scim-monitor faults`: bad input exits 2 with a clear message and stores nothing; add, list,
// remove, clear and profile do what they say; a headless receiver on the same data directory
// applies a rule added by another process within a second, names it on its output line, and
// export-log writes it in the fault column.

#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using scimmon::test::HttpClient;

class TestFaultsCli : public QObject
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
    QString m_data;

    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, args + QStringList{u"--data-dir"_s, m_data});
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString list() { return run({u"faults"_s, u"list"_s}).out; }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFileInfo::exists(m_binary));
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
    }

    void addListRemove()
    {
        const Run added = run({u"faults"_s, u"add"_s, u"--name"_s, u"dup on create"_s, u"--match"_s, u"POST /Users"_s,
                               u"--status"_s, u"409"_s, u"--first"_s, u"3"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(u"409 Conflict"_s));
        QVERIFY(added.out.contains(u"within a second"_s));
        const QString listed = list();
        QVERIFY2(listed.contains(u"dup on create"_s) && listed.contains(u"POST /Users"_s)
                     && listed.contains(u"first 3"_s),
                 qPrintable(listed));
        QCOMPARE(run({u"faults"_s, u"remove"_s, u"DUP ON CREATE"_s}).exitCode, 0);
        QVERIFY(list().contains(u"No fault rules"_s));
    }

    void badInputExitsTwoAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base{u"faults"_s, u"add"_s, u"--name"_s, u"bad"_s, u"--match"_s, u"POST /Users"_s};
        QTest::newRow("unknown status") << base + QStringList{u"--status"_s, u"299"_s} << u"--status 299"_s;
        QTest::newRow("status not a number") << base + QStringList{u"--status"_s, u"teapot"_s} << u"teapot"_s;
        QTest::newRow("no action") << base << u"does nothing"_s;
        QTest::newRow("bad pattern") << QStringList{u"faults"_s,  u"add"_s,        u"--name"_s,   u"b"_s,
                                                    u"--match"_s, u"POST Users"_s, u"--status"_s, u"500"_s}
                                     << u"must start with '/'"_s;
        QTest::newRow("bad method") << QStringList{u"faults"_s,  u"add"_s,          u"--name"_s,   u"b"_s,
                                                   u"--match"_s, u"FETCH /Users"_s, u"--status"_s, u"500"_s}
                                    << u"FETCH"_s;
        QTest::newRow("no match") << QStringList{u"faults"_s, u"add"_s, u"--name"_s, u"b"_s, u"--status"_s, u"500"_s}
                                  << u"--match"_s;
        QTest::newRow("unknown option") << base + QStringList{u"--status"_s, u"500"_s, u"--sometimes"_s}
                                        << u"sometimes"_s;
        QTest::newRow("two frequencies") << base
                + QStringList{u"--status"_s, u"500"_s, u"--first"_s, u"1"_s, u"--every"_s, u"2"_s}
                                         << u"one of"_s;
        QTest::newRow("probability without seed")
            << base + QStringList{u"--status"_s, u"500"_s, u"--probability"_s, u"0.5"_s} << u"--seed"_s;
        QTest::newRow("bad phase") << base + QStringList{u"--status"_s, u"500"_s, u"--phase"_s, u"during"_s}
                                   << u"during"_s;
        QTest::newRow("reset with a status")
            << base + QStringList{u"--status"_s, u"500"_s, u"--reset"_s} << u"leave out the status"_s;
        QTest::newRow("unknown operation")
            << base + QStringList{u"--status"_s, u"500"_s, u"--operation"_s, u"Create widget"_s} << u"Create widget"_s;
        QTest::newRow("unknown profile") << QStringList{u"faults"_s, u"profile"_s, u"azure"_s} << u"slack"_s;
        QTest::newRow("unknown action") << QStringList{u"faults"_s, u"enable"_s} << u"enable"_s;
        QTest::newRow("option of add on list")
            << QStringList{u"faults"_s, u"list"_s, u"--status"_s, u"500"_s} << u"faults add"_s;
        QTest::newRow("remove unknown") << QStringList{u"faults"_s, u"remove"_s, u"nothing"_s} << u"no fault rule"_s;
        QTest::newRow("truncate before without status") << base + QStringList{u"--truncate"_s} << u"phase after"_s;
        QTest::newRow("query in the pattern")
            << QStringList{u"faults"_s,          u"add"_s,      u"--name"_s, u"b"_s, u"--match"_s,
                           u"POST /Users?x=1"_s, u"--status"_s, u"500"_s}
            << u"query"_s;
    }
    void badInputExitsTwoAndStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(list().contains(u"No fault rules"_s));
    }

    void duplicateNameExitsTwo()
    {
        const QStringList add{u"faults"_s,     u"add"_s,      u"--name"_s, u"once"_s,          u"--match"_s,
                              u"GET /Users"_s, u"--status"_s, u"503"_s,    u"--retry-after"_s, u"5"_s};
        QCOMPARE(run(add).exitCode, 0);
        const Run again = run(
            {u"faults"_s, u"add"_s, u"--name"_s, u"ONCE"_s, u"--match"_s, u"POST /Users"_s, u"--status"_s, u"500"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));
        const QString listed = list();
        QVERIFY(listed.contains(u"GET /Users"_s));
        QVERIFY(!listed.contains(u"POST /Users"_s));
        QCOMPARE(run({u"faults"_s, u"clear"_s}).exitCode, 0);
        QVERIFY(list().contains(u"No fault rules"_s));
    }

    void concurrentAddsAreAllKept()
    {
        QList<QProcess *> runs;
        for (int i = 0; i < 6; ++i) {
            auto *p = new QProcess(this);
            p->start(m_binary,
                     {u"faults"_s, u"add"_s, u"--name"_s, u"par%1"_s.arg(i), u"--match"_s, u"GET /x%1"_s.arg(i),
                      u"--status"_s, u"500"_s, u"--disabled"_s, u"--data-dir"_s, m_data});
            runs.append(p);
        }
        for (QProcess *p : runs) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QString listed = list();
        for (int i = 0; i < 6; ++i)
            QVERIFY2(listed.contains(u"par%1"_s.arg(i)), qPrintable(listed));
        QCOMPARE(run({u"faults"_s, u"clear"_s}).exitCode, 0);
    }

    void aDelayOnlyRuleHasNoPhase()
    {
        const Run added = run(
            {u"faults"_s, u"add"_s, u"--name"_s, u"late"_s, u"--match"_s, u"POST /Users"_s, u"--delay-ms"_s, u"300"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"the change are kept"_s), qPrintable(added.out));
        QVERIFY(!list().contains(u"before"_s));
        QCOMPARE(run({u"faults"_s, u"clear"_s}).exitCode, 0);
    }

    void profileReplacesTheRules()
    {
        QCOMPARE(run({u"faults"_s, u"add"_s, u"--name"_s, u"mine"_s, u"--match"_s, u"GET /Users"_s, u"--delay-ms"_s,
                      u"10"_s})
                     .exitCode,
                 0);
        const Run applied = run({u"faults"_s, u"profile"_s, u"slack"_s});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QVERIFY(applied.out.contains(u"180"_s)); // what the profile does is shown
        const QString listed = list();
        QVERIFY(listed.contains(u"Slack: user creates"_s));
        QVERIFY(listed.contains(u"over 180/min"_s));
        QVERIFY(!listed.contains(u"mine"_s));
        QCOMPARE(run({u"faults"_s, u"clear"_s}).exitCode, 0);
    }

    void aRunningReceiverAppliesRulesFromAnotherProcess()
    {
        const Run token = run({u"token"_s, u"create"_s, u"--name"_s, u"cli"_s});
        QCOMPARE(token.exitCode, 0);
        const QByteArray secret = token.out.trimmed().split(u'\n').last().toLatin1();
        QProcess headless;
        headless.start(m_binary, {u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, m_data});
        QVERIFY(headless.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += headless.readAllStandardOutput();
                return QFileInfo::exists(m_data + u"/receiver-address"_s) && out.contains("Tenant URL");
            },
            20000));
        QFile address(m_data + u"/receiver-address"_s);
        QVERIFY(address.open(QIODevice::ReadOnly));
        const quint16 port = QUrl(QString::fromUtf8(address.readAll().trimmed())).port();
        QVERIFY(port > 0);
        HttpClient client(port, secret);
        QCOMPARE(client.get("/scim/v2/Groups").status, 200);

        QCOMPARE(run({u"faults"_s, u"add"_s, u"--name"_s, u"outage"_s, u"--match"_s, u"GET /Groups"_s, u"--status"_s,
                      u"503"_s, u"--retry-after"_s, u"7"_s})
                     .exitCode,
                 0);
        QElapsedTimer applied;
        applied.start();
        QVERIFY(QTest::qWaitFor([&] { return client.get("/scim/v2/Groups").status == 503; }, 1500));
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += headless.readAllStandardOutput();
                return out.contains("[fault outage]");
            },
            5000));
        headless.terminate();
        QVERIFY(headless.waitForFinished(20000));

        const QString csv = m_dir.filePath(u"log.csv"_s);
        QCOMPARE(run({u"export-log"_s, u"--out"_s, csv}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().trimmed().endsWith(",fault"));
        // A row's last cell is its fault (cells with line breaks span lines; the row ends with it).
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QByteArray &l) { return l.trimmed().endsWith(",outage"); }));
        QCOMPARE(run({u"faults"_s, u"clear"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faultscli.moc"
