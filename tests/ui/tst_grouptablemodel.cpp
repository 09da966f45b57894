// The groups table (paged, sorted, searched and filtered in the database) and the membership
// model (a group's members, a member's groups) over a real SQLite store, under
// QAbstractItemModelTester.

#include "service/resourceservice.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/grouptablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

QString create(ResourceService &service, ResourceKind kind, const QJsonObject &body)
{
    const ScimOutcome o = service.create(kind, body);
    if (o.status != 201)
        qFatal("create failed with %d", o.status);
    return o.body.value(u"id"_s).toString();
}

QString createUser(ResourceService &service, const QString &userName, const QString &displayName)
{
    return create(service, ResourceKind::User, QJsonObject{{u"userName"_s, userName}, {u"displayName"_s, displayName}});
}

QString createGroup(ResourceService &service, const QString &name, const QStringList &memberIds,
                    const QString &externalId = QString())
{
    QJsonArray members;
    for (const QString &id : memberIds)
        members.append(QJsonObject{{u"value"_s, id}});
    QJsonObject body{{u"displayName"_s, name}, {u"members"_s, members}};
    if (!externalId.isEmpty())
        body.insert(u"externalId"_s, externalId);
    return create(service, ResourceKind::Group, body);
}

} // namespace

class TestGroupTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
        m_reader = std::make_unique<ReadExecutor>(m_store->config());
        m_alice = createUser(*m_service, u"alice@contoso.com"_s, u"Alice Jones"_s);
        m_bob = createUser(*m_service, u"bob@contoso.com"_s, QString());
        m_sales = createGroup(*m_service, u"Sales"_s, {m_alice, m_bob}, u"ext-sales"_s);
        m_empty = createGroup(*m_service, u"Empty"_s, {});
        m_nested = createGroup(*m_service, u"All staff"_s, {m_sales, m_alice});
    }

    void cleanup()
    {
        m_reader.reset();
        m_service.reset();
        m_store.reset();
    }

    void loadsGroupsWithMemberCounts()
    {
        GroupTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTableModel::loadFinished);
        model.reload();
        QVERIFY(loaded.wait(5000));

        // Sorted by displayName (the store's default order for the table).
        QCOMPARE(test::columnTexts(&model, GroupTableModel::DisplayName),
                 (QStringList{u"All staff"_s, u"Empty"_s, u"Sales"_s}));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::ExternalId),
                 (QStringList{QString(), QString(), u"ext-sales"_s}));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::Members), (QStringList{u"2"_s, u"0"_s, u"2"_s}));
        QCOMPARE(model.index(2, GroupTableModel::DisplayName).data(GroupTableModel::IdRole).toString(), m_sales);
        QVERIFY(!model.index(0, GroupTableModel::LastModified).data().toString().isEmpty());
        QVERIFY(model.index(0, GroupTableModel::Members).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        QCOMPARE(model.totalCount(), 3);

        // Mapping health: no externalId, and for "Empty" no members either.
        QCOMPARE(test::columnTexts(&model, GroupTableModel::Mapping),
                 (QStringList{u"externalId"_s, u"externalId, members"_s, QString()}));
        QCOMPARE(model.index(1, GroupTableModel::Mapping).data(GroupTableModel::BadgeRole).toString(), u"2 missing"_s);
        QVERIFY(
            model.index(1, GroupTableModel::Mapping).data(Qt::ToolTipRole).toString().contains(u"members is empty"_s));

        // A membership change shows after the next reload.
        QCOMPARE((*m_store)->resources().removeMembers(m_sales, {m_bob}), 1);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::Members), (QStringList{u"2"_s, u"0"_s, u"1"_s}));
    }

    void sortsSearchesAndFilters()
    {
        GroupTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &GroupTableModel::loadFinished);
        model.reload();
        QVERIFY(loaded.wait(5000));
        model.sort(GroupTableModel::Members, Qt::AscendingOrder);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::DisplayName),
                 (QStringList{u"Empty"_s, u"Sales"_s, u"All staff"_s}));
        model.sort(GroupTableModel::DisplayName, Qt::DescendingOrder);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::DisplayName),
                 (QStringList{u"Sales"_s, u"Empty"_s, u"All staff"_s}));
        model.setSearch(u"EXT-SAL"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::DisplayName), (QStringList{u"Sales"_s}));
        QCOMPARE(model.matchingCount(), 1);
        model.setSearch(QString());
        model.setWarningsOnly(true);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&model, GroupTableModel::DisplayName), (QStringList{u"Empty"_s, u"All staff"_s}));
    }

    void membersFollowTheSelectedGroup()
    {
        GroupMembersModel members(*m_reader);
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&members, &GroupMembersModel::loadFinished);
        QCOMPARE(members.rowCount(), 0);

        members.setGroupId(m_sales);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&members, GroupMembersModel::Display),
                 (QStringList{u"Alice Jones"_s, u"bob@contoso.com"_s}));
        QCOMPARE(test::columnTexts(&members, GroupMembersModel::Id), (QStringList{m_alice, m_bob}));
        QCOMPARE(test::columnTexts(&members, GroupMembersModel::Type), (QStringList{u"User"_s, u"User"_s}));

        // Switching quickly: only the last group's members are shown, after one signal.
        loaded.clear();
        members.setGroupId(m_empty);
        members.setGroupId(m_nested);
        QCOMPARE(members.rowCount(), 0); // emptied at once, not showing the old group
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(members.groupId(), m_nested);
        QCOMPARE(test::columnTexts(&members, GroupMembersModel::Display), (QStringList{u"Sales"_s, u"Alice Jones"_s}));
        QCOMPARE(test::columnTexts(&members, GroupMembersModel::Type), (QStringList{u"Group"_s, u"User"_s}));

        members.setGroupId(QString());
        QCOMPARE(members.rowCount(), 0);
    }

    void groupsOfAMember()
    {
        GroupMembersModel groups(*m_reader);
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&groups, &GroupMembersModel::loadFinished);
        groups.setMemberId(m_alice);
        QCOMPARE(groups.memberId(), m_alice);
        QVERIFY(groups.groupId().isEmpty());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&groups, GroupMembersModel::Display), (QStringList{u"Sales"_s, u"All staff"_s}));
        QCOMPARE(test::columnTexts(&groups, GroupMembersModel::Type), (QStringList{u"Group"_s, u"Group"_s}));
        QCOMPARE(test::columnTexts(&groups, GroupMembersModel::Id), (QStringList{m_sales, m_nested}));
        // A nested group's own groups, then back to a group's members.
        groups.setMemberId(m_sales);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(test::columnTexts(&groups, GroupMembersModel::Display), (QStringList{u"All staff"_s}));
        groups.setGroupId(m_sales);
        QVERIFY(groups.memberId().isEmpty());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(groups.rowCount(), 2);
        groups.setMemberId(QString());
        QCOMPARE(groups.rowCount(), 0);
    }

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;
    QString m_alice, m_bob, m_sales, m_empty, m_nested;
};

QTEST_MAIN(TestGroupTableModel)
#include "tst_grouptablemodel.moc"
