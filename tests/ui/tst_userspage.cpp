// The Users tab driven like a user: typing in the search box, the mapping-warnings filter, the
// header, selecting users (detail pane: attribute form, SCIM JSON, meta, mapping health; the
// groups pane), deleting one locally with and without confirming, and exporting the table as CSV.

#include "receiver/receiver.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/common/emptyviewhint.h"
#include "ui/common/filedialog.h"
#include "ui/common/longtext.h"
#include "ui/common/messagebox.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/resourceactions.h"
#include "ui/resources/resourcedetailpane.h"
#include "ui/resources/userspage.h"
#include "ui/resources/usertablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

/// The value the attribute form shows for `path`; empty when it has no such row.
QString formValue(const ResourceDetailPane *pane, const QString &path)
{
    const QList<QTreeWidgetItem *> items = pane->attributeForm()->findItems(path, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;
    std::unique_ptr<Receiver> m_receiver; ///< the writer of the page's deletions
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UsersPage> m_page;
    QString m_alice, m_bob, m_carol;

    QString create(ResourceKind kind, const char *json)
    {
        const ScimOutcome o = m_service->create(kind, test::obj(json));
        if (o.status != 201)
            qFatal("create failed with %d: %s", o.status, json);
        return o.resourceId;
    }

    /// Selects the row showing `userName` and waits for the detail pane and the groups pane.
    bool select(const QString &userName)
    {
        QTableView *view = m_page->view();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, UserTableModel::UserName).data().toString() != userName)
                continue;
            QSignalSpy detail(m_page->detailPane(), &ResourceDetailPane::loaded);
            QSignalSpy groups(m_page->groupsModel(), &GroupMembersModel::loadFinished);
            view->setCurrentIndex(m_model->index(row, UserTableModel::UserName));
            return detail.wait(5000) && (groups.size() > 0 || groups.wait(5000));
        }
        return false;
    }

    bool reloaded()
    {
        QSignalSpy spy(m_model.get(), &UserTableModel::loadFinished);
        return spy.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
        m_alice = create(ResourceKind::User,
                         "{\"userName\":\"alice@contoso.com\",\"displayName\":\"Alice Jones\",\"active\":true,"
                         "\"externalId\":\"ext-alice\",\"name\":{\"givenName\":\"Alice\",\"familyName\":\"Jones\"},"
                         "\"emails\":[{\"type\":\"work\",\"value\":\"alice@contoso.com\"}],"
                         "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Sales\"}}");
        m_bob = create(ResourceKind::User,
                       "{\"userName\":\"bob@contoso.com\",\"active\":false,\"externalId\":\"ext-bob\","
                       "\"name\":{\"givenName\":\"Bob\",\"familyName\":\"Stone\"},"
                       "\"emails\":[{\"type\":\"work\",\"value\":\"bob@contoso.com\"}]}");
        m_carol = create(ResourceKind::User,
                         "{\"userName\":\"carol@contoso.com\",\"active\":true,"
                         "\"name\":{\"givenName\":\"Carol\",\"familyName\":\"King\"}}");
        const QByteArray sales = "{\"displayName\":\"Sales\",\"members\":[{\"value\":\"" + m_alice.toUtf8()
            + "\"},{\"value\":\"" + m_bob.toUtf8() + "\"}]}";
        create(ResourceKind::Group, sales.constData());
        const QByteArray admins = "{\"displayName\":\"Admins\",\"members\":[{\"value\":\"" + m_alice.toUtf8() + "\"}]}";
        create(ResourceKind::Group, admins.constData());

        m_reader = std::make_unique<ReadExecutor>(m_store->config());
        m_model = std::make_unique<UserTableModel>(*m_reader);
        m_receiver = std::make_unique<Receiver>();
        m_receiver->useStore(m_store->config());
        m_page = std::make_unique<UsersPage>(m_model.get(), *m_reader, *m_receiver);
        m_page->resize(1200, 800);
        m_page->show();
        // As the window does: local deletions reload the table.
        connect(m_page.get(), &UsersPage::resourcesChanged, m_model.get(), &UserTableModel::reload);
        m_model->reload();
        QVERIFY(reloaded());
    }

    void cleanup()
    {
        m_page.reset();
        m_model.reset();
        m_reader.reset();
        m_service.reset();
        m_store.reset();
    }

    void searchBoxFilterAndHeader()
    {
        QCOMPARE(m_page->countLabel()->text(), u"3 users"_s);
        QCOMPARE(m_page->view()->itemDelegate()->metaObject()->className(), "scimmon::BadgeDelegate");

        QTest::keyClicks(m_page->searchField(), u"KIN"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->search(), u"KIN"_s, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == 1, 5000);
        QCOMPARE(m_model->index(0, UserTableModel::UserName).data().toString(), u"carol@contoso.com"_s);
        QCOMPARE(m_page->countLabel()->text(), u"1 of 3 users"_s);
        m_page->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == 3, 5000);

        m_page->warningsOnlyBox()->click();
        QVERIFY(reloaded());
        QCOMPARE(test::columnTexts(m_model.get(), UserTableModel::UserName), (QStringList{u"carol@contoso.com"_s}));
        QCOMPARE(m_page->countLabel()->text(), u"1 of 3 users"_s);
        m_page->warningsOnlyBox()->click();
        QVERIFY(reloaded());

        // The header sorts in the database.
        m_page->view()->sortByColumn(UserTableModel::FamilyName, Qt::DescendingOrder);
        QVERIFY(reloaded());
        QCOMPARE(test::columnTexts(m_model.get(), UserTableModel::FamilyName),
                 (QStringList{u"Stone"_s, u"King"_s, u"Jones"_s}));
        QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(UserTableModel::FamilyName));
    }

    void selectionShowsDetailAndGroups()
    {
        QVERIFY(!m_page->deleteButton()->isEnabled());
        QVERIFY(select(u"alice@contoso.com"_s));
        QVERIFY(m_page->deleteButton()->isEnabled());
        const ResourceDetailPane *pane = m_page->detailPane();
        QCOMPARE(pane->resourceId(), m_alice);
        const QString title = pane->titleLabel()->text();
        QVERIFY2(title.contains(u"alice@contoso.com"_s) && title.contains(u"version W/&quot;1&quot;"_s)
                     && title.contains(u"Created"_s),
                 qPrintable(title));
        QVERIFY(!pane->warningsLabel()->isVisibleTo(m_page.get()));
        QCOMPARE(formValue(pane, u"id"_s), m_alice);
        QCOMPARE(formValue(pane, u"name.givenName"_s), u"Alice"_s);
        QCOMPARE(formValue(pane, u"emails[type eq \"work\"].value"_s), u"alice@contoso.com"_s);
        QCOMPARE(formValue(pane, u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s),
                 u"Sales"_s);
        QCOMPARE(formValue(pane, u"groups"_s), u"2 groups"_s);
        QCOMPARE(formValue(pane, u"meta.version"_s), u"W/\"1\""_s);
        QVERIFY(!formValue(pane, u"meta.created"_s).isEmpty());
        const QString json = pane->jsonView()->toPlainText();
        QVERIFY2(json.contains(u"\"userName\": \"alice@contoso.com\""_s), qPrintable(json));
        QVERIFY(json.contains(u"\"resourceType\": \"User\""_s));
        QVERIFY(!json.contains(u"\"location\""_s)); // no Tenant URL known yet

        // The groups pane lists her groups by name.
        QCOMPARE(test::columnTexts(m_page->groupsView()->model(), GroupMembersModel::Display),
                 (QStringList{u"Admins"_s, u"Sales"_s}));
        QVERIFY(m_page->groupsTitle()->text().contains(u"member of 2 groups"_s));

        // Bob: one group, deactivated.
        QVERIFY(select(u"bob@contoso.com"_s));
        QCOMPARE(test::columnTexts(m_page->groupsView()->model(), GroupMembersModel::Display),
                 (QStringList{u"Sales"_s}));
        QVERIFY(pane->titleLabel()->text().contains(u"deactivated"_s));

        // Carol: mapping health in the pane and the form, the missing attributes first.
        QVERIFY(select(u"carol@contoso.com"_s));
        QVERIFY(pane->warningsLabel()->isVisibleTo(m_page.get()));
        QVERIFY(pane->warningsLabel()->text().contains(u"emails[type eq &quot;work&quot;].value is missing"_s));
        QCOMPARE(pane->attributeForm()->topLevelItem(0)->text(0), u"emails[type eq \"work\"].value"_s);
        QCOMPARE(pane->attributeForm()->topLevelItem(0)->text(1), u"missing"_s);
        QCOMPARE(pane->attributeForm()->topLevelItem(1)->text(0), u"externalId"_s);
        QVERIFY(m_page->groupsTitle()->text().contains(u"member of 0 groups"_s));

        // With a Tenant URL the JSON carries meta.location.
        QSignalSpy again(m_page->detailPane(), &ResourceDetailPane::loaded);
        m_page->setTenantUrl(kBase);
        QVERIFY(again.wait(5000));
        QVERIFY(pane->jsonView()->toPlainText().contains(kBase + u"/Users/"_s + m_carol));
    }

    void hugeValueShowsTheJsonHeadWithANote()
    {
        // A custom attribute of 3 MB (a photo sent inline): the pane shows the head of the JSON.
        const QByteArray huge
            = "{\"userName\":\"huge@contoso.com\",\"name\":{\"givenName\":\"H\",\"familyName\":\"G\"},"
              "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\""
            + QByteArray(3 << 20, 'x') + "\"}}";
        const QString id = create(ResourceKind::User, huge.constData());
        m_model->reload();
        QVERIFY(reloaded());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(select(u"huge@contoso.com"_s));
        qInfo("showing the user with a 3 MB value took %lld ms (read in the background)", timer.elapsed());
        const ResourceDetailPane *pane = m_page->detailPane();
        QCOMPARE(pane->resourceId(), id);
        QVERIFY(pane->jsonView()->document()->characterCount() <= LongText::kMaxShown + 2);
        QVERIFY(pane->jsonView()->document()->characterCount() < 8 * 1024);
        QVERIFY(pane->jsonNote()->isVisibleTo(m_page.get()));
        // The value is one line of 3 MB: its first 4 KiB are shown.
        QVERIFY2(pane->jsonNote()->text().contains(u"Showing the first 5 KiB of 3"_s),
                 qPrintable(pane->jsonNote()->text()));
        QVERIFY(pane->jsonNote()->text().contains(u"Copy whole JSON"_s));
        QVERIFY(pane->jsonView()->toPlainText().contains(u"\"id\": \""_s + id + u'"'));
        // The form's row is cut too, and the whole JSON is there to take.
        const QString department
            = formValue(pane, u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s);
        QCOMPARE(department.size(), LongText::kMaxValue + 1);
        QVERIFY(department.endsWith(u'\u2026'));
        const_cast<ResourceDetailPane *>(pane)->copyJson();
        QVERIFY(QGuiApplication::clipboard()->text().size() > (3 << 20));
        QCOMPARE(QGuiApplication::clipboard()->text(), pane->jsonText());

        // A small resource has no note.
        QVERIFY(select(u"alice@contoso.com"_s));
        QVERIFY(!pane->jsonNote()->isVisibleTo(m_page.get()));
    }

    void emptyTableSaysWhy()
    {
        EmptyViewHint *hint = m_page->emptyHint();
        QVERIFY(!hint->isActive());
        QTest::keyClicks(m_page->searchField(), u"nobody-has-this"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), 5000);
        QVERIFY2(hint->text().contains(u"No user matches the search."_s), qPrintable(hint->text()));

        // A store without users: the hint says where they come from.
        m_page->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == 3, 5000);
        QVERIFY(!hint->isVisible());
        for (const QString &id : {m_alice, m_bob, m_carol})
            QCOMPARE(m_service->remove(ResourceKind::User, id).status, 204);
        m_model->reload();
        QVERIFY(reloaded());
        QTRY_VERIFY_WITH_TIMEOUT(hint->isVisible(), 5000);
        QVERIFY2(hint->text().contains(u"No users yet."_s), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(u"identity provider provisions them"_s));
    }

    void deleteAsksFirstAndIsAudited()
    {
        QVERIFY(select(u"bob@contoso.com"_s));
        QSignalSpy changed(m_page.get(), &UsersPage::resourcesChanged);
        MessageBox::setNextAnswer(QMessageBox::No);
        m_page->deleteButton()->click();
        QVERIFY(MessageBox::lastText().contains(u"bob@contoso.com"_s));
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);
        QVERIFY((*m_store)->resources().resource(ResourceKind::User, m_bob).has_value());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->deleteButton()->click();
        QVERIFY(changed.wait(5000));
        QVERIFY(reloaded());
        QCOMPARE(test::columnTexts(m_model.get(), UserTableModel::UserName),
                 (QStringList{u"alice@contoso.com"_s, u"carol@contoso.com"_s}));
        QVERIFY(!(*m_store)->resources().resource(ResourceKind::User, m_bob).has_value());
        AuditFilter deletions;
        deletions.actions = {u"user.deleted"_s};
        const QList<AuditEvent> events = (*m_store)->audit().events(deletions, 0, 10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor, u"local"_s);
        QCOMPARE(events.first().targetName, u"bob@contoso.com"_s);
        // Bob was current: the pane no longer shows him.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailPane()->resourceId() != m_bob, 5000);
    }

    void exportWritesTheTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"users.csv"_s);
        m_page->searchField()->setText(u"contoso"_s);
        QVERIFY(reloaded());
        QSignalSpy exported(m_page->actions(), &ResourceActions::exported);
        FileDialog::setNextAnswer(path);
        m_page->exportButton()->click();
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(2).toLongLong(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"id,userName,"_s));
        QVERIFY(lines.at(1).startsWith(m_alice + u",alice@contoso.com,"_s));
        QCOMPARE(m_page->noteLabel()->text(), u"Saved 3 users to users.csv"_s);

        // Cancelled: nothing is written.
        FileDialog::setNextAnswer(QString());
        m_page->exportButton()->click();
        QTest::qWait(200);
        QCOMPARE(exported.size(), 1);
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
