// The Groups tab driven like a user: selecting groups shows their members by name (users and
// nested groups) and the detail pane (attribute form, SCIM JSON with the members, mapping health);
// a change to the members shows after a reload; a group is deleted locally after a confirmation.

#include "receiver/receiver.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/common/messagebox.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/groupspage.h"
#include "ui/resources/grouptablemodel.h"
#include "ui/resources/resourcedetailpane.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

} // namespace

class TestGroupsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;
    std::unique_ptr<Receiver> m_receiver; ///< the writer of the page's deletions
    std::unique_ptr<GroupTableModel> m_groups;
    std::unique_ptr<GroupMembersModel> m_members;
    std::unique_ptr<GroupsPage> m_page;
    QString m_alice, m_bob, m_sales, m_staff;

    QString create(ResourceKind kind, const QJsonObject &body)
    {
        const ScimOutcome o = m_service->create(kind, body);
        if (o.status != 201)
            qFatal("create failed with %d", o.status);
        return o.resourceId;
    }

    static QJsonArray members(const QStringList &ids)
    {
        QJsonArray out;
        for (const QString &id : ids)
            out.append(QJsonObject{{u"value"_s, id}});
        return out;
    }

    /// Selects the group named `name` and waits for its members and its detail.
    bool select(const QString &name)
    {
        for (int row = 0; row < m_groups->rowCount(); ++row) {
            if (m_groups->index(row, GroupTableModel::DisplayName).data().toString() != name)
                continue;
            QSignalSpy detail(m_page->detailPane(), &ResourceDetailPane::loaded);
            QSignalSpy members(m_members.get(), &GroupMembersModel::loadFinished);
            m_page->view()->setCurrentIndex(m_groups->index(row, GroupTableModel::DisplayName));
            return detail.wait(5000) && (members.size() > 0 || members.wait(5000));
        }
        return false;
    }

    bool reloaded()
    {
        QSignalSpy spy(m_groups.get(), &GroupTableModel::loadFinished);
        return spy.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
        m_alice = create(ResourceKind::User,
                         {{u"userName"_s, u"alice@contoso.com"_s}, {u"displayName"_s, u"Alice Jones"_s}});
        m_bob = create(ResourceKind::User, {{u"userName"_s, u"bob@contoso.com"_s}});
        m_sales = create(ResourceKind::Group,
                         {{u"displayName"_s, u"Sales"_s},
                          {u"externalId"_s, u"ext-sales"_s},
                          {u"members"_s, members({m_alice, m_bob})}});
        m_staff = create(ResourceKind::Group,
                         {{u"displayName"_s, u"All staff"_s}, {u"members"_s, members({m_sales, m_alice})}});

        m_reader = std::make_unique<ReadExecutor>(m_store->config());
        m_groups = std::make_unique<GroupTableModel>(*m_reader);
        m_members = std::make_unique<GroupMembersModel>(*m_reader);
        m_receiver = std::make_unique<Receiver>();
        m_receiver->useStore(m_store->config());
        m_page = std::make_unique<GroupsPage>(m_groups.get(), m_members.get(), *m_reader, *m_receiver);
        m_page->resize(1200, 800);
        m_page->show();
        connect(m_page.get(), &GroupsPage::resourcesChanged, m_groups.get(), &GroupTableModel::reload);
        m_groups->reload();
        QVERIFY(reloaded());
    }

    void cleanup()
    {
        m_page.reset();
        m_members.reset();
        m_groups.reset();
        m_reader.reset();
        m_service.reset();
        m_store.reset();
    }

    void membersOfTheSelectedGroup()
    {
        QCOMPARE(m_page->membersTitle()->text(), u"Select a group to see its members."_s);
        QVERIFY(select(u"Sales"_s));
        // By name, sorted by the members table's header.
        QCOMPARE(test::columnTexts(m_page->membersView()->model(), GroupMembersModel::Display),
                 (QStringList{u"Alice Jones"_s, u"bob@contoso.com"_s}));
        QCOMPARE(m_page->membersTitle()->text(), u"<b>Sales</b> \u2014 2 members"_s);
        const ResourceDetailPane *pane = m_page->detailPane();
        QVERIFY(pane->titleLabel()->text().contains(u"Sales"_s));
        QVERIFY(!pane->warningsLabel()->isVisibleTo(m_page.get()));
        const QString json = pane->jsonView()->toPlainText();
        QVERIFY2(json.contains(u"\"display\": \"Alice Jones\""_s), qPrintable(json));
        QVERIFY(json.contains(u"\"externalId\": \"ext-sales\""_s));
        QCOMPARE(pane->attributeForm()->findItems(u"members"_s, Qt::MatchExactly).first()->text(1), u"2 members"_s);

        // A nested group is a member by its name; the group lacks an externalId.
        QVERIFY(select(u"All staff"_s));
        const QAbstractItemModel *shown = m_page->membersView()->model();
        QCOMPARE(test::columnTexts(shown, GroupMembersModel::Display), (QStringList{u"Alice Jones"_s, u"Sales"_s}));
        QCOMPARE(test::columnTexts(shown, GroupMembersModel::Type), (QStringList{u"User"_s, u"Group"_s}));
        QVERIFY(pane->warningsLabel()->isVisibleTo(m_page.get()));
        QVERIFY(pane->warningsLabel()->text().contains(u"externalId is missing"_s));
        QCOMPARE(m_groups->index(0, GroupTableModel::Mapping).data().toString(), u"externalId"_s);

        // A member removed by the IdP shows after the table's reload.
        QCOMPARE((*m_store)->resources().removeMembers(m_staff, {m_sales}), 1);
        QSignalSpy membersLoaded(m_members.get(), &GroupMembersModel::loadFinished);
        m_groups->reload();
        QVERIFY(membersLoaded.wait(5000));
        QCOMPARE(test::columnTexts(m_page->membersView()->model(), GroupMembersModel::Display),
                 (QStringList{u"Alice Jones"_s}));
        QCOMPARE(m_groups->index(0, GroupTableModel::Members).data().toString(), u"1"_s);
        QCOMPARE(m_page->detailPane()->resourceId(), m_staff); // still selected
    }

    void deleteAGroupLocally()
    {
        QVERIFY(select(u"Sales"_s));
        QSignalSpy changed(m_page.get(), &GroupsPage::resourcesChanged);
        MessageBox::setNextAnswer(QMessageBox::No);
        m_page->deleteCurrent();
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->deleteButton()->click();
        QVERIFY(changed.wait(5000));
        QVERIFY(reloaded());
        QCOMPARE(test::columnTexts(m_groups.get(), GroupTableModel::DisplayName), (QStringList{u"All staff"_s}));
        QCOMPARE(m_groups->index(0, GroupTableModel::Members).data().toString(), u"1"_s); // Sales left it
        AuditFilter deletions;
        deletions.actions = {u"group.deleted"_s};
        const QList<AuditEvent> events = (*m_store)->audit().events(deletions, 0, 10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor, u"local"_s);
        QCOMPARE(events.first().targetName, u"Sales"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_members->groupId(), QString(), 5000);
        QCOMPARE(m_page->membersTitle()->text(), u"Select a group to see its members."_s);
    }
};

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
