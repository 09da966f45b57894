// The request log's views in the SQLite store: keyset paging with filters (and the same answers
// from RequestFilter::matches for live records), counts, export iteration, retention in batches,
// provisioning cycles, per-minute traffic and the Overview's counts; and the pure parts they use
// (CycleTracker, LatencyHistogram, ProvisioningCycle::summary).

#include "model/latencyhistogram.h"
#include "service/cycletracker.h"
#include "support/testsupport.h"

#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QDateTime kStart(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

/// Record `n` (1-based) of a varied little log: users and groups, Entra and Okta, failures.
RequestRecord makeRecord(int n)
{
    RequestRecord r;
    r.time = kStart.addSecs(n * 10);
    r.client = n % 5 == 0 ? u"10.0.0.5"_s : u"127.0.0.1"_s;
    r.durationMs = n;
    r.tokenLabel = n % 2 ? u"Entra ID"_s : u"Okta"_s;
    r.idp = n % 7 == 0 ? Idp::Other : (n % 2 ? Idp::Entra : Idp::Okta);
    if (n % 3 == 0) {
        r.method = u"PATCH"_s;
        r.path = u"/scim/v2/Groups/g%1"_s.arg(n % 2);
        r.status = 204;
        r.operation = Operation::AddMembers;
        r.resourceType = u"Group"_s;
        r.resourceId = u"g%1"_s.arg(n % 2);
        r.target = u"Sales"_s;
        r.change.membersAdded = {u"u%1"_s.arg(n - 1), u"u%1"_s.arg(n - 2)};
    } else if (n % 4 == 0) {
        r.method = u"POST"_s;
        r.path = u"/scim/v2/Users"_s;
        r.status = 409;
        r.operation = Operation::Rejected;
        r.attemptedOperation = Operation::CreateUser;
        r.resourceType = u"User"_s;
        r.target = u"Dup.User@Contoso.com"_s;
    } else if (n % 11 == 0) {
        r.method = u"GET"_s;
        r.path = u"/scim/v2/Schemas"_s;
        r.status = 200;
        r.operation = Operation::Discovery;
    } else {
        r.method = u"PATCH"_s;
        r.path = u"/scim/v2/Users/u%1"_s.arg(n);
        r.status = 200;
        r.operation = Operation::DeactivateUser;
        r.resourceType = u"User"_s;
        r.resourceId = u"u%1"_s.arg(n);
        r.target = u"user%1@contoso.com"_s.arg(n);
        r.quirks = {Quirk{Quirk::Kind::BooleanAsString, {u"active"_s, u"False"_s, u"false"_s}}};
    }
    r.cycleId = n <= 15 ? 1 : 2;
    return r;
}

QList<qint64> idsOf(const QList<RequestRecord> &records)
{
    QList<qint64> out;
    for (const RequestRecord &r : records)
        out.append(r.id);
    return out;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 i = first; i <= last; ++i)
        out.append(i);
    return out;
}

} // namespace

class TestRequestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        m_store = std::make_unique<test::TempStore>();
        for (int n = 1; n <= 40; ++n) {
            RequestRecord r = makeRecord(n);
            r.id = (*m_store)->requestLog().append(r);
            QCOMPARE(r.id, qint64(n));
            m_records.append(r);
        }
    }

    void pagesByIdInBothDirections()
    {
        const RequestFilter all;
        QCOMPARE(idsOf((*m_store)->requestLog().page(all, 0, 0, 10)), range(31, 40));
        QCOMPARE(idsOf((*m_store)->requestLog().page(all, 31, 0, 10)), range(21, 30));
        QCOMPARE(idsOf((*m_store)->requestLog().page(all, 5, 0, 10)), range(1, 4));
        QCOMPARE(idsOf((*m_store)->requestLog().page(all, 0, 20, 5)), range(21, 25));
        QCOMPARE(idsOf((*m_store)->requestLog().page(all, 0, 38, 5)), range(39, 40));
        QVERIFY((*m_store)->requestLog().page(all, 0, 0, 0).isEmpty());
        QCOMPARE((*m_store)->requestLog().count(all), 40);

        // The columns of migration 0004 come back.
        const RequestRecord back = (*m_store)->requestLog().page(all, 0, 3, 1).value(0);
        QCOMPARE(back.id, 4);
        QCOMPARE(operationKey(back.attemptedOperation), u"Create user"_s);
        QCOMPARE(idpKey(back.idp), u"Okta"_s);
        QCOMPARE(back.cycleId, 1);
    }

    void filtersAgreeWithMatches_data()
    {
        QTest::addColumn<RequestFilter>("filter");
        QTest::addColumn<int>("expected");
        auto f = [](auto change) {
            RequestFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("text in target, any case") << f([](RequestFilter &x) { x.text = u"dup.user@contoso"_s; }) << 7;
        QTest::newRow("text in path") << f([](RequestFilter &x) { x.text = u"/GROUPS/"_s; }) << 13;
        QTest::newRow("text is a status") << f([](RequestFilter &x) { x.text = u"409"_s; }) << 7;
        QTest::newRow("text in attempted op") << f([](RequestFilter &x) { x.text = u"create user"_s; }) << 7;
        QTest::newRow("text in notes") << f([](RequestFilter &x) { x.text = u"\"false\""_s; }) << 18;
        QTest::newRow("text in client") << f([](RequestFilter &x) { x.text = u"10.0.0."_s; }) << 8;
        QTest::newRow("status 4xx") << f([](RequestFilter &x) { x.statusClasses = {4}; }) << 7;
        QTest::newRow("status 2xx or 5xx") << f([](RequestFilter &x) { x.statusClasses = {2, 5}; }) << 33;
        QTest::newRow("operations") << f([](RequestFilter &x) {
            x.operations = {Operation::AddMembers, Operation::Discovery};
        }) << 15;
        QTest::newRow("resource type Group") << f([](RequestFilter &x) { x.resourceType = u"Group"_s; }) << 13;
        QTest::newRow("resource type None")
            << f([](RequestFilter &x) { x.resourceType = RequestFilter::kNoResourceType; }) << 2;
        QTest::newRow("idp Entra") << f([](RequestFilter &x) { x.idp = Idp::Entra; }) << 17;
        QTest::newRow("idp Other (none stored)") << f([](RequestFilter &x) { x.idp = Idp::Other; }) << 5;
        QTest::newRow("time range") << f([](RequestFilter &x) {
            x.from = kStart.addSecs(100);
            x.to = kStart.addSecs(200);
        }) << 11;
        QTest::newRow("touching a member") << f([](RequestFilter &x) { x.touching = u"u7"_s; }) << 2;
        QTest::newRow("touching a group") << f([](RequestFilter &x) { x.touching = u"g1"_s; }) << 7;
        QTest::newRow("touching, not a prefix") << f([](RequestFilter &x) { x.touching = u"u1"_s; }) << 2;
        QTest::newRow("cycle") << f([](RequestFilter &x) { x.cycleId = 2; }) << 25;
        QTest::newRow("combined") << f([](RequestFilter &x) {
            x.statusClasses = {2};
            x.resourceType = u"User"_s;
            x.idp = Idp::Entra;
            x.text = u"contoso"_s;
        }) << 10;
    }

    void filtersAgreeWithMatches()
    {
        QFETCH(RequestFilter, filter);
        QFETCH(int, expected);
        QList<qint64> live;
        for (const RequestRecord &r : std::as_const(m_records))
            if (filter.matches(r))
                live.append(r.id);
        QCOMPARE(live.size(), expected);
        QCOMPARE((*m_store)->requestLog().count(filter), expected);
        QCOMPARE(idsOf((*m_store)->requestLog().page(filter, 0, 0, 100)), live);
        // Paging with the filter walks the same rows.
        if (live.size() > 2) {
            QCOMPARE(idsOf((*m_store)->requestLog().page(filter, live.last(), 0, 2)), live.mid(live.size() - 3, 2));
            QCOMPARE(idsOf((*m_store)->requestLog().page(filter, 0, live.first(), 2)), live.mid(1, 2));
        }
        QVERIFY(!filter.isEmpty());
    }

    void iteratesEverythingForExports()
    {
        test::TempStore store(u"iterate"_s);
        for (int n = 1; n <= 1203; ++n)
            QVERIFY(store->requestLog().append(makeRecord(n)) > 0);
        QList<qint64> seen;
        QVERIFY(store->requestLog().forEach({}, [&](const RequestRecord &r) {
            seen.append(r.id);
            return true;
        }));
        QCOMPARE(seen, range(1, 1203));
        // Stopping early.
        int visits = 0;
        QVERIFY(!store->requestLog().forEach({}, [&](const RequestRecord &) { return ++visits < 10; }));
        QCOMPARE(visits, 10);
        // With a time window.
        RequestFilter window;
        window.from = kStart.addSecs(10 * 1000);
        qint64 count = 0;
        QVERIFY(store->requestLog().forEach(window, [&](const RequestRecord &) { return ++count > 0; }));
        QCOMPARE(count, 204);
    }

    void prunesByRowsAndAgeInBatches()
    {
        test::TempStore store(u"prune"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int n = 1; n <= 100; ++n) {
            RequestRecord r = makeRecord(n);
            r.time = now.addDays(n <= 30 ? -40 : -1); // 30 old entries, 70 recent
            QVERIFY(store->requestLog().append(r) > 0);
        }
        ProvisioningCycle old;
        old.started = old.ended = now.addDays(-40);
        old.trigger = ProvisioningCycle::kTriggerFirst;
        QVERIFY(store->requestLog().saveCycle(old));
        ProvisioningCycle recent = old;
        recent.id = 0;
        recent.started = recent.ended = now.addDays(-1);
        QVERIFY(store->requestLog().saveCycle(recent));

        // Age: at most 20 per call; then the rest.
        QCOMPARE(store->requestLog().prune(now.addDays(-30), 0, 20), 20);
        QCOMPARE(store->requestLog().count(), 80);
        QCOMPARE(store->requestLog().prune(now.addDays(-30), 0, 20), 10);
        QCOMPARE(store->requestLog().count(), 70);
        QCOMPARE(store->requestLog().prune(now.addDays(-30), 0, 20), 0);
        QCOMPARE(store->requestLog().cycles(10).size(), 1); // the old cycle went with its entries
        QCOMPARE(store->requestLog().cycles(10).first().id, recent.id);

        // Rows: keep the newest 25, the oldest go first.
        QCOMPARE(store->requestLog().prune(QDateTime(), 25, 40), 40);
        QCOMPARE(store->requestLog().prune(QDateTime(), 25, 40), 5);
        QCOMPARE(store->requestLog().count(), 25);
        QCOMPARE(idsOf(store->requestLog().page({}, 0, 0, 100)), range(76, 100));
        QCOMPARE(store->requestLog().prune(QDateTime(), 25, 40), 0);
        QCOMPARE(store->requestLog().prune(QDateTime(), 0, 40), 0); // no limits: nothing goes
    }

    void storesCyclesTrafficAndCounts()
    {
        test::TempStore store(u"cycles"_s);
        ProvisioningCycle c;
        c.started = kStart;
        c.ended = kStart.addSecs(192);
        c.trigger = ProvisioningCycle::kTriggerTestConnection;
        c.idp = Idp::Entra;
        c.tokenLabel = u"Entra ID"_s;
        c.requests = 1234;
        c.created = 500;
        c.updated = 20;
        c.deactivated = 10;
        c.membersAdded = 390;
        c.membersRemoved = 10;
        c.failures = 2;
        QVERIFY(store->requestLog().saveCycle(c));
        QVERIFY(c.id > 0);
        c.deleted = 3;
        QVERIFY(store->requestLog().saveCycle(c));
        const auto cycles = store->requestLog().cycles(5);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles.first().deleted, 3);
        QCOMPARE(cycles.first().membersAdded, 390);
        QCOMPARE(cycles.first().started, kStart);
        // Every counter of the summary round-trips (the summary's text: tests/ui/tst_labels.cpp).
        QCOMPARE(cycles.first().created, 500);
        QCOMPARE(cycles.first().updated, 20);
        QCOMPARE(cycles.first().deactivated, 10);
        QCOMPARE(cycles.first().membershipChanges(), 400);
        QCOMPARE(cycles.first().failures, 2);
        QCOMPARE(cycles.first().durationMs(), 192'000);
        QCOMPARE(cycles.first().trigger, ProvisioningCycle::kTriggerTestConnection);
        QCOMPARE(cycles.first().idp, Idp::Entra);
        // Without --receiver-name, the cycle names the machine's receiver.
        QCOMPARE(cycles.first().receiver, QSysInfo::machineHostName());

        TrafficMinute m;
        m.minute = kStart.addSecs(61); // stored as the minute it falls in
        m.requests = 10;
        m.failures = 1;
        for (int i = 1; i <= 10; ++i)
            m.latency.add(i);
        QVERIFY(store->requestLog().saveTrafficMinute(m));
        m.requests = 11;
        QVERIFY(store->requestLog().saveTrafficMinute(m)); // replaces
        const auto minutes = store->requestLog().traffic(kStart);
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(minutes.first().minute, kStart.addSecs(60));
        QCOMPARE(minutes.first().requests, 11);
        QCOMPARE(minutes.first().latency.count(), 10);
        QVERIFY(store->requestLog().traffic(kStart.addSecs(120)).isEmpty());

        const OverviewCounts counts = store->browse().overviewCounts(QDateTime::currentDateTimeUtc());
        QCOMPARE(counts.users, 0);
        QCOMPARE(counts.tokens, 0);
        QCOMPARE(counts.requests, 0);
    }

    void trackerStartsCyclesOnTestConnectionAndGaps()
    {
        CycleTracker tracker(600);
        auto req = [](int secs, const QString &op, int status = 200) {
            RequestRecord r;
            r.time = kStart.addSecs(secs);
            r.operation = operationFromKey(op);
            r.status = status;
            r.idp = Idp::Entra;
            r.tokenLabel = u"Entra ID"_s;
            return r;
        };
        QVERIFY(tracker.add(req(0, u"Test Connection"_s)));
        QCOMPARE(tracker.current()->trigger, ProvisioningCycle::kTriggerTestConnection);
        QVERIFY(!tracker.add(req(1, u"Test Connection"_s))); // the group probe: same cycle
        QVERIFY(!tracker.add(req(5, u"Lookup user"_s)));
        RequestRecord create = req(6, u"Create user"_s, 201);
        QVERIFY(!tracker.add(create));
        RequestRecord members = req(7, u"Add members"_s, 204);
        members.change.membersAdded = {u"a"_s, u"b"_s};
        QVERIFY(!tracker.add(members));
        QVERIFY(!tracker.add(req(8, u"Rejected"_s, 409)));
        QVERIFY(!tracker.add(req(9, u"Deactivate user"_s)));
        ProvisioningCycle first = *tracker.current();
        QCOMPARE(first.requests, 7);
        QCOMPARE(first.testConnections, 2);
        QCOMPARE(first.lookups, 1);
        QCOMPARE(first.created, 1);
        QCOMPARE(first.membersAdded, 2);
        QCOMPARE(first.failures, 1);
        QCOMPARE(first.deactivated, 1);
        QCOMPARE(first.durationMs(), 9000);
        QCOMPARE(idpKey(first.idp), u"Entra"_s);

        // A Test Connection after other requests starts a new cycle.
        QVERIFY(tracker.add(req(20, u"Test Connection"_s)));
        // Less than the gap later: same cycle; a gap: a new one.
        QVERIFY(!tracker.add(req(20 + 599, u"Lookup user"_s)));
        QVERIFY(tracker.add(req(20 + 599 + 600, u"Lookup user"_s)));
        QCOMPARE(tracker.current()->trigger, ProvisioningCycle::kTriggerQuietGap);
        QVERIFY(tracker.current()->isRunning(kStart.addSecs(1300), 600));
        QVERIFY(!tracker.current()->isRunning(kStart.addSecs(1219 + 600), 600));

        // After a restart the stored cycle continues.
        CycleTracker again(600);
        again.resume(first);
        QVERIFY(!again.add(req(30, u"Update user"_s)));
        QCOMPARE(again.current()->updated, 1);
        QCOMPARE(again.current()->requests, 8);
    }

    void histogramPercentiles()
    {
        LatencyHistogram h;
        QCOMPARE(h.percentile(0.5), 0.0);
        for (int i = 1; i <= 1000; ++i)
            h.add(i / 10.0); // 0.1 … 100 ms, uniform
        QCOMPARE(h.count(), 1000);
        QVERIFY2(qAbs(h.percentile(0.5) - 50.0) < 5.0, qPrintable(QString::number(h.percentile(0.5))));
        QVERIFY2(qAbs(h.percentile(0.95) - 95.0) < 9.0, qPrintable(QString::number(h.percentile(0.95))));
        QVERIFY(h.percentile(1.0) >= 95.0 && h.percentile(1.0) <= 110.0);
        const LatencyHistogram back = LatencyHistogram::fromText(h.toText());
        QCOMPARE(back.count(), 1000);
        QCOMPARE(back.percentile(0.95), h.percentile(0.95));
        LatencyHistogram merged = back;
        merged.merge(LatencyHistogram::fromText(u"garbage,5:x,-1:3,2:2"_s));
        QCOMPARE(merged.count(), 1002);
    }

    void keepsTheSimulationRun()
    {
        // Migration 0008: a simulated request keeps its run id; real traffic (and every row stored
        // before the column existed) reads back as NULL, i.e. not simulated.
        RequestRecord simulated = makeRecord(1);
        simulated.simulationRun = u"5f0c2a7e-run"_s;
        (*m_store)->requestLog().append(simulated);
        QCOMPARE((*m_store)->requestLog().recent(1).first().simulationRun, u"5f0c2a7e-run"_s);
        (*m_store)->requestLog().append(makeRecord(2));
        QVERIFY((*m_store)->requestLog().recent(1).first().simulationRun.isEmpty());
    }

private:
    std::unique_ptr<test::TempStore> m_store;
    QList<RequestRecord> m_records;
};

QTEST_GUILESS_MAIN(TestRequestLogStore)
#include "tst_requestlogstore.moc"
