// The store on the backend of the test run (SQLite, or PostgreSQL with SCIMMON_TEST_BACKEND and
// SCIMMON_TEST_PG; see support/tempstore.h): migrations, indexed lookups, memberships, the unique
// names under concurrent writers, the request log, durability, and the store URL.

#include "store/postgresql/postgresqldialect.h"
#include "store/sql/migrator.h"
#include "store/sqlite/sqlitedialect.h"
#include "support/testsupport.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

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

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SCIMMON_REQUIRE_STORE_BACKEND(); }

    void migratesOnceAndRecordsVersion()
    {
        test::TempStore store;
        const QString backend = store.config().backend;
        {
            QSqlDatabase db = store.rawConnection(u"inspect"_s);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT MAX(version) FROM schema_migrations"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(backend));
            q.finish();
            if (backend == "sqlite"_L1) {
                QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), u"wal"_s);
                q.finish();
            }
            // running the migrations again is a no-op
            QString error;
            const SqliteDialect sqlite;
            const PostgresqlDialect postgresql;
            const SqlDialect &dialect = backend == "sqlite"_L1 ? static_cast<const SqlDialect &>(sqlite) : postgresql;
            QVERIFY2(Migrator::migrate(db, backend, dialect, &error), qPrintable(error));
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(backend));
            // A database written by a newer version is refused, and left as it is.
            QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, applied) VALUES (9999, 'later')"_s));
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        QString error;
        QVERIFY(!StoreFactory::open(store.config(), u"newer"_s, &error));
        QVERIFY2(error.contains(u"newer version of scim-monitor"_s) && error.contains(u"9999"_s), qPrintable(error));
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

    void updatesWriteTheChangedColumnsAndKeepTheRest()
    {
        // An update writes only the indexed columns whose value changed (and the emails only
        // when they differ): what it leaves must still be found, what it changed only anew.
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"ann@contoso.com"_s, u"ann@x.com"_s)));
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u2"_s, u"ben@contoso.com"_s)));
        auto find = [&](IndexedField f, const QString &v, const QString &type = QString()) {
            ResourceQuery q;
            q.conditions.append({f, v, type});
            return ids(store->resources().find(ResourceKind::User, q));
        };
        Resource r = store->resources().resource(ResourceKind::User, u"u1"_s).value();
        r.data.insert(u"displayName"_s, u"Ann Example"_s);
        r.version = 2;
        QVERIFY(store->resources().update(ResourceKind::User, r));
        QCOMPARE(find(IndexedField::Email, u"ANN@x.com"_s, u"work"_s), QStringList{u"u1"_s});
        QCOMPARE(find(IndexedField::ExternalId, u"ext-u1"_s), QStringList{u"u1"_s});
        QCOMPARE(find(IndexedField::DisplayName, u"ann example"_s), QStringList{u"u1"_s});

        // Two emails, then another one: the old ones are gone from the index.
        r.data.insert(u"emails"_s,
                      QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"a1@x.com"_s}},
                                 QJsonObject{{u"value"_s, u"a2@x.com"_s}}});
        r.data.remove(u"externalId"_s);
        QVERIFY(store->resources().update(ResourceKind::User, r));
        QCOMPARE(find(IndexedField::Email, u"ann@x.com"_s, u"work"_s), QStringList{});
        QCOMPARE(find(IndexedField::Email, u"a1@x.com"_s, u"work"_s), QStringList{u"u1"_s});
        QCOMPARE(find(IndexedField::Email, u"a2@x.com"_s), QStringList{u"u1"_s});
        QCOMPARE(find(IndexedField::ExternalId, u"ext-u1"_s), QStringList{});
        r.data.insert(u"emails"_s, QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"a3@x.com"_s}}});
        QVERIFY(store->resources().update(ResourceKind::User, r));
        QCOMPARE(find(IndexedField::Email, u"a1@x.com"_s, u"work"_s), QStringList{});
        QCOMPARE(find(IndexedField::Email, u"a2@x.com"_s), QStringList{});
        QCOMPARE(find(IndexedField::Email, u"a3@x.com"_s, u"work"_s), QStringList{u"u1"_s});

        // Another letter case of the same userName is stored as sent; another user's is a conflict
        // that changes nothing.
        r.data.insert(u"userName"_s, u"ANN@contoso.com"_s);
        QVERIFY(store->resources().update(ResourceKind::User, r));
        QCOMPARE(store->resources().resource(ResourceKind::User, u"u1"_s)->data.value(u"userName"_s).toString(),
                 u"ANN@contoso.com"_s);
        QCOMPARE(store->resources().idForName(ResourceKind::User, u"ann@CONTOSO.com"_s), u"u1"_s);
        r.data.insert(u"userName"_s, u"Ben@contoso.com"_s);
        r.data.insert(u"displayName"_s, u"Not Stored"_s);
        QVERIFY(!store->resources().update(ResourceKind::User, r));
        QCOMPARE(store->lastError().kind, StoreError::Kind::Conflict);
        QCOMPARE(store->resources().idForName(ResourceKind::User, u"ann@contoso.com"_s), u"u1"_s);
        QCOMPARE(find(IndexedField::DisplayName, u"not stored"_s), QStringList{});

        // Deactivated (Entra's soft delete): the column the window shows and sorts by follows.
        r.data.insert(u"userName"_s, u"ANN@contoso.com"_s);
        r.data.insert(u"active"_s, false);
        QVERIFY(store->resources().update(ResourceKind::User, r));
        BrowseQuery ann;
        ann.search = u"ann@contoso"_s;
        const QList<BrowseRow> rows = store->browse().page(ResourceKind::User, ann).rows;
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, u"u1"_s);
        QVERIFY(!rows.first().active);

        Resource missing = r;
        missing.id = u"nobody"_s;
        QVERIFY(!store->resources().update(ResourceKind::User, missing));
        QCOMPARE(store->lastError().kind, StoreError::Kind::NotFound);
    }

    void pagesInCreationOrderAreTheSameEitherWay()
    {
        // A page of the whole table in creation order starts by counting the index on seq; it
        // must give exactly the rows OFFSET gives (with a sort key, which still uses OFFSET),
        // in both directions, after deletions, and nothing past the end.
        test::TempStore store;
        QStringList created;
        for (int i = 0; i < 30; ++i) {
            const QString id = u"u%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(store->resources().insert(ResourceKind::User, makeUser(id, u"user"_s + id)));
            created.append(id);
        }
        for (const QString &gone : {u"u00"_s, u"u07"_s, u"u08"_s, u"u29"_s}) {
            QVERIFY(store->resources().remove(ResourceKind::User, gone));
            created.removeAll(gone);
        }
        QStringList reversed = created;
        std::reverse(reversed.begin(), reversed.end());
        for (const bool down : {false, true}) {
            const QStringList &expected = down ? reversed : created;
            for (const qint64 offset : {1, 5, 6, 20, 25, 26, 40}) {
                for (const qint64 limit : {-1, 1, 7}) {
                    ResourceQuery page;
                    page.offset = offset;
                    page.limit = limit;
                    page.descending = down;
                    const QStringList want = expected.mid(offset, limit);
                    QCOMPARE(ids(store->resources().find(ResourceKind::User, page)), want);
                    page.sort = SortKey::Id; // ids sort as created here: the OFFSET path
                    QCOMPARE(ids(store->resources().find(ResourceKind::User, page)), want);
                }
            }
        }
        ResourceQuery groups;
        QVERIFY(store->resources().insert(ResourceKind::Group, makeGroup(u"g1"_s, u"One"_s)));
        QVERIFY(store->resources().insert(ResourceKind::Group, makeGroup(u"g2"_s, u"Two"_s)));
        groups.offset = 1;
        QCOMPARE(ids(store->resources().find(ResourceKind::Group, groups)), QStringList{u"g2"_s});
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
        if (test::onPostgresql())
            QSKIP("reads SQLite's query plans");
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

    void concurrentWritersOfOneNameGiveOneConflict()
    {
        // Two connections (two receivers) create the same userName, differently cased, at once:
        // the database's unique index on the folded name lets exactly one through.
        test::TempStore store;
        for (int round = 0; round < 5; ++round) {
            const QString name = u"race%1@example.com"_s.arg(round);
            QList<StoreError::Kind> results;
            QMutex mutex;
            QList<QThread *> threads;
            for (int writer = 0; writer < 2; ++writer) {
                threads.append(QThread::create([&, writer] {
                    const QString connection = u"racer%1_%2"_s.arg(round).arg(writer);
                    QString error;
                    auto s = StoreFactory::open(store.config(), connection, &error);
                    StoreError::Kind kind = StoreError::Kind::Io;
                    if (s) {
                        const QString id = u"r%1_%2"_s.arg(round).arg(writer);
                        const Resource r = makeUser(id, writer == 0 ? name : name.toUpper());
                        if (s->begin() && s->resources().insert(ResourceKind::User, r) && s->commit())
                            kind = StoreError::Kind::None;
                        else
                            kind = s->lastError().kind;
                        s->rollback();
                    }
                    const QMutexLocker lock(&mutex);
                    results.append(kind);
                }));
            }
            for (QThread *t : threads)
                t->start();
            for (QThread *t : threads) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            QCOMPARE(results.count(StoreError::Kind::None), 1);
            QCOMPARE(results.count(StoreError::Kind::Conflict), 1);
        }
        QCOMPARE(store->resources().count(ResourceKind::User, ResourceQuery{}), 5);
    }

    void concurrentReadModifyWriteLosesNoUpdate()
    {
        // Two connections (two receivers) change one group at the same moment, each reading it,
        // then writing what it read plus its change, as a PATCH does: both changes survive.
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::Group, makeGroup(u"g1"_s, u"Shared"_s)));
        QList<QThread *> threads;
        QAtomicInt failures;
        for (int writer = 0; writer < 2; ++writer) {
            threads.append(QThread::create([&, writer] {
                QString error;
                auto s = StoreFactory::open(store.config(), u"writer%1"_s.arg(writer), &error);
                if (!s || !s->begin()) {
                    failures.ref();
                    return;
                }
                auto group = s->resources().resource(ResourceKind::Group, u"g1"_s);
                QThread::msleep(200); // the other writer tries to read and write meanwhile
                if (!group) {
                    failures.ref();
                    s->rollback();
                    return;
                }
                group->data.insert(u"writer%1"_s.arg(writer), true);
                group->version += 1;
                if (!s->resources().update(ResourceKind::Group, *group) || !s->commit()) {
                    failures.ref();
                    s->rollback();
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        const auto group = store->resources().resource(ResourceKind::Group, u"g1"_s);
        QVERIFY(group);
        QCOMPARE(group->version, 3);
        QVERIFY(group->data.contains(u"writer0"_s) && group->data.contains(u"writer1"_s));
    }

    void failedStatementInATransactionIsRolledBackOrHealedBySavepoint()
    {
        test::TempStore store;
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"alice"_s)));
        QVERIFY(store->begin());
        // A conflict inside a savepoint: rolling the savepoint back lets the transaction go on.
        QVERIFY(store->begin());
        QVERIFY(!store->resources().insert(ResourceKind::User, makeUser(u"u2"_s, u"Alice"_s)));
        QCOMPARE(store->lastError().kind, StoreError::Kind::Conflict);
        store->rollback();
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u3"_s, u"bob"_s)));
        QVERIFY(store->commit());
        QVERIFY(store->resources().resource(ResourceKind::User, u"u3"_s));
        // A conflict outside a savepoint: the commit reports it instead of keeping half of the work.
        QVERIFY(store->begin());
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u4"_s, u"carol"_s)));
        QVERIFY(!store->resources().insert(ResourceKind::User, makeUser(u"u5"_s, u"BOB"_s)));
        if (test::onPostgresql()) {
            QVERIFY(!store->commit());
            QVERIFY(!store->resources().resource(ResourceKind::User, u"u4"_s));
        } else {
            QVERIFY(store->commit());
        }
        QCOMPARE(store->database().depth(), 0);
    }

    void storeUrls()
    {
        QString error;
        const auto c
            = StoreConfig::fromUrl(u"postgresql://scim@db.example.com:6543/directory?sslmode=require"_s, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->backend, u"postgresql"_s);
        QCOMPARE(c->user, u"scim"_s);
        QCOMPARE(c->host, u"db.example.com"_s);
        QCOMPARE(c->port, 6543);
        QCOMPARE(c->database, u"directory"_s);
        QCOMPARE(c->sslMode, u"require"_s);
        QCOMPARE(c->displayName(), u"postgresql://scim@db.example.com:6543/directory"_s);
        QCOMPARE(StoreConfig::fromUrl(u"postgres://scim@localhost/scim"_s, &error)->port, 5432);
        const QList<std::pair<QString, QString>> bad{
            {u"mysql://scim@host/db"_s, u"scheme"_s},
            {u"postgresql://host/db"_s, u"user"_s},
            {u"postgresql://scim@host"_s, u"database"_s},
            {u"postgresql://scim@host/db?sslmode=sometimes"_s, u"sslmode"_s},
            {u"postgresql://scim@host/db?timeout=3"_s, u"timeout"_s},
        };
        for (const auto &[url, word] : bad) {
            QVERIFY2(!StoreConfig::fromUrl(url, &error), qPrintable(url));
            QVERIFY2(error.contains(word), qPrintable(error));
        }
        QVERIFY(!StoreConfig::fromUrl(u"postgresql://scim:hunter2@host/db"_s, &error));
        QVERIFY2(error.contains(u"password"_s) && !error.contains(u"hunter2"_s), qPrintable(error));
    }

    void unreachableServerGivesAClearError()
    {
        QString error;
        auto c = StoreConfig::fromUrl(u"postgresql://scim@127.0.0.1:1/scim"_s, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!StoreFactory::open(*c, u"unreachable"_s, &error));
        QVERIFY2(error.contains(u"cannot be reached"_s) && error.contains(u"127.0.0.1"_s), qPrintable(error));
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

    void othersChangesCountOtherConnectionsCommitsOnly()
    {
        test::TempStore store;
        auto other = store.openAs(u"desk"_s, u"other"_s);
        QCOMPARE(store->database().othersChanges(), std::nullopt); // outside a transaction
        QVERIFY(store->begin());
        const std::optional<quint64> first = store->database().othersChanges();
        if (test::onPostgresql()) {
            QCOMPARE(first, std::nullopt); // PostgreSQL cannot tell: callers read each time
            store->rollback();
            return;
        }
        QVERIFY(first);
        QVERIFY(store->resources().insert(ResourceKind::User, makeUser(u"u1"_s, u"a"_s)));
        QVERIFY(store->commit());
        QCOMPARE(store->database().othersChanges(), std::nullopt);
        QVERIFY(store->begin(Database::Mode::Read));
        QCOMPARE(store->database().othersChanges(), std::nullopt); // read transactions do not tell
        store->rollback();
        // The connection's own commit is not another's change.
        QVERIFY(store->begin());
        QCOMPARE(store->database().othersChanges(), first);
        QVERIFY(store->commit());
        // Another connection's is, seen when the next write transaction begins.
        QVERIFY(other->begin());
        QVERIFY(other->resources().insert(ResourceKind::User, makeUser(u"u2"_s, u"b"_s)));
        QVERIFY(other->commit());
        QVERIFY(store->begin());
        const std::optional<quint64> after = store->database().othersChanges();
        QVERIFY(after && *after > *first);
        QVERIFY(store->commit());
        QVERIFY(store->begin());
        QCOMPARE(store->database().othersChanges(), after);
        store->rollback();
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
        test::TempStore store;
        const StoreConfig config = store.config();
        store.store.reset();
        QString error;
        {
            auto s = StoreFactory::open(config, u"first"_s, &error);
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
        auto s = StoreFactory::open(config, u"second"_s, &error);
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
        StoreConfig forbidden;
        forbidden.sqlitePath = u"/proc/forbidden/scim.db"_s;
        auto s = StoreFactory::open(forbidden, u"bad"_s, &error);
        QVERIFY(!s);
        QVERIFY2(error.contains(u"/proc/forbidden"_s), qPrintable(error));
        StoreConfig oracle;
        oracle.backend = u"oracle"_s;
        auto unknown = StoreFactory::open(oracle, u"bad2"_s, &error);
        QVERIFY(!unknown);
        QVERIFY(error.contains(u"oracle"_s));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
