// The groups table and group members models over a real SQLite store, under
// QAbstractItemModelTester.

#include "core/scim/resourceservice.h"
#include "core/store/readexecutor.h"
#include "groupmembersmodel.h"
#include "grouptablemodel.h"
#include "testsupport.h"

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

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data().toString());
    return out;
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

        QCOMPARE(column(model, GroupTableModel::DisplayName), (QStringList{u"Sales"_s, u"Empty"_s, u"All staff"_s}));
        QCOMPARE(column(model, GroupTableModel::ExternalId), (QStringList{u"ext-sales"_s, QString(), QString()}));
        QCOMPARE(column(model, GroupTableModel::Members), (QStringList{u"2"_s, u"0"_s, u"2"_s}));
        QCOMPARE(model.index(0, GroupTableModel::Members).data(GroupTableModel::SortRole).toLongLong(), 2);
        QCOMPARE(model.index(0, GroupTableModel::DisplayName).data(GroupTableModel::IdRole).toString(), m_sales);
        QVERIFY(!model.index(0, GroupTableModel::LastModified).data().toString().isEmpty());
        QVERIFY(model.index(0, GroupTableModel::Members).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

        // A membership change shows after the next reload.
        QCOMPARE((*m_store)->removeMembers(m_sales, {m_bob}), 1);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(column(model, GroupTableModel::Members), (QStringList{u"1"_s, u"0"_s, u"2"_s}));
    }

    void membersFollowTheSelectedGroup()
    {
        GroupMembersModel members(*m_reader);
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&members, &GroupMembersModel::loadFinished);
        QCOMPARE(members.rowCount(), 0);

        members.setGroupId(m_sales);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(column(members, GroupMembersModel::Display), (QStringList{u"Alice Jones"_s, u"bob@contoso.com"_s}));
        QCOMPARE(column(members, GroupMembersModel::Id), (QStringList{m_alice, m_bob}));
        QCOMPARE(column(members, GroupMembersModel::Type), (QStringList{u"User"_s, u"User"_s}));

        // Switching quickly: only the last group's members are shown, after one signal.
        loaded.clear();
        members.setGroupId(m_empty);
        members.setGroupId(m_nested);
        QCOMPARE(members.rowCount(), 0); // emptied at once, not showing the old group
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(members.groupId(), m_nested);
        QCOMPARE(column(members, GroupMembersModel::Display), (QStringList{u"Sales"_s, u"Alice Jones"_s}));
        QCOMPARE(column(members, GroupMembersModel::Type), (QStringList{u"Group"_s, u"User"_s}));

        members.setGroupId(QString());
        QCOMPARE(members.rowCount(), 0);
    }

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;
    QString m_alice, m_bob, m_sales, m_empty, m_nested;
};

QTEST_MAIN(TestGroupTableModel)
#include "tst_grouptablemodel.moc"
