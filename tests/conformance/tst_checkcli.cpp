// `scim-monitor check` as a CI pipeline uses it: exit 2 without --i-accept-side-effects, for bad
// arguments, an unreachable target and a refused token; exit 0 against the app's own receiver with
// JSON, JUnit XML (parsed here with QXmlStreamReader) and HTML reports; exit 1 against a receiver
// that answers 500 to every PATCH, with the failures named on stdout and in the JUnit file.

#include "conformancetesthelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace scimmon;
using namespace scimmon::test;

namespace {

struct JUnitCounts
{
    int testcases = 0;
    int failures = 0;
    int skipped = 0;
    QStringList failed;
    QString error;
};

JUnitCounts readJUnit(const QString &path)
{
    JUnitCounts c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "testcase"_L1) {
            ++c.testcases;
            current = xml.attributes().value("name"_L1).toString();
        } else if (xml.name() == "failure"_L1) {
            ++c.failures;
            c.failed.append(current);
        } else if (xml.name() == "skipped"_L1) {
            ++c.skipped;
        }
    }
    if (xml.hasError())
        c.error = xml.errorString();
    return c;
}

} // namespace

class TestCheckCli : public QObject
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
    OwnReceiver m_own;

    /// Runs the executable without blocking this thread's event loop (the fault proxy serves on it).
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, args);
        if (!p.waitForStarted(10000))
            return {};
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 240000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList check(const QUrl &target, const QByteArray &token, const QStringList &more) const
    {
        return QStringList{u"check"_s, u"--target"_s, target.toString(), u"--token"_s, QString::fromLatin1(token)}
        + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFileInfo::exists(m_binary));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_own.start());
    }

    void cleanupTestCase() { m_own.receiver.reset(); }

    void withoutConsentExitsWithTwo()
    {
        const Run r = run(check(m_own.tenantUrl(), m_own.token, {}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--i-accept-side-effects"_L1), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString accept = u"--i-accept-side-effects"_s;
        QTest::newRow("no target") << QStringList{u"check"_s, u"--token"_s, u"t"_s, accept} << u"--target"_s;
        QTest::newRow("no token") << QStringList{u"check"_s, u"--target"_s, u"http://127.0.0.1:1/scim/v2"_s, accept}
                                  << u"--token"_s;
        QTest::newRow("not a URL") << QStringList{u"check"_s, u"--target"_s, u"ftp://x"_s, u"--token"_s, u"t"_s, accept}
                                   << u"http://"_s;
        QTest::newRow("unknown suite") << QStringList{
            u"check"_s, u"--target"_s, u"http://127.0.0.1:1/scim/v2"_s, u"--token"_s, u"t"_s, u"--suite"_s,
            u"azure"_s, accept} << u"--suite"_s;
        QTest::newRow("token endpoint without client")
            << QStringList{u"check"_s, u"--target"_s,         u"http://127.0.0.1:1/scim/v2"_s, u"--token"_s,
                           u"t"_s,     u"--token-endpoint"_s, u"http://127.0.0.1:1/token"_s,   accept}
            << u"--client-id"_s;
        QTest::newRow("client without token endpoint") << QStringList{
            u"check"_s, u"--target"_s, u"http://127.0.0.1:1/scim/v2"_s, u"--token"_s, u"t"_s, u"--client-id"_s,
            u"c"_s,     accept} << u"--token-endpoint"_s;
        QTest::newRow("suite option elsewhere")
            << QStringList{u"token"_s, u"list"_s, u"--suite"_s, u"rfc"_s} << u"belongs to 'check'"_s;
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreachableTargetExitsWithTwo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(u"http://127.0.0.1:%1/scim/v2"_s.arg(closed.serverPort()));
        closed.close();
        const Run r = run(check(url, "t", {u"--i-accept-side-effects"_s}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("does not answer"_L1), qPrintable(r.err));
    }

    void refusedTokenExitsWithTwo()
    {
        const QString junit = m_dir.filePath(u"refused.xml"_s);
        const Run r = run(check(m_own.tenantUrl(), "wrong", {u"--junit"_s, junit, u"--i-accept-side-effects"_s}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("refused the Secret Token"_L1), qPrintable(r.err));
        const JUnitCounts c = readJUnit(junit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.failures, 1);
    }

    void ownReceiverPassesWithReports()
    {
        const QString json = m_dir.filePath(u"all.json"_s);
        const QString junit = m_dir.filePath(u"all.xml"_s);
        const QString html = m_dir.filePath(u"all.html"_s);
        const Run r = run(check(m_own.tenantUrl(), m_own.token,
                                {u"--suite"_s, u"all"_s, u"--json"_s, json, u"--junit"_s, junit, u"--html"_s, html,
                                 u"--i-accept-side-effects"_s}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("PASS  entra SCIM_User_Create_Test"_L1));
        QVERIFY(!r.out.contains("FAIL"_L1));
        QVERIFY(!r.out.contains(QString::fromLatin1(m_own.token)));

        const JUnitCounts c = readJUnit(junit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QVERIFY(c.testcases >= 40);
        QCOMPARE(c.failures, 0);

        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report.value("tests"_L1).toArray().size(), c.testcases);
        QCOMPARE(report.value("exitCode"_L1).toInt(), 0);
        QCOMPARE(report.value("skipped"_L1).toInt(), c.skipped);

        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(!page.contains(m_own.token));
    }

    void brokenPatchExitsWithOne()
    {
        FaultProxy proxy(m_own.tenantUrl());
        proxy.fault = [](const FaultProxy::Request &r) -> std::optional<int> {
            return r.method == "PATCH" ? std::optional<int>(500) : std::nullopt;
        };
        const QString junit = m_dir.filePath(u"broken.xml"_s);
        const Run r = run(check(proxy.url(), m_own.token,
                                {u"--suite"_s, u"okta"_s, u"--junit"_s, junit, u"--i-accept-side-effects"_s}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAIL  okta  Okta_OIN_Deactivate_Test"_L1), qPrintable(r.out));
        QVERIFY(r.out.contains("PASS  okta  SPEC_Duplicate_409_Test"_L1));
        const JUnitCounts c = readJUnit(junit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(QSet<QString>(c.failed.cbegin(), c.failed.cend()),
                 (QSet<QString>{u"Okta_OIN_Deactivate_Test"_s, u"Okta_Push_Group_Test"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
