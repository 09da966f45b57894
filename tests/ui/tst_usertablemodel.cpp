// The users table model over a seeded SQLite store, under QAbstractItemModelTester: rows paged in
// lazily, every column, deactivated users and mapping warnings, sorting and searching in the
// database, reloads that keep the rows in sight, and searches overtaken by newer ones.

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "service/seeder.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/resources/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;
constexpr int kSeededUsers = 450; ///< three pages of PagedResourceModel::kPageSize, the last one partial

/// Waits for the model's next loadFinished().
bool loaded(UserTableModel &model)
{
    QSignalSpy spy(&model, &UserTableModel::loadFinished);
    return spy.wait(10000);
}

QString text(const UserTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestUserTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;
    std::unique_ptr<ReadExecutor> m_reader;

    void seed(int users, int groups)
    {
        Seeder seeder(*m_service);
        SeedOptions options;
        options.users = users;
        options.groups = groups;
        options.membersPerGroup = 25;
        QString error;
        QVERIFY2(seeder.run(options, {}, &error), qPrintable(error));
    }

    QString createUser(const QJsonObject &body)
    {
        const ScimOutcome o = m_service->create(ResourceKind::User, body);
        if (o.status != 201)
            qFatal("creating a user failed with %d", o.status);
        return o.resourceId;
    }

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

    void passesTheTesterAndLoadsLazily()
    {
        seed(kSeededUsers, 4);
        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QSignalSpy counts(&model, &UserTableModel::countsChanged);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), kSeededUsers);
        QCOMPARE(model.totalCount(), kSeededUsers);
        QCOMPARE(model.matchingCount(), kSeededUsers);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.loadedRowCount(), UserTableModel::kPageSize); // only the first page

        // A row further down is read when it is asked for.
        const int row = kSeededUsers - 10;
        QVERIFY(!model.rowAt(row));
        QVERIFY(!model.index(row, UserTableModel::UserName).data().isValid());
        QSignalSpy changed(&model, &UserTableModel::dataChanged);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2 * UserTableModel::kPageSize);
        QVERIFY(model.rowAt(row));
        QVERIFY(!text(model, row, UserTableModel::UserName).isEmpty());
        // Sorted by userName across the pages.
        QVERIFY(ValueCompare::fold(text(model, 0, UserTableModel::UserName))
                < ValueCompare::fold(text(model, row, UserTableModel::UserName)));
    }

    void columnsShowTheUser()
    {
        const QString alice = createUser(
            test::obj("{\"userName\":\"alice@contoso.com\",\"displayName\":\"Alice Jones\",\"active\":true,"
                      "\"externalId\":\"ext-alice\",\"name\":{\"givenName\":\"Alice\",\"familyName\":\"Jones\"},"
                      "\"emails\":[{\"type\":\"home\",\"value\":\"alice@home.example\"},"
                      "{\"type\":\"work\",\"value\":\"alice@contoso.com\"}]}"));
        const QString bob
            = createUser(test::obj("{\"userName\":\"bob@contoso.com\",\"active\":false,\"externalId\":\"ext-bob\","
                                   "\"name\":{\"givenName\":\"Bob\",\"familyName\":\"Stone\"},"
                                   "\"emails\":[{\"type\":\"work\",\"value\":\"bob@contoso.com\"}]}"));
        for (const QString &name : {u"Sales"_s, u"Admins"_s}) {
            QJsonArray members{QJsonObject{{u"value"_s, alice}}};
            if (name == "Sales"_L1)
                members.append(QJsonObject{{u"value"_s, bob}});
            QCOMPARE(
                m_service->create(ResourceKind::Group, QJsonObject{{u"displayName"_s, name}, {u"members"_s, members}})
                    .status,
                201);
        }

        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, UserTableModel::UserName), u"alice@contoso.com"_s);
        QCOMPARE(text(model, 0, UserTableModel::DisplayName), u"Alice Jones"_s);
        QCOMPARE(text(model, 0, UserTableModel::GivenName), u"Alice"_s);
        QCOMPARE(text(model, 0, UserTableModel::FamilyName), u"Jones"_s);
        QCOMPARE(text(model, 0, UserTableModel::WorkEmail), u"alice@contoso.com"_s); // the work one
        QCOMPARE(text(model, 0, UserTableModel::ExternalId), u"ext-alice"_s);
        QCOMPARE(text(model, 0, UserTableModel::Active), u"active"_s);
        QCOMPARE(text(model, 0, UserTableModel::Groups), u"2"_s);
        QVERIFY(model.index(0, UserTableModel::Groups).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        QVERIFY(!text(model, 0, UserTableModel::LastModified).isEmpty());
        QCOMPARE(text(model, 0, UserTableModel::Mapping), QString());
        QCOMPARE(model.index(0, UserTableModel::Mapping).data(UserTableModel::WarningsRole).toInt(), 0);
        QCOMPARE(model.index(0, UserTableModel::Active).data(UserTableModel::IdRole).toString(), alice);
        QVERIFY(!model.index(0, UserTableModel::UserName).data(Qt::ForegroundRole).isValid());

        // Deactivated: greyed in every column, with a badge instead of "active".
        const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(text(model, 1, UserTableModel::Groups), u"1"_s);
        QCOMPARE(text(model, 1, UserTableModel::Active), QString());
        QCOMPARE(model.index(1, UserTableModel::Active).data(UserTableModel::BadgeRole).toString(), u"deactivated"_s);
        QCOMPARE(model.index(1, UserTableModel::UserName).data(Qt::ForegroundRole).value<QColor>(), grey);
        QCOMPARE(model.index(1, UserTableModel::LastModified).data(Qt::ForegroundRole).value<QColor>(), grey);
        QVERIFY(
            model.index(1, UserTableModel::UserName).data(Qt::ToolTipRole).toString().contains(u"active = false"_s));
        // bob has no displayName: Entra's mapping does not send it, so that is no warning...
        QCOMPARE(text(model, 1, UserTableModel::Mapping), QString());

        // ...but a user without a work email and externalId is.
        createUser(test::obj("{\"userName\":\"carol@contoso.com\",\"active\":true,"
                             "\"name\":{\"givenName\":\"Carol\",\"familyName\":\"King\"}}"));
        model.reload();
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 2, UserTableModel::UserName), u"carol@contoso.com"_s);
        QCOMPARE(text(model, 2, UserTableModel::Mapping), u"emails[type eq \"work\"].value, externalId"_s);
        QCOMPARE(model.index(2, UserTableModel::Mapping).data(UserTableModel::BadgeRole).toString(), u"2 missing"_s);
        QCOMPARE(model.index(2, UserTableModel::Mapping).data(UserTableModel::WarningsRole).toInt(),
                 int(MappingHealth::WorkEmail | MappingHealth::ExternalId));
        QVERIFY(model.index(2, UserTableModel::Mapping).data(Qt::ToolTipRole).toString().contains(u"from mail"_s));
        QCOMPARE(model.headerData(UserTableModel::Mapping, Qt::Horizontal).toString(), u"Mapping"_s);
        QCOMPARE(model.headerData(UserTableModel::UserName, Qt::Horizontal).toString(), u"userName"_s);
    }

    void sortsInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("userName desc") << int(UserTableModel::UserName) << true;
        QTest::newRow("displayName") << int(UserTableModel::DisplayName) << false;
        QTest::newRow("given name desc") << int(UserTableModel::GivenName) << true;
        QTest::newRow("family name") << int(UserTableModel::FamilyName) << false;
        QTest::newRow("work email desc") << int(UserTableModel::WorkEmail) << true;
        QTest::newRow("externalId") << int(UserTableModel::ExternalId) << false;
        QTest::newRow("groups desc") << int(UserTableModel::Groups) << true;
        QTest::newRow("last modified") << int(UserTableModel::LastModified) << false;
        QTest::newRow("active") << int(UserTableModel::Active) << false;
        QTest::newRow("mapping desc") << int(UserTableModel::Mapping) << true;
    }

    void sortsInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        seed(kSeededUsers, 6);
        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(loaded(model));
        QSignalSpy applied(&model, &UserTableModel::queryApplied);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QVERIFY(loaded(model));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.rowCount(), kSeededUsers);

        // The rows of the first page are in order, and they are the store's first rows.
        auto key = [&](int row) -> QVariant {
            const QModelIndex i = model.index(row, column);
            if (column == UserTableModel::Groups)
                return i.data().toLongLong();
            if (column == UserTableModel::Mapping)
                return i.data(UserTableModel::WarningsRole).toInt();
            if (column == UserTableModel::Active)
                return i.data(UserTableModel::BadgeRole).toString().isEmpty();
            return ValueCompare::fold(i.data().toString());
        };
        for (int row = 1; row < UserTableModel::kPageSize; ++row) {
            const int order = QVariant::compare(key(row - 1), key(row)) == QPartialOrdering::Less ? -1
                : QVariant::compare(key(row - 1), key(row)) == QPartialOrdering::Greater          ? 1
                                                                                                  : 0;
            QVERIFY2(descending ? order >= 0 : order <= 0, qPrintable(u"row %1"_s.arg(row)));
        }
        BrowseQuery q = model.query();
        q.limit = 1;
        const BrowsePage first = (*m_store)->browse().page(ResourceKind::User, q);
        QCOMPARE(model.index(0, 0).data(UserTableModel::IdRole).toString(), first.rows.first().id);
    }

    void searchesInTheDatabase()
    {
        seed(kSeededUsers, 3);
        int expected = 0;
        int incomplete = 0;
        for (int i = 0; i < kSeededUsers; ++i) {
            const QJsonObject body = Seeder::userBody(SeedOptions().seed, i);
            const QJsonObject name = body.value("name"_L1).toObject();
            const QStringList values{ResourceMapper::userName(body),        ResourceMapper::displayName(body),
                                     name.value("givenName"_L1).toString(), name.value("familyName"_L1).toString(),
                                     ResourceMapper::workEmail(body),       ResourceMapper::externalId(body)};
            if (values.join(u'\n').contains(u"berg"_s, Qt::CaseInsensitive))
                ++expected;
            if (MappingHealth::missing(ResourceKind::User, body))
                ++incomplete;
        }
        QVERIFY(expected > 0);
        QVERIFY(incomplete > 0);

        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(loaded(model));
        model.setSearch(u"BERG"_s);
        QCOMPARE(model.search(), u"BERG"_s);
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.matchingCount(), expected);
        QCOMPARE(model.totalCount(), kSeededUsers);
        for (int row = 0; row < model.rowCount(); ++row) {
            const BrowseRow *r = model.rowAt(row);
            QVERIFY(r);
            QVERIFY2(QString(r->name + r->displayName + r->familyName).contains(u"berg"_s, Qt::CaseInsensitive),
                     qPrintable(r->name));
        }

        model.setWarningsOnly(true);
        QVERIFY(loaded(model));
        QVERIFY(model.rowCount() <= expected);
        model.setSearch(QString());
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), incomplete);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, UserTableModel::Mapping).data(UserTableModel::WarningsRole).toInt() != 0);
        model.setWarningsOnly(false);
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), kSeededUsers);

        // Typing fast: the reads of overtaken searches are dropped, the last one is shown once.
        QSignalSpy resets(&model, &UserTableModel::modelReset);
        for (const QString &prefix : {u"s"_s, u"sv"_s, u"svc"_s, u"svc-"_s})
            model.setSearch(prefix);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QVERIFY(resets.size() <= 2);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(text(model, row, UserTableModel::UserName).startsWith(u"svc-"_s));
    }

    void reloadKeepsTheRowsInSight()
    {
        seed(kSeededUsers, 2);
        UserTableModel model(*m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(loaded(model));
        const int row = UserTableModel::kPageSize + 20;
        model.index(row, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(row), 10000);
        const QString id = model.index(row, 0).data(UserTableModel::IdRole).toString();
        // match() finds the loaded rows only.
        QCOMPARE(model.match(model.index(0, 0), UserTableModel::IdRole, id).value(0).row(), row);
        QVERIFY(model.match(model.index(0, 0), UserTableModel::IdRole, u"no-such-id"_s).isEmpty());

        // A reload of the same query reads the page in sight with the counts: no blank rows.
        QSignalSpy applied(&model, &UserTableModel::queryApplied);
        model.reload();
        QVERIFY(loaded(model));
        QVERIFY(model.rowAt(row));
        QCOMPARE(model.index(row, 0).data(UserTableModel::IdRole).toString(), id);
        QCOMPARE(applied.size(), 0); // the same query, refreshed

        // Two reloads asked for during one read end in one more read and one signal.
        QSignalSpy finished(&model, &UserTableModel::loadFinished);
        model.reload();
        model.reload();
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void destroyedWhileLoadingIsSafe()
    {
        seed(20, 1);
        auto *model = new UserTableModel(*m_reader);
        model->reload();
        delete model; // the read is still queued or running
        m_reader.reset(); // waits for it: its result must go nowhere
        m_reader = std::make_unique<ReadExecutor>(m_store->config());
        UserTableModel again(*m_reader);
        again.reload();
        QVERIFY(loaded(again));
        QCOMPARE(again.rowCount(), 20);
    }
};

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
