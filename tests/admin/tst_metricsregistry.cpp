// The Prometheus text of MetricsRegistry: routes with ids folded, status classes, the histogram's
// cumulative buckets, authentication failures by reason, escaped label values and the resources
// gauge.

#include "admin/metricsregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

RequestRecord request(const QString &method, const QString &path, int status, double ms,
                      Operation op = Operation::LookupUser, const QString &authFailure = QString())
{
    RequestRecord r;
    r.method = method;
    r.path = path;
    r.status = status;
    r.durationMs = ms;
    r.operation = op;
    r.authFailure = authFailure;
    return r;
}

/// The value of the sample line that starts with `series` (exactly, up to the space), -1 if absent.
double sample(const QByteArray &text, const QString &series)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(series.toUtf8() + ' ')))
            return line.mid(series.toUtf8().size() + 1).toDouble();
    return -1;
}

} // namespace

class TestMetricsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("route");
        QTest::newRow("users") << u"/scim/v2/Users?filter=userName+eq+%22a%22"_s << u"/Users"_s;
        QTest::newRow("user id") << u"/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"_s << u"/Users/{id}"_s;
        QTest::newRow("groups any case") << u"/scim/v2/groups/abc"_s << u"/Groups/{id}"_s;
        QTest::newRow("search") << u"/scim/v2/Users/.search"_s << u"/Users/.search"_s;
        QTest::newRow("root search") << u"/scim/v2/.search"_s << u"/.search"_s;
        QTest::newRow("schema") << u"/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"_s
                                << u"/Schemas/{id}"_s;
        QTest::newRow("spc") << u"/scim/v2/ServiceProviderConfig"_s << u"/ServiceProviderConfig"_s;
        QTest::newRow("token") << u"/oauth2/token"_s << u"/oauth2/token"_s;
        QTest::newRow("base") << u"/scim/v2"_s << u"/"_s;
        QTest::newRow("unknown endpoint") << u"/scim/v2/Nope"_s << u"other"_s;
        QTest::newRow("deep") << u"/scim/v2/Users/a/b"_s << u"other"_s;
        QTest::newRow("outside") << u"/favicon.ico"_s << u"other"_s;
    }

    void routes()
    {
        QFETCH(QString, path);
        QFETCH(QString, route);
        QCOMPARE(MetricsRegistry::route(path), route);
    }

    void authFailureReasons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("no header") << u"no Authorization header"_s << u"no_header"_s;
        QTest::newRow("malformed") << u"Authorization header is not \"Bearer <token>\""_s << u"malformed"_s;
        QTest::newRow("unknown") << u"unknown token"_s << u"unknown_token"_s;
        QTest::newRow("revoked") << u"token \"Entra\" was revoked"_s << u"revoked"_s;
        QTest::newRow("expired access token")
            << u"access token of client \"E\" expired at 2026-12-05T10:00:00Z"_s << u"expired"_s;
        QTest::newRow("invalid_client") << u"invalid_client: wrong Client Secret for client \"E\""_s
                                        << u"invalid_client"_s;
        QTest::newRow("invalid_grant") << u"invalid_grant: assertion for client \"W\": \"aud\" is …"_s
                                       << u"invalid_grant"_s;
    }

    void authFailureReasons()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QCOMPARE(MetricsRegistry::authFailureReason(text), reason);
    }

    void rendersCountersHistogramAndGauge()
    {
        MetricsRegistry m(u"1.2.3"_s, u"sqlite"_s);
        m.record(request(u"GET"_s, u"/scim/v2/Users?count=1"_s, 200, 0.4));
        m.record(request(u"GET"_s, u"/scim/v2/Users/1"_s, 404, 3.0));
        m.record(request(u"POST"_s, u"/scim/v2/Users"_s, 201, 30, Operation::CreateUser));
        m.record(request(u"GET"_s, u"/scim/v2/Users"_s, 401, 0.2, Operation::AuthFailure, u"unknown token"_s));
        m.record(request(u"POST"_s, u"/oauth2/token"_s, 200, 1.5, Operation::TokenRequest));
        m.record(request(u"POST"_s, u"/oauth2/token"_s, 0, 12000, Operation::Rejected));
        OverviewCounts counts;
        counts.users = 12;
        counts.activeUsers = 10;
        counts.groups = 3;
        const QByteArray text = m.render(counts);

        QCOMPARE(sample(text, u"scimmon_build_info{version=\"1.2.3\",backend=\"sqlite\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_http_requests_total{route=\"/Users\",method=\"GET\",code=\"2xx\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_http_requests_total{route=\"/Users\",method=\"GET\",code=\"4xx\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_http_requests_total{route=\"/Users/{id}\",method=\"GET\",code=\"4xx\"}"_s),
                 1.0);
        QCOMPARE(sample(text, u"scimmon_http_requests_total{route=\"/oauth2/token\",method=\"POST\",code=\"none\"}"_s),
                 1.0);
        // Cumulative buckets: /Users had 0.4 ms, 30 ms and 0.2 ms.
        const QString users = u"scimmon_http_request_duration_seconds_bucket{route=\"/Users\",le=\"%1\"}"_s;
        QCOMPARE(sample(text, users.arg(u"0.001"_s)), 2.0);
        QCOMPARE(sample(text, users.arg(u"0.025"_s)), 2.0);
        QCOMPARE(sample(text, users.arg(u"0.05"_s)), 3.0);
        QCOMPARE(sample(text, users.arg(u"+Inf"_s)), 3.0);
        QCOMPARE(sample(text, u"scimmon_http_request_duration_seconds_count{route=\"/Users\"}"_s), 3.0);
        QVERIFY(qAbs(sample(text, u"scimmon_http_request_duration_seconds_sum{route=\"/Users\"}"_s) - 0.0306) < 1e-9);
        // 12 s is above the last bucket: only in +Inf.
        const QString token = u"scimmon_http_request_duration_seconds_bucket{route=\"/oauth2/token\",le=\"%1\"}"_s;
        QCOMPARE(sample(text, token.arg(u"10"_s)), 1.0);
        QCOMPARE(sample(text, token.arg(u"+Inf"_s)), 2.0);
        QCOMPARE(sample(text, u"scimmon_scim_operations_total{operation=\"Create user\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_scim_operations_total{operation=\"Token request\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_auth_failures_total{reason=\"unknown_token\"}"_s), 1.0);
        QCOMPARE(sample(text, u"scimmon_resources{type=\"User\"}"_s), 12.0);
        QCOMPARE(sample(text, u"scimmon_resources{type=\"Group\"}"_s), 3.0);
        QVERIFY(text.contains("# TYPE scimmon_http_request_duration_seconds histogram\n"));
        QVERIFY(text.contains("# TYPE scimmon_http_requests_total counter\n"));
        QVERIFY(text.endsWith('\n'));
        // A failed store leaves the gauge out rather than reporting -1.
        QVERIFY(!m.render(OverviewCounts{}).contains("scimmon_resources{"));
    }

    void labelValuesAreEscaped()
    {
        MetricsRegistry m(u"1\"\\\n"_s, u"sqlite"_s);
        m.record(request(u"GE\"T"_s, u"/scim/v2/Users"_s, 200, 1));
        const QByteArray text = m.render({});
        QVERIFY(text.contains("version=\"1\\\"\\\\\\n\""));
        QVERIFY(text.contains("method=\"GE\\\"T\""));
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metricsregistry.moc"
