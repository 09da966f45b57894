// The simulator against a test double that answers wrongly on purpose: 429 with and without
// Retry-After on creates, 500 on a member PATCH, 409 on a create, 404 on a known id, silence,
// a refused token, a server that is not SCIM, an unreachable port. The simulator retries and
// escrows as idp-behaviour.md §2 describes, and its provisioning log shows Entra's codes.

#include "scimdouble.h"
#include "simulatortesthelpers.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace scimmon;
using namespace scimmon::test;

class TestSimulatorFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString statePath(const QString &name) const { return m_dir.filePath(name + u".json"_s); }
    static Simulator::Target targetOf(const ScimDouble &d, const QByteArray &token = "double-token")
    {
        return {d.tenantUrl(), token, false, {}};
    }

private Q_SLOTS:
    void retriesAfterRetryAfterAndEscrowsTheRest()
    {
        ScimDouble d;
        int userPosts = 0;
        bool memberPatchFailed = false;
        d.fault = [&](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            if (r.method == "POST" && r.path.endsWith(u"/Users"_s)) {
                ++userPosts;
                if (userPosts == 1) // the first create: 429 with Retry-After 0, then it goes through
                    return DoubleAnswer{429, {}, {{"Retry-After", "0"}}, false, {}};
                if (r.json().value("userName"_L1).toString().contains(u".2@"_s)) // the third user: 429, no Retry-After
                    return DoubleAnswer{429, {}, {}, false, {}};
            }
            if (r.method == "PATCH" && r.path.contains(u"/Groups/"_s) && r.body.contains("\"members\"")
                && !memberPatchFailed) {
                memberPatchFailed = true;
                return DoubleAnswer{500, {{u"detail"_s, u"database busy"_s}}, {}, false, {}};
            }
            return std::nullopt;
        };
        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 4, 1, 3);
        const SimulationReport first = runCycle(sim, options, targetOf(d), statePath(u"escrow"_s));
        QCOMPARE(first.outcome, SimulationReport::Outcome::Completed);
        QCOMPARE(first.exitCode(), 1);

        const auto users = entries(first, u"User"_s, QString());
        // The first user: a 429 honoured, the same POST again, created.
        const ProvisioningLogEntry &retried = users.first();
        QCOMPARE(retried.status, u"Success"_s);
        QCOMPARE(retried.requests.size(), 3); // match, 429, 201
        QCOMPARE(retried.requests.at(1).status, 429);
        QCOMPARE(retried.requests.at(2).status, 201);
        QCOMPARE(retried.requests.at(2).attempt, 2);
        // The third user: TooManyRequests without Retry-After, escrowed.
        const auto failed = entries(first, u"User"_s, u"Failure"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().errorCode, u"TooManyRequests"_s);
        QVERIFY(failed.first().escrowed);
        QVERIFY(failed.first().errorDetail.contains(u"without Retry-After"_s));
        // The member PATCH: InternalServerError, a reference failure, escrowed.
        const auto groups = entries(first, u"Group"_s, u"Failure"_s);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().errorCode, u"InternalServerError"_s);
        QVERIFY(groups.first().referenceFailure);
        QVERIFY(groups.first().errorDetail.contains(u"database busy"_s));
        QVERIFY(!first.quarantine.quarantined);
        // The escrow is kept in the state file.
        QCOMPARE(sim.state().directory.users().at(2).escrow.errorCode, u"TooManyRequests"_s);
        QVERIFY(sim.state().directory.users().at(2).escrow.nextRetry > QDateTime::currentDateTimeUtc());

        // The next cycle retries what is escrowed, and only that.
        d.fault = nullptr;
        d.received.clear();
        Simulator again;
        const SimulationReport second = runCycle(again, options, targetOf(d), statePath(u"escrow"_s));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(d.count("POST", u"/Users"_s), 1);
        const auto recreated = entries(second, u"User"_s, u"Success"_s);
        QVERIFY(!recreated.isEmpty());
        QCOMPARE(recreated.first().retryCount, 1);
        QCOMPARE(recreated.first().action, u"Create"_s);
        const auto group = entries(second, u"Group"_s, u"Success"_s);
        QCOMPARE(group.size(), 1);
        QCOMPARE(group.first().retryCount, 1);
        const QJsonObject stored = d.groups.value(group.first().targetId);
        QCOMPARE(stored.value("members"_L1).toArray().size(), 3);
        QVERIFY(!again.state().directory.groups().first().escrow.active());
    }

    void conflictOnCreateIsFollowedByAMatch()
    {
        ScimDouble d;
        bool hidden = true;
        d.fault = [&](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            // The first lookup misses the existing user (as when uniqueness is on another attribute).
            if (r.method == "GET" && r.query(u"filter"_s).contains(u".0@"_s) && hidden) {
                hidden = false;
                return DoubleAnswer{
                    200, QJsonObject{{u"totalResults"_s, 0}, {u"Resources"_s, QJsonArray()}}, {}, false, {}};
            }
            return std::nullopt;
        };
        const auto dir = SimulatedDirectory::generate(1, 0, 0, 20261205, u"contoso.example"_s);
        d.users.insert(u"existing"_s,
                       QJsonObject{{u"id"_s, u"existing"_s}, {u"userName"_s, dir.users().first().userPrincipalName}});
        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 1, 0, 0);
        const SimulationReport report = runCycle(sim, options, targetOf(d), statePath(u"conflict"_s));
        const auto failed = entries(report, u"User"_s, u"Failure"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().errorCode, u"EntryConflict"_s);
        QCOMPARE(failed.first().requests.constLast().method, u"GET"_s); // Entra's match after the conflict
        QCOMPARE(sim.state().directory.users().first().targetId, u"existing"_s);
        // The next cycle updates the matched user instead of creating it again.
        Simulator next;
        const SimulationReport second = runCycle(next, options, targetOf(d), statePath(u"conflict"_s));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(d.count("POST", u"/Users"_s), 1);
        QCOMPARE(d.count("PATCH", u"/Users/existing"_s), 1);
    }

    void notFoundOnAKnownIdIsInvalidAnchor()
    {
        ScimDouble d;
        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 3, 0, 0);
        QCOMPARE(runCycle(sim, options, targetOf(d), statePath(u"anchor"_s)).exitCode(), 0);
        d.fault = [](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            if (r.method == "PATCH")
                return DoubleAnswer{404, {}, {}, false, {}};
            return std::nullopt;
        };
        options.cycle = SimulationCycle::Incremental;
        Simulator next;
        const SimulationReport report = runCycle(next, options, targetOf(d), statePath(u"anchor"_s));
        const auto failed = entries(report, u"User"_s, u"Failure"_s);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().errorCode, u"InvalidAnchor"_s);
        // The object connection is dropped: the next cycle matches again.
        const SimulatedUser *u = next.state().directory.user(failed.first().sourceId);
        QVERIFY(u);
        QVERIFY(u->targetId.isEmpty());
    }

    void silenceIsATimeout()
    {
        ScimDouble d;
        d.fault = [](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            if (r.method == "POST" && r.path.endsWith(u"/Groups"_s))
                return DoubleAnswer{200, {}, {}, true, {}};
            return std::nullopt;
        };
        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 1, 1, 1);
        options.timeoutMs = 300;
        const SimulationReport report = runCycle(sim, options, targetOf(d), statePath(u"timeout"_s));
        const auto failed = entries(report, u"Group"_s, u"Failure"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().errorCode, u"Timeout"_s);
        QVERIFY(failed.first().requests.constLast().timedOut);
        QVERIFY(failed.first().escrowed);
    }

    void refusedTokenAbortsLikeTestConnection()
    {
        ScimDouble d;
        Simulator sim;
        const SimulationReport report = runCycle(sim, quickOptions(Idp::Entra, SimulationCycle::Initial, 2, 0, 0),
                                                 targetOf(d, "wrong"), statePath(u"token"_s));
        QCOMPARE(report.outcome, SimulationReport::Outcome::Aborted);
        QCOMPARE(report.exitCode(), 2);
        QVERIFY(report.message.contains(u"invalid credentials"_s));
        QVERIFY(report.quarantine.quarantined);
        QCOMPARE(d.received.size(), 1); // nothing after the refused probe
        QCOMPARE(report.entries.first().errorCode, u"Unauthorized"_s);
    }

    void aServerThatIsNotScimIsRefused()
    {
        ScimDouble d;
        d.fault = [](const DoubleRequest &) -> std::optional<DoubleAnswer> {
            return DoubleAnswer{200, {}, {}, false, "<html>welcome</html>"};
        };
        Simulator sim;
        const SimulationReport report = runCycle(
            sim, quickOptions(Idp::Entra, SimulationCycle::TestConnection, 1, 0, 0), targetOf(d), statePath(u"html"_s));
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.entries.first().errorCode, u"SystemForCrossDomainIdentityManagementServiceIncompatible"_s);
    }

    void notFoundOnAFilterQueryQuarantines()
    {
        ScimDouble d;
        d.fault = [](const DoubleRequest &r) -> std::optional<DoubleAnswer> {
            if (r.path.endsWith(u"/Groups"_s))
                return DoubleAnswer{404, {}, {}, false, {}};
            return std::nullopt;
        };
        Simulator sim;
        const SimulationReport report
            = runCycle(sim, quickOptions(Idp::Entra, SimulationCycle::TestConnection, 1, 0, 0), targetOf(d),
                       statePath(u"compliance"_s));
        QCOMPARE(report.exitCode(), 2);
        QVERIFY(report.quarantine.quarantined);
        QVERIFY(report.quarantine.reason.contains(u"compliance"_s));
    }

    void unreachableTarget()
    {
        Simulator sim;
        Simulator::Target target{QUrl(u"http://127.0.0.1:1/scim/v2"_s), "x", false, {}};
        const SimulationReport report
            = runCycle(sim, quickOptions(Idp::Okta, SimulationCycle::Initial, 1, 0, 0), target, statePath(u"closed"_s));
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.entries.first().errorCode, u"ConnectionFailed"_s);
        QVERIFY(report.message.contains(u"Failed to connect"_s));
    }

    void oktaImportsPageByPage()
    {
        ScimDouble d;
        for (int i = 0; i < 250; ++i)
            d.users.insert(
                u"u%1"_s.arg(i, 3, 10, QChar(u'0')),
                QJsonObject{{u"id"_s, u"u%1"_s.arg(i, 3, 10, QChar(u'0'))}, {u"userName"_s, u"x%1"_s.arg(i)}});
        Simulator sim;
        const SimulationReport report = runCycle(sim, quickOptions(Idp::Okta, SimulationCycle::Initial, 2, 0, 0),
                                                 targetOf(d), statePath(u"import"_s));
        QCOMPARE(report.exitCode(), 0);
        QStringList pages;
        for (const DoubleRequest &r : std::as_const(d.received))
            if (r.method == "GET" && r.path.endsWith(u"/Users"_s) && r.query(u"filter"_s).isEmpty())
                pages.append(QString::fromLatin1(r.rawQuery));
        QCOMPARE(pages,
                 (QStringList{u"startIndex=1&count=2"_s, u"startIndex=1&count=100"_s, u"startIndex=101&count=100"_s,
                              u"startIndex=201&count=100"_s}));
        const auto imports = entries(report, u"Import"_s, u"Success"_s);
        QCOMPARE(imports.size(), 1);
        QVERIFY(imports.first().steps.first().detail.contains(u"250 of 250"_s));
        // Every request carries Okta's User-Agent and the simulation header.
        for (const DoubleRequest &r : std::as_const(d.received)) {
            QCOMPARE(r.header("user-agent"), QByteArray("Okta SCIM Client 1.0.0"));
            QCOMPARE(r.header("x-scim-monitor-simulation"), sim.runId().toLatin1());
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulatorfaults.moc"
