// The store's pages for the Users and Groups tables (Store::browseResources) on a seeded SQLite
// store: every order against the order computed here from the seeded identities, the search in
// every searched attribute and both ways the store reads a search page, the mapping-warnings
// filter, paging, the membership counts kept by triggers, and the derivation of the browse columns
// for resources stored by an older version.

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "service/seeder.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// A browse query with the given search, filter and order (offset 0, the default limit).
BrowseQuery browse(const QString &search = {}, bool warningsOnly = false, BrowseSort sort = BrowseSort::Name,
                   bool descending = false)
{
    BrowseQuery q;
    q.search = search;
    q.warningsOnly = warningsOnly;
    q.sort = sort;
    q.descending = descending;
    return q;
}

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;
constexpr int kUsers = 300;
constexpr int kGroups = 12;
constexpr int kMembersPerGroup = 20;

/// What the store should say about one seeded user, from its body.
struct Expected
{
    QString id;
    int index = 0; ///< creation order
    QJsonObject body;

    QString fold(const QString &path) const
    {
        if (path == "given"_L1)
            return ValueCompare::fold(body.value("name"_L1).toObject().value("givenName"_L1).toString());
        if (path == "family"_L1)
            return ValueCompare::fold(body.value("name"_L1).toObject().value("familyName"_L1).toString());
        if (path == "email"_L1)
            return ValueCompare::fold(ResourceMapper::workEmail(body));
        return ValueCompare::fold(body.value(path).toString());
    }
};

QStringList idsOf(const QList<BrowseRow> &rows)
{
    QStringList ids;
    for (const BrowseRow &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

class TestStoreBrowse : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    QList<Expected> m_users;
    QStringList m_groupIds;

    /// Every resource of `kind` matching `query`, read a page of `pageSize` at a time.
    QList<BrowseRow> all(ResourceKind kind, BrowseQuery query, int pageSize = 1000)
    {
        QList<BrowseRow> rows;
        query.limit = pageSize;
        query.offset = 0;
        for (;;) {
            const BrowsePage page = (*m_store)->browse().page(kind, query);
            if (page.matching < 0)
                qFatal("browse failed: %s", qPrintable((*m_store)->lastError().message));
            rows += page.rows;
            query.offset += page.rows.size();
            query.knownMatching = page.matching;
            if (page.rows.isEmpty() || query.offset >= page.matching)
                return rows;
        }
    }

    /// The ids of the seeded users ordered by `key` (empty values first), ties in creation order.
    QStringList expectedOrder(const QString &key, bool descending)
    {
        QList<Expected> sorted = m_users;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const Expected &a, const Expected &b) {
            const QString x = a.fold(key);
            const QString y = b.fold(key);
            if (x != y)
                return descending ? y < x : x < y;
            return descending ? b.index < a.index : a.index < b.index;
        });
        QStringList ids;
        for (const Expected &e : sorted)
            ids.append(e.id);
        return ids;
    }

    QStringList expectedMatches(const QString &text)
    {
        const QString needle = ValueCompare::fold(text);
        QStringList ids;
        for (const Expected &e : std::as_const(m_users)) {
            for (const QString &key :
                 {u"userName"_s, u"displayName"_s, u"given"_s, u"family"_s, u"email"_s, u"externalId"_s}) {
                if (e.fold(key).contains(needle)) {
                    ids.append(e.id);
                    break;
                }
            }
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
        Seeder seeder(*m_service);
        SeedOptions options;
        options.users = kUsers;
        options.groups = kGroups;
        options.membersPerGroup = kMembersPerGroup;
        QString error;
        QVERIFY2(seeder.run(options, {}, &error), qPrintable(error));
        QCOMPARE(seeder.userIds().size(), kUsers);
        for (int i = 0; i < kUsers; ++i)
            m_users.append({seeder.userIds().at(i), i, Seeder::userBody(options.seed, i)});
        for (const BrowseRow &g : all(ResourceKind::Group, {}))
            m_groupIds.append(g.id);
        QCOMPARE(m_groupIds.size(), kGroups);
    }

    void countsAndRows()
    {
        const BrowsePage page = (*m_store)->browse().page(ResourceKind::User, BrowseQuery{});
        QCOMPARE(page.total, kUsers);
        QCOMPARE(page.matching, kUsers);
        QCOMPARE(page.rows.size(), 100); // the default limit
        // The first by userName: compare every column with the seeded body.
        const QString firstId = expectedOrder(u"userName"_s, false).first();
        const Expected &e
            = *std::find_if(m_users.cbegin(), m_users.cend(), [&](const Expected &x) { return x.id == firstId; });
        const BrowseRow &row = page.rows.first();
        QCOMPARE(row.id, e.id);
        QCOMPARE(row.name, e.body.value("userName"_L1).toString());
        QCOMPARE(row.displayName, e.body.value("displayName"_L1).toString());
        QCOMPARE(row.givenName, e.body.value("name"_L1).toObject().value("givenName"_L1).toString());
        QCOMPARE(row.workEmail, ResourceMapper::workEmail(e.body));
        QCOMPARE(row.externalId, e.body.value("externalId"_L1).toString());
        QCOMPARE(row.active, e.body.value("active"_L1).toBool());
        QCOMPARE(row.warnings, int(MappingHealth::missing(ResourceKind::User, e.body)));
        QVERIFY(row.lastModified.isValid());
        const BrowsePage counts = (*m_store)->browse().page(ResourceKind::User, [] {
            BrowseQuery q;
            q.limit = 0;
            return q;
        }());
        QVERIFY(counts.rows.isEmpty());
        QCOMPARE(counts.matching, kUsers);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("key");
        QTest::newRow("userName") << int(BrowseSort::Name) << u"userName"_s;
        QTest::newRow("displayName") << int(BrowseSort::DisplayName) << u"displayName"_s;
        QTest::newRow("givenName") << int(BrowseSort::GivenName) << u"given"_s;
        QTest::newRow("familyName") << int(BrowseSort::FamilyName) << u"family"_s;
        QTest::newRow("work email") << int(BrowseSort::WorkEmail) << u"email"_s;
        QTest::newRow("externalId") << int(BrowseSort::ExternalId) << u"externalId"_s;
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, sort);
        QFETCH(QString, key);
        for (const bool descending : {false, true}) {
            BrowseQuery q;
            q.sort = BrowseSort(sort);
            q.descending = descending;
            QCOMPARE(idsOf(all(ResourceKind::User, q, 64)), expectedOrder(key, descending));
        }
    }

    void sortsByActiveCountWarningsAndTime()
    {
        auto check = [&](BrowseSort sort, auto value) {
            for (const bool descending : {false, true}) {
                const QList<BrowseRow> rows = all(ResourceKind::User, browse({}, false, sort, descending));
                QCOMPARE(rows.size(), kUsers);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const auto a = value(rows.at(i - 1));
                    const auto b = value(rows.at(i));
                    QVERIFY2(descending ? !(a < b) : !(b < a), qPrintable(rows.at(i).name));
                }
            }
        };
        check(BrowseSort::Active, [](const BrowseRow &r) { return r.active; });
        check(BrowseSort::Count, [](const BrowseRow &r) { return r.count; });
        check(BrowseSort::Warnings, [](const BrowseRow &r) { return r.warnings; });
        check(BrowseSort::LastModified, [](const BrowseRow &r) { return r.lastModified; });
        // Deactivated users first in ascending order.
        QVERIFY(!all(ResourceKind::User, browse({}, false, BrowseSort::Active)).first().active);
    }

    void searchesEveryAttribute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("family name, any case") << u"BERG"_s;
        QTest::newRow("given name with accent") << u"chloé"_s;
        QTest::newRow("accent folded like the store") << u"CHLOÉ"_s;
        QTest::newRow("userName number") << u".17@"_s;
        QTest::newRow("externalId fragment")
            << Seeder::userBody(SeedOptions().seed, 42).value("externalId"_L1).toString().mid(9, 9);
        QTest::newRow("domain: everyone") << u"contoso"_s;
        QTest::newRow("one letter") << u"a"_s;
        QTest::newRow("service accounts") << u"svc-"_s;
        QTest::newRow("nobody") << u"zzqx"_s;
        QTest::newRow("percent is literal") << u"%"_s;
        QTest::newRow("underscore is literal") << u"_"_s;
        QTest::newRow("backslash is literal") << u"a\\"_s;
        QTest::newRow("spaces trimmed") << u"  berg  "_s;
    }

    void searchesEveryAttribute()
    {
        QFETCH(QString, text);
        const QStringList expected = expectedMatches(text.trimmed());
        BrowseQuery q;
        q.search = text;
        const BrowsePage first = (*m_store)->browse().page(ResourceKind::User, q);
        QCOMPARE(first.matching, expected.size());
        QCOMPARE(first.total, kUsers);
        // In userName order, through every page: the same rows as the order computed here.
        QStringList ordered = expectedOrder(u"userName"_s, false);
        ordered.removeIf([&](const QString &id) { return !expected.contains(id); });
        QCOMPARE(idsOf(all(ResourceKind::User, q, 37)), ordered);
    }

    void searchPagesAreTheSameEitherWay()
    {
        // A rare text is read by collecting the matches, a common one by walking the order's index
        // (deep pages favour collecting): the rows must not depend on the way.
        for (const QString &text : {u"berg"_s, u"a"_s, u"svc-"_s}) {
            BrowseQuery q;
            q.search = text;
            q.sort = BrowseSort::FamilyName;
            q.descending = true;
            const QList<BrowseRow> rows = all(ResourceKind::User, q, kUsers);
            for (const int pageSize : {7, 50}) {
                QList<BrowseRow> paged = all(ResourceKind::User, q, pageSize);
                QCOMPARE(idsOf(paged), idsOf(rows));
            }
        }
    }

    void warningsFilter()
    {
        QStringList expected;
        for (const Expected &e : std::as_const(m_users))
            if (MappingHealth::missing(ResourceKind::User, e.body))
                expected.append(e.id);
        QVERIFY(expected.size() >= 5); // service accounts and users without a mailbox
        QList<BrowseRow> rows = all(ResourceKind::User, browse({}, true));
        QStringList ids = idsOf(rows);
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
        for (const BrowseRow &r : std::as_const(rows))
            QVERIFY(r.warnings != 0);
        // With a search: service accounts lack both names.
        rows = all(ResourceKind::User, browse(u"svc-"_s, true));
        QVERIFY(!rows.isEmpty());
        for (const BrowseRow &r : std::as_const(rows))
            QVERIFY(r.warnings & (MappingHealth::GivenName | MappingHealth::FamilyName));
    }

    void groupsWithCountsAndWarnings()
    {
        const QList<BrowseRow> groups = all(ResourceKind::Group, BrowseQuery{});
        QCOMPARE(groups.size(), kGroups);
        for (const BrowseRow &g : groups) {
            QCOMPARE(g.count, kMembersPerGroup);
            QCOMPARE(g.warnings, 0);
            QVERIFY(!g.externalId.isEmpty());
        }
        // Sorted by name (case-folded), then searched.
        QStringList names;
        for (const BrowseRow &g : groups)
            names.append(ValueCompare::fold(g.name));
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
        const QList<BrowseRow> finance = all(ResourceKind::Group, browse(u"FINANCE"_s));
        QVERIFY(!finance.isEmpty());
        for (const BrowseRow &g : finance)
            QVERIFY(g.name.startsWith(u"Finance"_s));

        // An empty group without externalId warns about both.
        const ScimOutcome o = m_service->create(ResourceKind::Group, QJsonObject{{u"displayName"_s, u"Empty"_s}});
        QCOMPARE(o.status, 201);
        const QList<BrowseRow> warned = all(ResourceKind::Group, browse({}, true));
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.first().warnings, int(MappingHealth::ExternalId | MappingHealth::Members));
        const QList<BrowseRow> byWarnings = all(ResourceKind::Group, browse({}, false, BrowseSort::Warnings, true));
        QCOMPARE(byWarnings.first().name, u"Empty"_s);
        QCOMPARE(m_service->remove(ResourceKind::Group, o.resourceId).status, 204);
    }

    void membershipCountsFollowEveryChange()
    {
        auto countOf = [&](ResourceKind kind, const QString &id) {
            for (const BrowseRow &r : all(kind, BrowseQuery{}))
                if (r.id == id)
                    return r.count;
            return qint64(-1);
        };
        // Each user's count is the number of groups it is in.
        for (const BrowseRow &r : all(ResourceKind::User, BrowseQuery{}))
            QCOMPARE(r.count, qint64((*m_store)->resources().groupsOf({r.id}).value(r.id).size()));

        const QString group = m_groupIds.first();
        const QList<MemberRef> members = (*m_store)->resources().members(group);
        const QString member = members.first().value;
        const qint64 before = countOf(ResourceKind::User, member);
        QVERIFY(before >= 1);
        // Removing a member (PATCH), adding it back, then deleting the group.
        const QJsonObject patch{
            {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
            {u"Operations"_s,
             QJsonArray{QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"members[value eq \"%1\"]"_s.arg(member)}}}}};
        QCOMPARE(m_service->patch(ResourceKind::Group, group, patch, {}, false).status, 204);
        QCOMPARE(countOf(ResourceKind::User, member), before - 1);
        QCOMPARE(countOf(ResourceKind::Group, group), kMembersPerGroup - 1);
        QCOMPARE((*m_store)->resources().addMembers(group, {{member, u"User"_s, {}}}), 1);
        QCOMPARE(countOf(ResourceKind::User, member), before);
        QCOMPARE(countOf(ResourceKind::Group, group), kMembersPerGroup);

        // A nested group counts as a member of its parent, not as a user's group.
        const QString nested = m_groupIds.at(1);
        QCOMPARE((*m_store)->resources().addMembers(group, {{nested, u"Group"_s, {}}}), 1);
        QCOMPARE(countOf(ResourceKind::Group, group), kMembersPerGroup + 1);
        QCOMPARE((*m_store)->resources().removeMembers(group, {nested}), 1);

        // Deleting the group ends every membership in it (ON DELETE CASCADE fires the trigger).
        QCOMPARE(m_service->remove(ResourceKind::Group, group).status, 204);
        QCOMPARE(countOf(ResourceKind::User, member), before - 1);
        m_groupIds.removeFirst();
        // Deleting a user lowers the count of its groups.
        const QString otherGroup = m_groupIds.first();
        const QString otherMember = (*m_store)->resources().members(otherGroup).first().value;
        QCOMPARE(m_service->remove(ResourceKind::User, otherMember).status, 204);
        QCOMPARE(countOf(ResourceKind::Group, otherGroup), kMembersPerGroup - 1);
        m_users.removeIf([&](const Expected &e) { return e.id == otherMember; });
    }

    void updatesRewriteTheBrowseColumns()
    {
        const QString id = m_users.at(3).id;
        QJsonObject body = m_users.at(3).body;
        body.insert(u"name"_s, QJsonObject{{u"givenName"_s, u"Zyx"_s}, {u"familyName"_s, u"Quorra"_s}});
        body.remove(u"externalId"_s);
        QCOMPARE(m_service->replace(ResourceKind::User, id, body).status, 200);
        const QList<BrowseRow> hits = all(ResourceKind::User, browse(u"quorra"_s));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, id);
        QCOMPARE(hits.first().warnings, int(MappingHealth::ExternalId));
        QCOMPARE(all(ResourceKind::User, browse({}, false, BrowseSort::GivenName, true)).first().id, id);
        m_users[3].body = body;
    }

    void resourcesOfAnOlderVersionAreDerivedOnOpen()
    {
        // Forget the derived columns, as a database written before them has them.
        {
            QSqlDatabase db = m_store->rawConnection(u"raw"_s);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"UPDATE scim_users SET search_text = NULL, given_name_folded = NULL, mapping_warnings = 0"_s));
            QVERIFY(q.exec(u"UPDATE scim_groups SET search_text = NULL"_s));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QString error;
        auto reopened = StoreFactory::open(m_store->config(), u"reopened"_s, &error);
        QVERIFY2(reopened, qPrintable(error));
        BrowseQuery q;
        q.search = u"berg"_s;
        q.limit = 1000;
        QCOMPARE(reopened->browse().page(ResourceKind::User, q).matching, expectedMatches(u"berg"_s).size());
        q = browse({}, true);
        QVERIFY(reopened->browse().page(ResourceKind::User, q).matching >= 5);
        QCOMPARE(reopened->browse().page(ResourceKind::Group, browse(u"finance"_s)).matching,
                 all(ResourceKind::Group, browse(u"finance"_s)).size());
    }
};

QTEST_GUILESS_MAIN(TestStoreBrowse)
#include "tst_storebrowse.moc"
