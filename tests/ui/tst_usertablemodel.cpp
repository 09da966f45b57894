// The users table model over a real SQLite store: what each column shows, group counts, inactive
// users, sorting and searching through the proxy, reloads; under QAbstractItemModelTester.

#include "core/scim/resourceservice.h"
#include "core/store/readexecutor.h"
#include "tableviews.h"
#include "testsupport.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

QJsonObject userBody(const QString &userName, bool active = true)
{
    return QJsonObject{
        {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
        {u"userName"_s, userName},
        {u"displayName"_s, QString(u"Display "_s + userName.section(u'@', 0, 0))},
        {u"externalId"_s, QString(u"ext-"_s + userName.section(u'@', 0, 0))},
        {u"active"_s, active},
        {u"name"_s, QJsonObject{{u"givenName"_s, u"Given"_s}, {u"familyName"_s, userName.section(u'@', 0, 0)}}},
        {u"emails"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"home"_s}, {u"value"_s, u"home@example.org"_s}},
                    QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, userName}}}},
    };
}

/// Creates a user through the SCIM service and returns its id.
QString createUser(ResourceService &service, const QString &userName, bool active = true)
{
    const ScimOutcome o = service.create(ResourceKind::User, userBody(userName, active));
    if (o.status != 201)
        qFatal("creating %s failed with %d", qPrintable(userName), o.status);
    return o.body.value(u"id"_s).toString();
}

/// Creates a group with `memberIds` and returns its id.
QString createGroup(ResourceService &service, const QString &name, const QStringList &memberIds)
{
    QJsonArray members;
    for (const QString &id : memberIds)
        members.append(QJsonObject{{u"value"_s, id}});
    const ScimOutcome o
        = service.create(ResourceKind::Group, QJsonObject{{u"displayName"_s, name}, {u"members"_s, members}});
    if (o.status != 201)
        qFatal("creating group %s failed with %d", qPrintable(name), o.status);
    return o.body.value(u"id"_s).toString();
}

int rowOf(const QAbstractItemModel &model, const QString &userName)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, UserTableModel::UserName).data().toString() == userName)
            return row;
    return -1;
}

} // namespace

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
        m_reader = std::make_unique<ReadExecutor>(m_store->config());
    }

    void cleanup()
    {
        m_reader.reset();
        m_service.reset();
        m_store.reset();
    }

    void startsEmptyAndLoadsUsers()
    {
        const QString alice = createUser(*m_service, u"alice@contoso.com"_s);
        const QString bob = createUser(*m_service, u"bob@contoso.com"_s, false);
        createGroup(*m_service, u"Sales"_s, {alice, bob});
        createGroup(*m_service, u"Admins"_s, {alice});

        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));

        QSignalSpy loaded(&model, &UserTableModel::loadFinished);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2);

        const int a = rowOf(model, u"alice@contoso.com"_s);
        QVERIFY(a >= 0);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(a, UserTableModel::DisplayName), u"Display alice"_s);
        QCOMPARE(text(a, UserTableModel::GivenName), u"Given"_s);
        QCOMPARE(text(a, UserTableModel::FamilyName), u"alice"_s);
        QCOMPARE(text(a, UserTableModel::WorkEmail), u"alice@contoso.com"_s); // the work one, not the first
        QCOMPARE(text(a, UserTableModel::ExternalId), u"ext-alice"_s);
        QCOMPARE(text(a, UserTableModel::Active), u"active"_s);
        QCOMPARE(text(a, UserTableModel::Groups), u"2"_s);
        QCOMPARE(model.index(a, UserTableModel::Groups).data(UserTableModel::SortRole).toLongLong(), 2);
        QCOMPARE(model.index(a, UserTableModel::LastModified).data(UserTableModel::SortRole).toDateTime().isValid(),
                 true);
        QVERIFY(!text(a, UserTableModel::LastModified).isEmpty());
        QCOMPARE(model.index(a, UserTableModel::Active).data(UserTableModel::IdRole).toString(), alice);
        QVERIFY(!model.index(a, UserTableModel::UserName).data(Qt::ForegroundRole).isValid());

        // Deactivated users say so and are greyed in every column.
        const int b = rowOf(model, u"bob@contoso.com"_s);
        QCOMPARE(text(b, UserTableModel::Active), u"inactive"_s);
        QCOMPARE(text(b, UserTableModel::Groups), u"1"_s);
        const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(model.index(b, UserTableModel::UserName).data(Qt::ForegroundRole).value<QColor>(), grey);
        QCOMPARE(model.index(b, UserTableModel::LastModified).data(Qt::ForegroundRole).value<QColor>(), grey);

        QCOMPARE(model.headerData(UserTableModel::UserName, Qt::Horizontal).toString(), u"userName"_s);
        QCOMPARE(model.headerData(UserTableModel::Groups, Qt::Horizontal).toString(), u"Groups"_s);
    }

    void reloadShowsChanges()
    {
        createUser(*m_service, u"carol@contoso.com"_s);
        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UserTableModel::loadFinished);
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);

        createUser(*m_service, u"dave@contoso.com"_s);
        // Two reloads asked for during one load end in one more load and one signal.
        model.reload();
        model.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(rowOf(model, u"dave@contoso.com"_s) >= 0);
    }

    void destroyedWhileLoadingIsSafe()
    {
        createUser(*m_service, u"erin@contoso.com"_s);
        auto *model = new UserTableModel(*m_reader);
        model->reload();
        delete model; // the read is still queued or running
        m_reader.reset(); // waits for it: its result must go nowhere
        m_reader = std::make_unique<ReadExecutor>(m_store->config());
        UserTableModel again(*m_reader);
        QSignalSpy loaded(&again, &UserTableModel::loadFinished);
        again.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(again.rowCount(), 1);
    }

    void proxySortsNumbersAsNumbersAndSearches()
    {
        // "few" is in 2 groups, "many" in 10: sorted as text "10" would come before "2".
        const QString few = createUser(*m_service, u"few@contoso.com"_s);
        const QString many = createUser(*m_service, u"many@contoso.com"_s);
        for (int i = 0; i < 10; ++i)
            createGroup(*m_service, u"Group %1"_s.arg(i), i < 2 ? QStringList{few, many} : QStringList{many});

        UserTableModel model(*m_reader);
        QSortFilterProxyModel *proxy = TableViews::searchProxy(&model, &model);
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UserTableModel::loadFinished);
        model.reload();
        QVERIFY(loaded.wait(5000));

        proxy->sort(UserTableModel::Groups, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, UserTableModel::UserName).data().toString(), u"few@contoso.com"_s);
        QCOMPARE(proxy->index(1, UserTableModel::Groups).data().toString(), u"10"_s);

        proxy->setFilterFixedString(u"MANY"_s); // case-insensitive, any column
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, UserTableModel::UserName).data().toString(), u"many@contoso.com"_s);
        proxy->setFilterFixedString(u"ext-few"_s);
        QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterFixedString(u"nobody"_s);
        QCOMPARE(proxy->rowCount(), 0);
    }

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;
};

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
