// The conformance runner against the app's own receiver: every suite passes (at least 40 tests,
// each Microsoft test name of the entra suite present), every step records its request and
// response with the token redacted, what the run created is gone afterwards, and the JSON, JUnit
// and HTML reports say the same. Also: an unreachable target and a refused token end the run at
// once with exit status 2, and cancel stops the run and still cleans up.

#include "conformance/htmlreport.h"
#include "conformance/junitreport.h"
#include "conformancetesthelpers.h"

#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace scimmon;
using namespace scimmon::test;

class TestConformance : public QObject
{
    Q_OBJECT

    OwnReceiver m_own;
    ConformanceResult m_all;

    /// Users and groups whose name carries `prefix`, as the store holds them.
    int storedWithPrefix(const QString &prefix)
    {
        int n = 0;
        for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
            ResourceQuery q;
            for (const Resource &r : m_own.reader->resources().find(kind, q)) {
                const QString name
                    = r.data.value(kind == ResourceKind::User ? "userName"_L1 : "displayName"_L1).toString();
                n += name.startsWith(prefix, Qt::CaseInsensitive) ? 1 : 0;
            }
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_own.start());
        m_all = runCheck(m_own.tenantUrl(), m_own.token, {u"entra"_s, u"okta"_s, u"rfc"_s});
    }

    void cleanupTestCase() { m_own.receiver.reset(); }

    void everySuitePassesAgainstTheOwnReceiver()
    {
        QVERIFY2(m_all.abortReason.isEmpty(), qPrintable(m_all.abortReason));
        QStringList failures;
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            if (t.verdict == ConformanceVerdict::Fail)
                failures.append(t.name + u": "_s + t.reason);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
        QVERIFY(m_all.tests.size() >= 40);
        QCOMPARE(m_all.exitCode(), 0);
        // Only the token-endpoint test is skipped: the own receiver supports every feature.
        QCOMPARE(m_all.count(ConformanceVerdict::Skip), 1);
        QHash<QString, int> perSuite;
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            ++perSuite[t.suite];
        qInfo() << "tests per suite:" << perSuite << m_all.summary();
        QVERIFY(perSuite.value(u"entra"_s) >= 20);
        QVERIFY(perSuite.value(u"okta"_s) >= 10);
        QVERIFY(perSuite.value(u"rfc"_s) >= 15);
    }

    void microsoftTestNamesPresent()
    {
        QStringList names;
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            names.append(t.name);
        for (const char *name : {"Schema_Discoverability_Test",
                                 "SCIM_Null_Update_Test",
                                 "SCIM_User_Create_Test",
                                 "SCIM_User_Update_Test",
                                 "SCIM_Group_Create_Test",
                                 "SCIM_Group_Update_Test",
                                 "SCIM_User_Pagination_Test",
                                 "SCIM_Group_Pagination_Test",
                                 "SCIM_Update_Manager_Test",
                                 "Validate_Credentials_Test",
                                 "Create_User_Test",
                                 "Update_User_Test",
                                 "Disable_User_Test",
                                 "Delete_User_Test",
                                 "User_Update_Manager_Test",
                                 "Restore_User_Test",
                                 "POD_User_Test",
                                 "Create_Group_Test",
                                 "Update_Group_Test",
                                 "Delete_Group_Test",
                                 "Group_Update_Add_Member_Test",
                                 "Group_Update_Remove_Member_Test",
                                 "POD_Group_Test"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
    }

    void stepsShowRequestsWithTheTokenRedacted()
    {
        int sent = 0;
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            for (const ConformanceStep &s : t.steps) {
                if (s.method.isEmpty())
                    continue;
                ++sent;
                QVERIFY(!s.expectation.isEmpty());
                QVERIFY(!s.why.isEmpty());
                QVERIFY(s.status > 0);
                QVERIFY(s.url.startsWith(m_own.tenantUrl().toString()));
                for (const auto &[k, v] : s.requestHeaders)
                    QVERIFY(!v.contains(m_own.token));
                QVERIFY(!s.responseBody.contains(m_own.token));
            }
        QVERIFY(sent > 150);
        const QByteArray json = QJsonDocument(m_all.toJson()).toJson();
        QVERIFY(!json.contains(m_own.token));
        QVERIFY(json.contains("Bearer <redacted>"));
    }

    void whatTheRunCreatedIsGone()
    {
        QVERIFY(m_all.leftovers.isEmpty());
        QVERIFY(m_all.prefix.startsWith("scimcheck-"_L1));
        QCOMPARE(storedWithPrefix(m_all.prefix), 0);
        int created = 0;
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            for (const ConformanceStep &s : t.steps)
                created += s.method == "POST"_L1 && s.status == 201 ? 1 : 0;
        QVERIFY(created > 50);
    }

    void primaryIsClearedOnTheOtherEmails()
    {
        for (const ConformanceTest &t : std::as_const(m_all.tests))
            if (t.name.startsWith("RFC_Primary_"_L1))
                QVERIFY2(t.verdict == ConformanceVerdict::Pass, qPrintable(t.name + u": "_s + t.reason));
    }

    void reportsAgree()
    {
        const QJsonObject json = m_all.toJson();
        QCOMPARE(json.value("tests"_L1).toArray().size(), m_all.tests.size());
        QCOMPARE(json.value("failed"_L1).toInt(), 0);
        QCOMPARE(json.value("exitCode"_L1).toInt(), 0);

        QXmlStreamReader xml(JUnitReport::write(m_all));
        int testcases = 0;
        int failures = 0;
        int skipped = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            testcases += xml.name() == "testcase"_L1 ? 1 : 0;
            failures += xml.name() == "failure"_L1 ? 1 : 0;
            skipped += xml.name() == "skipped"_L1 ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(testcases, m_all.tests.size());
        QCOMPARE(failures, 0);
        QCOMPARE(skipped, 1);

        const QByteArray html = HtmlReport::write(m_all);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("SCIM_User_Create_Test"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<h2>Failures</h2>"));
        QVERIFY(!html.contains("http-equiv"));
        QVERIFY(!html.contains(m_own.token));
    }

    void unreachableTargetEndsTheRunWithTwo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const ConformanceResult r = runCheck(QUrl(u"http://127.0.0.1:%1/scim/v2"_s.arg(port)), "whatever", {u"rfc"_s});
        QVERIFY(r.abortReason.contains("does not answer"_L1));
        QVERIFY(r.tests.isEmpty());
        QCOMPARE(r.exitCode(), 2);
    }

    void refusedTokenEndsTheRunWithTwo()
    {
        const ConformanceResult r = runCheck(m_own.tenantUrl(), "not-a-token", {u"okta"_s});
        QVERIFY2(r.abortReason.contains("refused the Secret Token"_L1), qPrintable(r.abortReason));
        QCOMPARE(r.exitCode(), 2);
        QXmlStreamReader xml(JUnitReport::write(r));
        bool failure = false;
        while (!xml.atEnd())
            failure = (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "failure"_L1) || failure;
        QVERIFY(!xml.hasError());
        QVERIFY(failure);
    }

    void sweepRemovesWhatATestCouldNotTrack()
    {
        // The target creates the user but its answer carries no id: the test cannot delete it,
        // the final sweep by prefix does.
        FaultProxy proxy(m_own.tenantUrl());
        proxy.editBody = [](const FaultProxy::Request &r, int status, const QByteArray &body) {
            QJsonObject o = QJsonDocument::fromJson(body).object();
            if (r.method != "POST" || status != 201
                || !o.value("userName"_L1).toString().endsWith("-create@example.com"_L1))
                return body;
            o.remove(u"id"_s);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const ConformanceResult r = runCheck(proxy.url(), m_own.token, {u"entra"_s});
        QSet<QString> failed;
        for (const ConformanceTest &t : r.tests)
            if (t.verdict == ConformanceVerdict::Fail)
                failed.insert(t.name);
        QCOMPARE(failed, (QSet<QString>{u"SCIM_User_Create_Test"_s, u"Create_User_Test"_s}));
        int deletions = 0;
        for (const ConformanceStep &s : r.sweep)
            deletions += s.method == "DELETE"_L1 && s.status == 204 ? 1 : 0;
        QCOMPARE(deletions, 2);
        QVERIFY(r.leftovers.isEmpty());
        QCOMPARE(storedWithPrefix(r.prefix), 0);
        QCOMPARE(m_all.sweep.size(), 2); // the healthy run: two empty lists, nothing to delete
    }

    void cancelStopsAndStillCleansUp()
    {
        ConformanceRunner runner;
        QSignalSpy finished(&runner, &ConformanceRunner::finished);
        int tests = 0;
        connect(&runner, &ConformanceRunner::testFinished, &runner, [&](const ConformanceTest &) {
            if (++tests == 3)
                runner.cancel();
        });
        ConformanceRunner::Options o;
        o.target = m_own.tenantUrl();
        o.token = m_own.token;
        o.suites = {u"entra"_s};
        QVERIFY(runner.start(o));
        QVERIFY(finished.wait(60000));
        const auto r = finished.first().first().value<ConformanceResult>();
        QVERIFY(r.cancelled);
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.tests.size(), ConformanceRunner::casesOf(u"entra"_s).size());
        QCOMPARE(r.tests.last().verdict, ConformanceVerdict::Skip);
        QCOMPARE(storedWithPrefix(r.prefix), 0);
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
