// The watcher of a shared store's request log (StoreWatcher): rows committed by other connections
// (other receivers) reach it, each once and in id order, with the name of the receiver that wrote
// them; rows stored before it started are not repeated; on PostgreSQL commits are announced
// (LISTEN/NOTIFY), so rows arrive before the first backstop poll, and a row whose transaction
// commits after a later one's is still delivered.

#include "store/storefactory.h"
#include "store/storewatcher.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

void append(Store &store, const QStringList &targets)
{
    QVERIFY(store.begin());
    for (const QString &target : targets)
        QVERIFY(store.requestLog().append(test::createUserRecord(target)) > 0);
    QVERIFY(store.commit());
}

/// What a watcher reported, collected on the test's thread (its signals come from its own
/// thread and are queued here).
struct Collected
{
    QList<RequestRecord> rows;
    QList<bool> watching;
    QStringList failures;

    Collected(StoreWatcher &watcher, QObject *context)
    {
        QObject::connect(&watcher, &StoreWatcher::requestsArrived, context,
                         [this](const QList<RequestRecord> &records) { rows += records; });
        QObject::connect(&watcher, &StoreWatcher::watching, context,
                         [this](bool notified) { watching.append(notified); });
        QObject::connect(&watcher, &StoreWatcher::failed, context, [this](const QString &e) { failures.append(e); });
    }
};

QStringList targetsOf(const QList<RequestRecord> &records)
{
    QStringList out;
    for (const RequestRecord &r : records)
        out.append(r.target);
    return out;
}

} // namespace

class TestStoreWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        qRegisterMetaType<QList<RequestRecord>>();
    }

    void followsRowsOfOtherReceivers()
    {
        test::TempStore store;
        append(*store, {u"before@contoso.com"_s});
        StoreWatcher watcher(store.config());
        Collected seen(watcher, this);
        watcher.start();
        QTRY_COMPARE(seen.watching.size(), 1);
        // PostgreSQL announces commits; SQLite is polled.
        QCOMPARE(seen.watching.at(0), test::onPostgresql());
        QTest::qWait(200); // the watcher has read its starting point

        auto r1 = store.openAs(u"receiver-1"_s, u"r1"_s);
        auto r2 = store.openAs(u"receiver-2"_s, u"r2"_s);
        append(*r1, {u"a@contoso.com"_s, u"b@contoso.com"_s});
        append(*r2, {u"c@contoso.com"_s});
        // Announced commits arrive long before the backstop poll; polled ones within a poll or two.
        const int wait = test::onPostgresql() ? StoreWatcher::kBackstopMs - 1000 : 3 * StoreWatcher::kPollMs;
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.size(), 3, wait);
        const QList<RequestRecord> got = seen.rows;
        QCOMPARE(targetsOf(got), (QStringList{u"a@contoso.com"_s, u"b@contoso.com"_s, u"c@contoso.com"_s}));
        QCOMPARE(got.at(0).receiver, u"receiver-1"_s);
        QCOMPARE(got.at(2).receiver, u"receiver-2"_s);
        QVERIFY(got.at(0).id < got.at(1).id && got.at(1).id < got.at(2).id);

        // Nothing twice, nothing from before the start.
        append(*r2, {u"d@contoso.com"_s});
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.size(), 4, wait);
        QTest::qWait(2 * StoreWatcher::kPollMs);
        QCOMPARE(targetsOf(seen.rows).count(u"d@contoso.com"_s), 1);
        QVERIFY(!targetsOf(seen.rows).contains(u"before@contoso.com"_s));
        QVERIFY2(seen.failures.isEmpty(), qPrintable(seen.failures.join(u'\n')));
    }

    void rowCommittedLateIsNotMissed()
    {
        if (!test::onPostgresql())
            QSKIP("SQLite has one writer at a time: transactions cannot commit out of id order");
        test::TempStore store;
        StoreWatcher watcher(store.config());
        Collected seen(watcher, this);
        watcher.start();
        QTRY_COMPARE(seen.watching.size(), 1);
        QTest::qWait(200); // the watcher has read its starting point

        auto slow = store.openAs(u"slow"_s, u"slow"_s);
        auto fast = store.openAs(u"fast"_s, u"fast"_s);
        // The slow receiver takes the lower id but commits last. Its transaction holds the store's
        // write lock, so the fast one writes outside a transaction of its own.
        QVERIFY(slow->begin());
        QVERIFY(slow->requestLog().append(test::createUserRecord(u"slow@contoso.com"_s)) > 0);
        QVERIFY(fast->requestLog().append(test::createUserRecord(u"fast@contoso.com"_s)) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.size(), 1, 3000);
        QCOMPARE(seen.rows.at(0).target, u"fast@contoso.com"_s);
        QVERIFY(slow->commit());
        QTRY_COMPARE_WITH_TIMEOUT(seen.rows.size(), 2, 3000);
        QCOMPARE(seen.rows.at(1).target, u"slow@contoso.com"_s);
        QVERIFY(seen.rows.at(1).id < seen.rows.at(0).id);
    }

    void unreachableStoreIsReported()
    {
        if (!test::onPostgresql())
            QSKIP("a PostgreSQL server that does not answer");
        QString error;
        auto config = StoreConfig::fromUrl(u"postgresql://nobody@127.0.0.1:1/none"_s, &error);
        QVERIFY(config);
        StoreWatcher watcher(*config);
        Collected seen(watcher, this);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 8000);
        QVERIFY2(seen.failures.at(0).contains(u"127.0.0.1"_s), qPrintable(seen.failures.at(0)));
        QVERIFY(seen.watching.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreWatcher)
#include "tst_storewatcher.moc"
