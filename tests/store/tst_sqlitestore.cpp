// The SQLite store: migrations, indexed lookups, memberships, tokens, the request log, durability.

#include "store/sql/migrator.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

namespace {

Resource makeUser(const QString &id, const QString &userName, const QString &email = QString())
{
    Resource r;
    r.id = id;
    r.data = obj(R"({"active":true})");
    r.data.insert(u"userName"_s, userName);
    r.data.insert(u"externalId"_s, QString(u"ext-"_s + id));
    if (!email.isEmpty())
        r.data.insert(u"emails"_s, QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, email}}});
    r.created = r.lastModified = QDateTime::currentDateTimeUtc();
    return r;
}

Resource makeGroup(const QString &id, const QString &name)
{
    Resource r;
    r.id = id;
    r.data.insert(u"displayName"_s, name);
    r.created = r.lastModified = QDateTime::currentDateTimeUtc();
    return r;
}

QStringList ids(const QList<Resource> &rs)
{
    QStringList out;
    for (const auto &r : rs)
        out.append(r.id);
    return out;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesOnceAndRecordsVersion()
    {
        test::TempStore store;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(store.config().sqlitePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT MAX(version) FROM schema_migrations"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(u"sqlite"_s));
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            // running the migrations again is a no-op
            QString error;
            QVERIFY2(Migrator::migrate(db, u"sqlite"_s, &error), qPrintable(error));
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(u"sqlite"_s));
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void indexedLookups()
    {
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::User,
                                          makeUser(u"u1"_s, u"Alice@Contoso.com"_s, u"alice@contoso.com"_s)));
        QVERIFY(store->resources().insert(ResourceKind::User,
                                          makeUser(u"u2"_s, u"bob@contoso.com"_s, u"BOB@contoso.com"_s)));
        auto find = [&](IndexedField f, const QString &v, const QString &type = QString()) {
            ResourceQuery q;
            q.conditions.append({f, v, type});
            return ids(store->resources().find(ResourceKind::User, q));
        };
        QCOMPARE(find(IndexedField::Name, u"alice@contoso.COM"_s), QStringList{u"u1"_s});
        QCOMPARE(find(IndexedField::ExternalId, u"ext-u2"_s), QStringList{u"u2"_s});
        QCOMPARE(find(IndexedField::ExternalId, u"EXT-U2"_s), QStringList{});
        QCOMPARE(find(IndexedField::Id, u"u2"_s), QStringList{u"u2"_s});
        QCOMPARE(find(IndexedField::Email, u"bob@contoso.com"_s, u"work"_s), QStringList{u"u2"_s});
        QCOMPARE(find(IndexedField::Email, u"bob@contoso.com"_s, u"home"_s), QStringList{});
        QCOMPARE(store->resources().idForName(ResourceKind::User, u"ALICE@contoso.com"_s), u"u1"_s);

        ResourceQuery page;
        page.offset = 1;
        page.limit = 5;
        QCOMPARE(ids(store->resources().find(ResourceKind::User, page)), QStringList{u"u2"_s});
        QCOMPARE(store->resources().count(ResourceKind::User, ResourceQuery{}), 2);
    }

    void lookupsUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::newRow("userName") << u"SELECT id FROM scim_users WHERE user_name_folded = 'x'"_s
                                  << u"user_name_folded"_s;
        QTest::newRow("externalId") << u"SELECT id FROM scim_users WHERE external_id = 'x'"_s
                                    << u"scim_users_external_id"_s;
        QTest::newRow("group displayName")
            << u"SELECT id FROM scim_groups WHERE display_name_folded = 'x'"_s << u"display_name_folded"_s;
        QTest::newRow("work email")
            << u"SELECT user_seq FROM user_emails WHERE value_folded = 'x' AND type_folded = 'work'"_s
            << u"user_emails_value"_s;
        QTest::newRow("member") << u"SELECT group_seq FROM memberships WHERE member_id = 'x'"_s
                                << u"memberships_member"_s;
    }

    void lookupsUseIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        test::TempStore store;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(store.config().sqlitePath);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN "_s + sql));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(u"USING"_s) && plan.contains(index), qPrintable(plan));
            QVERIFY2(!plan.contains(u"SCAN"_s), qPrintable(plan));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"plan"_s);
    }

    void uniqueNameIsAConflict()
    {
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"alice"_s)));
        QVERIFY(!store->resources().insert(ResourceKind::User, makeUser(u"u2"_s, u"ALICE"_s)));
        QCOMPARE(store->lastError().kind, StoreError::Kind::Conflict);
        QCOMPARE(store->resources().count(ResourceKind::User, ResourceQuery{}), 1);
    }

    void membershipsAndCascades()
    {
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"a"_s)));
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u2"_s, u"b"_s)));
        QVERIFY(store->resources().insert(ResourceKind::Group, makeGroup(u"g1"_s, u"Sales"_s)));
        QCOMPARE(store->resources().addMembers(u"g1"_s, {{u"u1"_s, u"User"_s, {}}, {u"u2"_s, u"User"_s, {}}}), 2);
        QCOMPARE(store->resources().addMembers(u"g1"_s, {{u"u1"_s, u"User"_s, {}}}), 0); // already there
        QCOMPARE(store->resources().memberCount(u"g1"_s), 2);
        const auto members = store->resources().members(u"g1"_s);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].display, u"a"_s);
        QCOMPARE(store->resources().groupsOf({u"u1"_s}).value(u"u1"_s).value(0).display, u"Sales"_s);
        QCOMPARE(store->resources().memberTypes({u"u1"_s, u"g1"_s, u"nope"_s}).size(), 2);
        QCOMPARE(store->resources().removeMembers(u"g1"_s, {u"u1"_s, u"absent"_s}), 1);
        // deleting a user removes it from its groups
        QVERIFY(store->resources().remove(ResourceKind::User, u"u2"_s));
        QCOMPARE(store->resources().memberCount(u"g1"_s), 0);
        QVERIFY(!store->resources().remove(ResourceKind::User, u"u2"_s));
        QCOMPARE(store->lastError().kind, StoreError::Kind::NotFound);
    }

    void rollbackLeavesNothing()
    {
        test::TempStore store;
        QVERIFY(store->begin());
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"a"_s)));
        store->rollback();
        QVERIFY(!store->resources().resource(ResourceKind::User, u"u1"_s));
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto s = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"first"_s, &error);
            QVERIFY(s);
            QVERIFY(s->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"a"_s)));
            RequestRecord r;
            r.time = QDateTime::currentDateTimeUtc();
            r.client = u"127.0.0.1"_s;
            r.method = u"GET"_s;
            r.path = u"/scim/v2/Users"_s;
            r.status = 200;
            r.operation = Operation::LookupUser;
            r.quirks = Quirk::fromText(u"one\ntwo"_s);
            r.change.before = QJsonObject{{u"active"_s, true}};
            r.change.after = QJsonObject{{u"active"_s, false}};
            for (int i = 0; i < 1500; ++i)
                r.change.membersAdded.append(u"m%1"_s.arg(i));
            QVERIFY(s->requestLog().append(r) > 0);
        }
        auto s = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"second"_s, &error);
        QVERIFY(s);
        QVERIFY(s->resources().resource(ResourceKind::User, u"u1"_s));
        const auto log = s->requestLog().recent(10);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].operation, Operation::LookupUser);
        QCOMPARE(test::quirkTexts(log[0].quirks), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(log[0].change.after.value("active"_L1), QJsonValue(false));
        QCOMPARE(log[0].change.membersAdded.size(), 1000); // the stored list is cut...
        QCOMPARE(log[0].change.membersAddedCount, 1500); // ...the count is exact
    }

    void unopenableDatabaseGivesAClearError()
    {
        QString error;
        auto s = StoreFactory::open(StoreConfig{u"sqlite"_s, u"/proc/forbidden/scim.db"_s}, u"bad"_s, &error);
        QVERIFY(!s);
        QVERIFY2(error.contains(u"/proc/forbidden"_s), qPrintable(error));
        auto unknown = StoreFactory::open(StoreConfig{u"oracle"_s, QString()}, u"bad2"_s, &error);
        QVERIFY(!unknown);
        QVERIFY(error.contains(u"oracle"_s));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
