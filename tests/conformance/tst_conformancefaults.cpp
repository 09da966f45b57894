// The conformance runner against a receiver broken on purpose (FaultProxy in front of the app's
// own receiver): a 404 for a filter that matches nothing fails exactly the tests that look for
// something absent, a 500 on every PATCH fails exactly the tests that send a PATCH, a create
// answered without a Location header fails exactly the tests about creation, and a
// ServiceProviderConfig that denies sort, ETags and Bulk skips exactly those tests, with the
// reason. The rest still pass: one surprise never aborts a suite.

#include "conformance/htmlreport.h"
#include "conformancetesthelpers.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace scimmon;
using namespace scimmon::test;

namespace {

QSet<QString> withVerdict(const ConformanceResult &r, ConformanceVerdict v)
{
    QSet<QString> out;
    for (const ConformanceTest &t : r.tests)
        if (t.verdict == v)
            out.insert(t.name);
    return out;
}

/// The tests of `baseline` with a (non-cleanup) step that `matches`.
QSet<QString> testsWhere(const ConformanceResult &baseline, const std::function<bool(const ConformanceStep &)> &matches)
{
    QSet<QString> out;
    for (const ConformanceTest &t : baseline.tests)
        for (const ConformanceStep &s : t.steps)
            if (!s.cleanup && matches(s))
                out.insert(t.name);
    return out;
}

bool emptyFilteredList(const QByteArray &target, int status, const QByteArray &body)
{
    return target.contains("filter=") && status == 200
        && QJsonDocument::fromJson(body).object().value("totalResults"_L1).toInt(-1) == 0;
}

QString names(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u", "_s);
}

} // namespace

class TestConformanceFaults : public QObject
{
    Q_OBJECT

    OwnReceiver m_own;
    ConformanceResult m_baseline;
    const QStringList m_suites{u"entra"_s, u"okta"_s, u"rfc"_s};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_own.start());
        FaultProxy healthy(m_own.tenantUrl());
        m_baseline = runCheck(healthy.url(), m_own.token, m_suites);
        QVERIFY2(withVerdict(m_baseline, ConformanceVerdict::Fail).isEmpty(),
                 qPrintable(names(withVerdict(m_baseline, ConformanceVerdict::Fail))));
    }

    void cleanupTestCase() { m_own.receiver.reset(); }

    void notFoundForAnEmptyFilterFailsExactlyTheAbsenceTests()
    {
        FaultProxy proxy(m_own.tenantUrl());
        proxy.rewrite = [](const FaultProxy::Request &r, int status, const QByteArray &body) -> std::optional<int> {
            if (r.method == "GET" && emptyFilteredList(r.target, status, body))
                return 404;
            return std::nullopt;
        };
        const ConformanceResult broken = runCheck(proxy.url(), m_own.token, m_suites);
        const QSet<QString> expected = testsWhere(m_baseline, [](const ConformanceStep &s) {
            return s.method == "GET"_L1 && emptyFilteredList(s.url.toUtf8(), s.status, s.responseBody);
        });
        for (const char *name : {"Test_Connection", "Create_User_Test", "Create_Group_Test", "POD_User_Test",
                                 "SPEC_Random_User_Absent_Test", "RFC_Filter_No_Match_Test"})
            QVERIFY2(expected.contains(QLatin1StringView(name)), name);
        const QSet<QString> failed = withVerdict(broken, ConformanceVerdict::Fail);
        QVERIFY2(failed == expected, qPrintable(u"failed: "_s + names(failed) + u"\nexpected: "_s + names(expected)));
        for (const ConformanceTest &t : broken.tests)
            if (t.verdict == ConformanceVerdict::Fail)
                QVERIFY2(t.reason.contains("expected HTTP 200, got 404"_L1), qPrintable(t.reason));
        QCOMPARE(broken.exitCode(), 1);
        QVERIFY(broken.leftovers.isEmpty());
        // The HTML page lists each failure on top, linked to the test.
        const QByteArray html = HtmlReport::write(broken);
        QVERIFY(html.contains("<h2>Failures</h2>"));
        for (const ConformanceTest &t : broken.tests)
            if (t.verdict == ConformanceVerdict::Fail)
                QVERIFY2(
                    html.contains(QByteArray("<li><a href=\"#" + t.suite.toUtf8() + '-' + t.name.toUtf8() + "\">")),
                    qPrintable(t.name));
        QCOMPARE(html.count("<li><a href=\"#"), qsizetype(expected.size()));
    }

    void serverErrorOnPatchFailsExactlyThePatchTests()
    {
        FaultProxy proxy(m_own.tenantUrl());
        proxy.fault = [](const FaultProxy::Request &r) -> std::optional<int> {
            return r.method == "PATCH" ? std::optional<int>(500) : std::nullopt;
        };
        const ConformanceResult broken = runCheck(proxy.url(), m_own.token, m_suites);
        const QSet<QString> expected
            = testsWhere(m_baseline, [](const ConformanceStep &s) { return s.method == "PATCH"_L1; });
        QVERIFY(expected.size() >= 15);
        const QSet<QString> failed = withVerdict(broken, ConformanceVerdict::Fail);
        QVERIFY2(failed == expected, qPrintable(u"failed: "_s + names(failed) + u"\nexpected: "_s + names(expected)));
        QCOMPARE(broken.exitCode(), 1);
        QVERIFY(broken.leftovers.isEmpty());
    }

    void missingLocationFailsExactlyTheCreateTests()
    {
        FaultProxy proxy(m_own.tenantUrl());
        proxy.dropHeaders = {"Location"};
        const ConformanceResult broken = runCheck(proxy.url(), m_own.token, m_suites);
        QCOMPARE(withVerdict(broken, ConformanceVerdict::Fail),
                 (QSet<QString>{u"SCIM_User_Create_Test"_s, u"Create_User_Test"_s, u"RFC_Meta_Test"_s}));
        for (const ConformanceTest &t : broken.tests)
            if (t.verdict == ConformanceVerdict::Fail)
                QVERIFY2(t.reason.contains(u"no Location header (RFC 7644 §3.3"_s), qPrintable(t.reason));
    }

    void validateCredentialsWithATokenEndpoint_data()
    {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<bool>("passes");
        QTest::newRow("an hour") << 3600 << true;
        QTest::newRow("six hours") << 21600 << true;
        QTest::newRow("a minute") << 60 << false;
    }

    void validateCredentialsWithATokenEndpoint()
    {
        QFETCH(int, expiresIn);
        QFETCH(bool, passes);
        // The proxy plays the app's token endpoint and issues the receiver's Secret Token.
        FaultProxy proxy(m_own.tenantUrl());
        QByteArray form;
        const QByteArray token = m_own.token;
        proxy.answerWith
            = [&form, token, expiresIn](const FaultProxy::Request &r) -> std::optional<QPair<int, QByteArray>> {
            if (r.target != "/oauth2/token")
                return std::nullopt;
            form = r.body;
            return qMakePair(200,
                             QJsonDocument(QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                                       {u"token_type"_s, u"Bearer"_s},
                                                       {u"expires_in"_s, expiresIn}})
                                 .toJson(QJsonDocument::Compact));
        };
        ConformanceRunner::Options o;
        o.target = proxy.url();
        o.token = m_own.token;
        o.suites = {u"entra"_s};
        QUrl endpoint = proxy.url();
        endpoint.setPath(u"/oauth2/token"_s);
        o.tokenEndpoint = endpoint;
        o.clientId = u"check-client"_s;
        o.clientSecret = "s3cr3t-client-secret";
        const ConformanceResult r = runCheck(o);
        QVERIFY(form.contains("grant_type=client_credentials"));
        QVERIFY(form.contains("client_id=check-client"));
        QVERIFY(form.contains("client_secret=s3cr3t-client-secret"));
        const auto test = std::find_if(r.tests.cbegin(), r.tests.cend(), [](const ConformanceTest &t) {
            return t.name == "Validate_Credentials_Test"_L1;
        });
        QVERIFY(test != r.tests.cend());
        QCOMPARE(test->verdict, passes ? ConformanceVerdict::Pass : ConformanceVerdict::Fail);
        if (!passes)
            QVERIFY2(test->reason.contains("60 to 360 minutes"_L1), qPrintable(test->reason));
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains("s3cr3t-client-secret"));
        QVERIFY(!json.contains(m_own.token));
        QCOMPARE(r.count(ConformanceVerdict::Skip), 0);
    }

    void unsupportedFeaturesAreSkippedWithTheReason()
    {
        FaultProxy proxy(m_own.tenantUrl());
        // A ServiceProviderConfig that supports neither sorting, nor ETags, nor Bulk.
        proxy.spcOverride = QJsonObject{{u"patch"_s, QJsonObject{{u"supported"_s, true}}},
                                        {u"filter"_s, QJsonObject{{u"supported"_s, true}}},
                                        {u"bulk"_s, QJsonObject{{u"supported"_s, false}}},
                                        {u"sort"_s, QJsonObject{{u"supported"_s, false}}},
                                        {u"etag"_s, QJsonObject{{u"supported"_s, false}}},
                                        {u"changePassword"_s, QJsonObject{{u"supported"_s, false}}}};
        const ConformanceResult r = runCheck(proxy.url(), m_own.token, {u"rfc"_s});
        const QSet<QString> skipped = withVerdict(r, ConformanceVerdict::Skip);
        QCOMPARE(skipped, (QSet<QString>{u"RFC_Sort_Test"_s, u"RFC_ETag_Test"_s, u"RFC_Bulk_Test"_s}));
        for (const ConformanceTest &t : r.tests)
            if (t.verdict == ConformanceVerdict::Skip)
                QVERIFY2(t.reason.contains("/ServiceProviderConfig says"_L1), qPrintable(t.reason));
        // The proxy's document lacks authenticationSchemes: the one RFC test that reads it fails.
        QCOMPARE(withVerdict(r, ConformanceVerdict::Fail), QSet<QString>{u"RFC_ServiceProviderConfig_Test"_s});
    }
};

QTEST_GUILESS_MAIN(TestConformanceFaults)
#include "tst_conformancefaults.moc"
