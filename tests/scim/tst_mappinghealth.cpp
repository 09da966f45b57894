// Mapping health: each attribute of Entra's default user and group mapping is checked on its own
// (present, missing, empty and the edge cases of each), and the paths and explanations shown.

#include "scim/mappinghealth.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

Q_DECLARE_METATYPE(MappingHealth::Attributes)

namespace {

/// A user carrying every attribute the default mapping sends.
QJsonObject completeUser()
{
    return QJsonObject{
        {u"userName"_s, u"ada.berg@contoso.example"_s},
        {u"active"_s, true},
        {u"emails"_s, QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"ada.berg@contoso.example"_s}}}},
        {u"name"_s, QJsonObject{{u"givenName"_s, u"Ada"_s}, {u"familyName"_s, u"Berg"_s}}},
        {u"externalId"_s, u"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"_s},
    };
}

QJsonObject completeGroup()
{
    return QJsonObject{{u"displayName"_s, u"Sales"_s}, {u"externalId"_s, u"8e1b5e1c-1f3a-4c4e-9d9c-0c6e9a1f2b3d"_s}};
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject withName(const QJsonObject &user, const QJsonObject &name)
{
    return with(user, u"name"_s, name);
}

QJsonObject withEmails(const QJsonObject &user, const QJsonArray &emails)
{
    return with(user, u"emails"_s, emails);
}

} // namespace

class TestMappingHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedAttributesFollowTheDefaultMapping()
    {
        QCOMPARE(MappingHealth::paths(ResourceKind::User, MappingHealth::Attributes::fromInt(0xff)),
                 (QStringList{u"userName"_s, u"active"_s, u"emails[type eq \"work\"].value"_s, u"name.givenName"_s,
                              u"name.familyName"_s, u"externalId"_s}));
        QCOMPARE(MappingHealth::paths(ResourceKind::Group, MappingHealth::Attributes::fromInt(0xff)),
                 (QStringList{u"displayName"_s, u"externalId"_s, u"members"_s}));
        // The values are stored in the database: they must not change.
        QCOMPARE(int(MappingHealth::UserName), 1);
        QCOMPARE(int(MappingHealth::WorkEmail), 4);
        QCOMPARE(int(MappingHealth::Members), 128);
    }

    void userAttributes_data()
    {
        QTest::addColumn<QJsonObject>("user");
        QTest::addColumn<MappingHealth::Attributes>("missing");
        const QJsonObject ok = completeUser();
        using H = MappingHealth;
        QTest::newRow("complete") << ok << H::Attributes();

        QTest::newRow("userName absent") << without(ok, u"userName"_s) << H::Attributes(H::UserName);
        QTest::newRow("userName empty") << with(ok, u"userName"_s, u""_s) << H::Attributes(H::UserName);
        QTest::newRow("userName blank") << with(ok, u"userName"_s, u"  "_s) << H::Attributes(H::UserName);

        QTest::newRow("active absent") << without(ok, u"active"_s) << H::Attributes(H::Active);
        QTest::newRow("active false is a value") << with(ok, u"active"_s, false) << H::Attributes();
        QTest::newRow("active as text") << with(ok, u"active"_s, u"true"_s) << H::Attributes(H::Active);

        QTest::newRow("emails absent") << without(ok, u"emails"_s) << H::Attributes(H::WorkEmail);
        QTest::newRow("home email only") << withEmails(
            ok, {QJsonObject{{u"type"_s, u"home"_s}, {u"value"_s, u"ada@example.org"_s}}})
                                         << H::Attributes(H::WorkEmail);
        QTest::newRow("email without type")
            << withEmails(ok, {QJsonObject{{u"value"_s, u"ada@example.org"_s}, {u"primary"_s, true}}})
            << H::Attributes(H::WorkEmail);
        QTest::newRow("work email empty") << withEmails(ok, {QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u""_s}}})
                                          << H::Attributes(H::WorkEmail);
        QTest::newRow("work in any case")
            << withEmails(ok, {QJsonObject{{u"type"_s, u"Work"_s}, {u"value"_s, u"ada@contoso.example"_s}}})
            << H::Attributes();
        QTest::newRow("work email after a home one")
            << withEmails(ok,
                          {QJsonObject{{u"type"_s, u"home"_s}, {u"value"_s, u"ada@example.org"_s}},
                           QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"ada@contoso.example"_s}}})
            << H::Attributes();

        QTest::newRow("givenName absent")
            << withName(ok, {{u"familyName"_s, u"Berg"_s}}) << H::Attributes(H::GivenName);
        QTest::newRow("givenName empty") << withName(ok, {{u"givenName"_s, u""_s}, {u"familyName"_s, u"Berg"_s}})
                                         << H::Attributes(H::GivenName);
        QTest::newRow("familyName absent")
            << withName(ok, {{u"givenName"_s, u"Ada"_s}}) << H::Attributes(H::FamilyName);
        QTest::newRow("name absent") << without(ok, u"name"_s) << (H::GivenName | H::FamilyName);
        QTest::newRow("formatted name only")
            << withName(ok, {{u"formatted"_s, u"Ada Berg"_s}}) << (H::GivenName | H::FamilyName);

        QTest::newRow("externalId absent") << without(ok, u"externalId"_s) << H::Attributes(H::ExternalId);
        QTest::newRow("externalId empty") << with(ok, u"externalId"_s, u""_s) << H::Attributes(H::ExternalId);

        QTest::newRow("service account") << without(without(ok, u"name"_s), u"emails"_s)
                                         << (H::WorkEmail | H::GivenName | H::FamilyName);
        QTest::newRow("nothing but userName")
            << QJsonObject{{u"userName"_s, u"x"_s}}
            << (H::Active | H::WorkEmail | H::GivenName | H::FamilyName | H::ExternalId);
    }

    void userAttributes()
    {
        QFETCH(QJsonObject, user);
        QFETCH(MappingHealth::Attributes, missing);
        QCOMPARE(MappingHealth::missing(ResourceKind::User, user), missing);
    }

    void groupAttributes()
    {
        using H = MappingHealth;
        const QJsonObject ok = completeGroup();
        QCOMPARE(H::missing(ResourceKind::Group, ok), H::Attributes());
        QCOMPARE(H::missing(ResourceKind::Group, without(ok, u"displayName"_s)), H::Attributes(H::DisplayName));
        QCOMPARE(H::missing(ResourceKind::Group, with(ok, u"displayName"_s, u""_s)), H::Attributes(H::DisplayName));
        QCOMPARE(H::missing(ResourceKind::Group, without(ok, u"externalId"_s)), H::Attributes(H::ExternalId));
        // Members live in the memberships table; missing() never reports them.
        QCOMPARE(H::missing(ResourceKind::Group, with(ok, u"members"_s, QJsonArray())), H::Attributes());
        QCOMPARE(H::missingMembers(0), H::Attributes(H::Members));
        QCOMPARE(H::missingMembers(1), H::Attributes());
        QCOMPARE(H::missingMembers(100000), H::Attributes());
        // User attributes are not asked of groups, nor group ones of users.
        QCOMPARE(H::missing(ResourceKind::Group, QJsonObject{{u"displayName"_s, u"x"_s}, {u"externalId"_s, u"y"_s}}),
                 H::Attributes());
        QVERIFY(!H::missing(ResourceKind::User, completeUser()).testFlag(H::DisplayName));
    }

    void explanationsNameTheEntraSource()
    {
        using H = MappingHealth;
        const QStringList lines = H::explanations(ResourceKind::User, H::WorkEmail | H::GivenName);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"emails[type eq \"work\"].value is missing (Entra sends it from mail)."_s);
        QCOMPARE(lines.at(1), u"name.givenName is missing (Entra sends it from givenName)."_s);
        QVERIFY(H::explanations(ResourceKind::Group, H::Attributes(H::Members)).first().startsWith(u"members"_s));
        QCOMPARE(H::entraSource(H::FamilyName), u"surname"_s);
        QCOMPARE(H::entraSource(H::UserName), u"userPrincipalName"_s);
        QVERIFY(H::explanations(ResourceKind::User, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingHealth)
#include "tst_mappinghealth.moc"
