// FaultInjector and FaultRule without a network: path and name globs, every frequency (the same
// seed gives the same sequence), the filters on operation, name and IdP, the state a rule keeps
// across setRules(), the SCIM error a status makes, validation and the JSON form, and the
// profiles' rules.

#include "fault/faultinjector.h"
#include "fault/faultprofiles.h"
#include "http/responsewriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

FaultRule rule(const QString &match, int status = 503)
{
    FaultRule r;
    r.name = u"r-"_s + match;
    QString error;
    if (!FaultRule::parseMatch(match, r, &error))
        qFatal("bad match %s", qPrintable(error));
    r.status = status;
    return r;
}

HttpRequest request(const QByteArray &method, const QString &path)
{
    HttpRequest req;
    req.method = method;
    req.path = path;
    return req;
}

/// Which of `n` matches of `r` fire, as a string of 'x' (fired) and '.'.
QString pattern(const FaultRule &r, int n, qint64 stepMs = 0)
{
    FaultInjector injector;
    injector.setRules({r});
    QString out;
    const HttpRequest req = request("POST", u"/scim/v2/Users"_s);
    for (int i = 0; i < n; ++i)
        out += injector.decide(req, RequestRecord(), i * stepMs) ? u'x' : u'.';
    return out;
}

} // namespace

class TestFaultInjector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathGlobs_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"/Users"_s << u"/scim/v2/Users"_s << true;
        QTest::newRow("case") << u"/users"_s << u"/scim/v2/Users"_s << true;
        QTest::newRow("not a child") << u"/Users"_s << u"/scim/v2/Users/abc"_s << false;
        QTest::newRow("one segment") << u"/Groups/*"_s << u"/scim/v2/Groups/abc"_s << true;
        QTest::newRow("star stays in its segment") << u"/Groups/*"_s << u"/scim/v2/Groups/abc/def"_s << false;
        QTest::newRow("double star crosses") << u"/**"_s << u"/scim/v2/Groups/abc/def"_s << true;
        QTest::newRow("search anywhere") << u"/**.search"_s << u"/scim/v2/Users/.search"_s << true;
        QTest::newRow("root search") << u"/**.search"_s << u"/scim/v2/.search"_s << true;
        QTest::newRow("outside the Tenant URL") << u"/Users"_s << u"/other/Users"_s << false;
        QTest::newRow("root outside") << u"/**"_s << u"/"_s << false;
        QTest::newRow("trailing slash") << u"/Users"_s << u"/scim/v2/Users/"_s << true;
        QTest::newRow("double slash") << u"/Users"_s << u"/scim/v2//Users"_s << true;
        QTest::newRow("dot is literal") << u"/Users.x"_s << u"/scim/v2/UsersAx"_s << false;
    }
    void pathGlobs()
    {
        QFETCH(QString, glob);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(FaultInjector::globMatch(glob, FaultInjector::relativePath(path), true), matches);
    }

    void methodAndEnabled()
    {
        FaultInjector injector;
        FaultRule r = rule(u"PATCH /Groups/*"_s);
        injector.setRules({r});
        QVERIFY(injector.active());
        QVERIFY(injector.mayMatch(request("PATCH", u"/scim/v2/Groups/g1"_s)));
        QVERIFY(!injector.mayMatch(request("GET", u"/scim/v2/Groups/g1"_s)));
        r.enabled = false;
        injector.setRules({r});
        QVERIFY(!injector.active());
        QVERIFY(!injector.mayMatch(request("PATCH", u"/scim/v2/Groups/g1"_s)));
        QVERIFY(!injector.decide(request("PATCH", u"/scim/v2/Groups/g1"_s), RequestRecord()));
    }

    void frequencies()
    {
        FaultRule r = rule(u"POST /Users"_s);
        QCOMPARE(pattern(r, 5), u"xxxxx"_s);
        r.frequency = FaultFrequency::First;
        r.count = 2;
        QCOMPARE(pattern(r, 5), u"xx..."_s);
        r.frequency = FaultFrequency::Every;
        r.count = 3;
        QCOMPARE(pattern(r, 7), u"..x..x."_s);
        r.frequency = FaultFrequency::ForSeconds;
        r.count = 2; // matches 1 s apart: the first two seconds from the first match fire
        QCOMPARE(pattern(r, 5, 1000), u"xx..."_s);
        r.frequency = FaultFrequency::OverPerMinute;
        r.count = 2; // 20 s apart: at most 2 in any 60 s let through
        QCOMPARE(pattern(r, 8, 20'000), u"..x..x.."_s.left(8));
    }

    void probabilityIsRepeatable()
    {
        FaultRule r = rule(u"POST /Users"_s);
        r.frequency = FaultFrequency::Probability;
        r.probability = 0.3;
        r.seed = 7;
        const QString first = pattern(r, 200);
        QCOMPARE(pattern(r, 200), first); // the same seed, the same sequence
        const auto fired = first.count(u'x');
        QVERIFY2(fired > 30 && fired < 90, qPrintable(first)); // about 60 of 200
        r.seed = 8;
        QVERIFY(pattern(r, 200) != first);
    }

    void filters()
    {
        FaultInjector injector;
        FaultRule adds = rule(u"PATCH /Groups/*"_s);
        adds.operation = Operation::AddMembers;
        FaultRule named = rule(u"* /Users**"_s, 409);
        named.name = u"named"_s;
        named.namePattern = u"*@contoso.com"_s;
        named.idp = Idp::Entra;
        injector.setRules({adds, named});
        RequestRecord rename;
        rename.operation = Operation::RenameGroup;
        QVERIFY(!injector.decide(request("PATCH", u"/scim/v2/Groups/g"_s), rename));
        RequestRecord add;
        add.operation = Operation::AddMembers;
        QCOMPARE(injector.decide(request("PATCH", u"/scim/v2/Groups/g"_s), add)->name, adds.name);
        RequestRecord refused; // a refused request matches by what it attempted
        refused.operation = Operation::Rejected;
        refused.attemptedOperation = Operation::AddMembers;
        QVERIFY(injector.decide(request("PATCH", u"/scim/v2/Groups/g"_s), refused));

        RequestRecord user;
        user.target = u"Adele.Vance@CONTOSO.com"_s;
        user.idp = Idp::Okta;
        QVERIFY(!injector.decide(request("POST", u"/scim/v2/Users"_s), user)); // not from Entra
        RequestRecord refusedToken = user; // a request without a valid token keeps its 401
        refusedToken.idp = Idp::Entra;
        refusedToken.authFailure = u"unknown token"_s;
        QVERIFY(!injector.decide(request("POST", u"/scim/v2/Users"_s), refusedToken));
        user.idp = Idp::Entra;
        QCOMPARE(injector.decide(request("POST", u"/scim/v2/Users"_s), user)->name, u"named"_s);
        user.target = u"adele@fabrikam.com"_s;
        QVERIFY(!injector.decide(request("POST", u"/scim/v2/Users"_s), user));
    }

    void firstRuleThatFiresWins()
    {
        FaultRule once = rule(u"POST /Users"_s, 409);
        once.frequency = FaultFrequency::First;
        once.count = 1;
        FaultRule always = rule(u"* /**"_s, 500);
        always.name = u"always"_s;
        FaultInjector injector;
        injector.setRules({once, always});
        const HttpRequest req = request("POST", u"/scim/v2/Users"_s);
        QCOMPARE(injector.decide(req, RequestRecord())->status, 409);
        QCOMPARE(injector.decide(req, RequestRecord())->status, 500);
    }

    void unchangedRulesKeepTheirCount()
    {
        FaultRule first = rule(u"POST /Users"_s);
        first.frequency = FaultFrequency::First;
        first.count = 2;
        FaultInjector injector;
        injector.setRules({first});
        const HttpRequest req = request("POST", u"/scim/v2/Users"_s);
        QVERIFY(injector.decide(req, RequestRecord()));
        FaultRule other = rule(u"GET /Groups"_s);
        injector.setRules({other, first}); // the same rule, another place: its count stays
        QVERIFY(injector.decide(req, RequestRecord()));
        QVERIFY(!injector.decide(req, RequestRecord()));
        first.count = 3; // changed: counts afresh
        injector.setRules({first});
        QVERIFY(injector.decide(req, RequestRecord()));
    }

    void errorBodies()
    {
        FaultRule conflict = rule(u"POST /Users"_s, 409);
        conflict.name = u"dup"_s;
        const ScimError e = FaultInjector::errorOf(conflict);
        QCOMPARE(e.status, 409);
        QCOMPARE(e.scimType, u"uniqueness"_s);
        QVERIFY(e.detail.contains(u"\"dup\""_s));
        QCOMPARE(e.toJson().value("status"_L1).toString(), u"409"_s); // a string, RFC 7644 §3.12
        QVERIFY(FaultInjector::errorOf(rule(u"GET /Users"_s, 429)).scimType.isEmpty());
    }

    void everyKnownStatusHasAReasonPhrase()
    {
        for (int status = 100; status < 600; ++status)
            if (FaultRule::isKnownStatus(status)) {
                QVERIFY(status >= 400);
                QVERIFY2(ResponseWriter::reasonPhrase(status) != "Unknown", qPrintable(QString::number(status)));
            }
        QVERIFY(!FaultRule::isKnownStatus(200));
        QVERIFY(!FaultRule::isKnownStatus(299));
        QVERIFY(!FaultRule::isKnownStatus(599));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << u"name"_s;
        QTest::newRow("bad path") << u"path"_s;
        QTest::newRow("bad status") << u"status"_s;
        QTest::newRow("no action") << u"action"_s;
        QTest::newRow("retry-after without status") << u"retry"_s;
        QTest::newRow("zero count") << u"count"_s;
        QTest::newRow("probability above 1") << u"probability"_s;
        QTest::newRow("reset with status") << u"reset"_s;
        QTest::newRow("truncate before without status") << u"truncate"_s;
        QTest::newRow("control character in the name") << u"control"_s;
    }
    void validation()
    {
        QFETCH(QString, field);
        FaultRule r = rule(u"POST /Users"_s);
        QVERIFY(r.problem().isEmpty());
        if (field == "name"_L1)
            r.name.clear();
        else if (field == "path"_L1)
            r.pathGlob = u"Users"_s;
        else if (field == "status"_L1)
            r.status = 299;
        else if (field == "action"_L1)
            r.status = 0;
        else if (field == "retry"_L1) {
            r.status = 0;
            r.delayMs = 10;
            r.retryAfterSeconds = 5;
        } else if (field == "count"_L1) {
            r.frequency = FaultFrequency::Every;
            r.count = 0;
        } else if (field == "probability"_L1) {
            r.frequency = FaultFrequency::Probability;
            r.probability = 1.5;
        } else if (field == "reset"_L1) {
            r.drop = FaultDrop::Reset;
        } else if (field == "truncate"_L1) {
            r.status = 0;
            r.drop = FaultDrop::Truncate;
        } else if (field == "control"_L1) {
            r.name = u"two\nlines"_s;
        }
        QVERIFY(!r.problem().isEmpty());
        QVERIFY(!FaultRule::fromJson(r.toJson()));
    }

    void matchShape()
    {
        FaultRule r;
        QString error;
        QVERIFY(FaultRule::parseMatch(u" patch   /Groups/* "_s, r, &error));
        QCOMPARE(r.method, u"PATCH"_s);
        QCOMPARE(r.pathGlob, u"/Groups/*"_s);
        QVERIFY(!FaultRule::parseMatch(u"POST"_s, r, &error));
        QVERIFY(!FaultRule::parseMatch(u"FETCH /Users"_s, r, &error));
        QVERIFY(!FaultRule::parseMatch(u"POST Users"_s, r, &error));
        QVERIFY(!FaultRule::parseMatch(u"POST /Users?x=1"_s, r, &error));
        QVERIFY(error.contains(u"query"_s));
        QVERIFY(!error.isEmpty());
    }

    void jsonRoundTrip()
    {
        FaultRule r = rule(u"PATCH /Groups/*"_s, 429);
        r.retryAfterSeconds = 30;
        r.delayMs = 1500;
        r.phase = FaultPhase::After;
        r.frequency = FaultFrequency::Probability;
        r.probability = 0.25;
        r.seed = 18'000'000'000'000'000'000ULL; // beyond a double's exact integers
        r.operation = Operation::AddMembers;
        r.namePattern = u"Sales*"_s;
        r.idp = Idp::Okta;
        r.enabled = false;
        const auto back = FaultRule::fromJson(r.toJson());
        QVERIFY(back);
        QVERIFY(*back == r);
        QCOMPARE(back->seed, r.seed);
        QCOMPARE(r.actionText(), u"429 Too Many Requests (Retry-After 30 s), delay 1500 ms"_s);
    }

    void profilesAreValid()
    {
        QVERIFY(FaultProfiles::all().size() >= 5);
        for (const FaultProfile &p : FaultProfiles::all()) {
            QVERIFY(!p.rules.isEmpty());
            QVERIFY(!p.description.isEmpty());
            QStringList names;
            for (const FaultRule &r : p.rules) {
                QVERIFY2(r.problem().isEmpty(), qPrintable(p.key + u": "_s + r.problem()));
                QVERIFY(!names.contains(r.name.toLower()));
                names.append(r.name.toLower());
            }
        }
        QVERIFY(FaultProfiles::byKey(u"SLACK"_s));
        QVERIFY(!FaultProfiles::byKey(u"nope"_s));
        // AWS has no Bulk: its rule answers 501 to POST /Bulk, before anything changes.
        FaultInjector injector;
        injector.setRules(FaultProfiles::byKey(u"aws-iam-identity-center"_s)->rules);
        const auto bulk = injector.decide(request("POST", u"/scim/v2/Bulk"_s), RequestRecord());
        QVERIFY(bulk);
        QCOMPARE(bulk->status, 501);
        QCOMPARE(bulk->phase, FaultPhase::Before);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
