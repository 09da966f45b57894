// Reading client bodies into canonical form and building representations (RFC 7643 §2–§4).

#include "scim/resourcemapper.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

class TestResourceMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entraCreateBody()
    {
        // The body of MS-SCIM "Create User", with the older sample's null attributes.
        QList<Quirk> notes;
        auto r = ResourceMapper::fromClient(ResourceKind::User, obj(R"({
            "schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
            "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","UserName":"Test_User@contoso.com","active":"True",
            "emails":[{"Primary":true,"type":"work","value":"Test_User@testuser.com"}],
            "meta":{"resourceType":"User"},"id":"client-chosen",
            "name":{"formatted":"givenName familyName","familyName":"familyName","givenName":"givenName"},
            "roles":[],"title":null,"addresses":null,
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"Department":"Sales","manager":"m-1"}})"),
                                            &notes);
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail));
        const QJsonObject d = r.value().data;
        QCOMPARE(d.value("userName"_L1).toString(), u"Test_User@contoso.com"_s); // canonical name
        QCOMPARE(d.value("active"_L1), QJsonValue(true)); // string coerced
        QVERIFY(!d.contains("meta"_L1));
        QVERIFY(!d.contains("id"_L1));
        QVERIFY(!d.contains("roles"_L1)); // empty array: no value
        QVERIFY(!d.contains("title"_L1)); // null: no value
        QCOMPARE(d.value("emails"_L1).toArray().at(0).toObject().value("primary"_L1), QJsonValue(true));
        const QJsonObject ext = d.value("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_L1).toObject();
        QCOMPARE(ext.value("department"_L1).toString(), u"Sales"_s);
        QCOMPARE(ext.value("manager"_L1).toObject().value("value"_L1).toString(), u"m-1"_s);
        QVERIFY(test::quirkTexts(notes).join(u'\n').contains(u"active sent as string"_s));
    }

    void passwordNeverStored()
    {
        auto r
            = ResourceMapper::fromClient(ResourceKind::User, obj(R"({"userName":"okta.user","password":"S3cret!"})"));
        QVERIFY(r);
        QVERIFY(!r.value().data.contains("password"_L1));
    }

    void customExtensionKeptAsSent()
    {
        auto r = ResourceMapper::fromClient(
            ResourceKind::User, obj(R"({"userName":"a","urn:contoso:scim:custom:1.0:User":{"costCode":"X1"}})"));
        QVERIFY(r);
        QCOMPARE(r.value().data.value("urn:contoso:scim:custom:1.0:User"_L1).toObject().value("costCode"_L1).toString(),
                 u"X1"_s);
    }

    void unknownCoreAttributesDropped()
    {
        auto r = ResourceMapper::fromClient(ResourceKind::User, obj(R"({"userName":"a","adreses":[{"x":1}]})"));
        QVERIFY(r);
        QVERIFY(!r.value().data.contains("adreses"_L1));
    }

    void requiredAttributes()
    {
        auto user = ResourceMapper::fromClient(ResourceKind::User, obj(R"({"userame":"typo"})"));
        QVERIFY(!user);
        QCOMPARE(user.error().scimType, u"invalidValue"_s);
        QVERIFY(user.error().detail.contains(u"userName"_s));
        auto group = ResourceMapper::fromClient(ResourceKind::Group, obj(R"({"displayName":"  "})"));
        QVERIFY(!group);
        QVERIFY(group.error().detail.contains(u"displayName"_s));
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("userName number") << QByteArray(R"({"userName":42})") << u"userName"_s;
        QTest::newRow("active word") << QByteArray(R"({"userName":"a","active":"yes"})") << u"active"_s;
        QTest::newRow("name string array") << QByteArray(R"({"userName":"a","name":[1,2]})") << u"name"_s;
        QTest::newRow("email value object")
            << QByteArray(R"({"userName":"a","emails":[{"value":{"x":1}}]})") << u"emails.value"_s;
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detailPart);
        auto r = ResourceMapper::fromClient(ResourceKind::User, QJsonDocument::fromJson(json).object());
        QVERIFY(!r);
        QCOMPARE(r.error().status, 400);
        QCOMPARE(r.error().scimType, u"invalidValue"_s);
        QVERIFY2(r.error().detail.contains(detailPart), qPrintable(r.error().detail));
    }

    void groupMembers()
    {
        auto r = ResourceMapper::fromClient(ResourceKind::Group,
                                            obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
            "http:\/\/schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
            "displayName":"Sales","members":[{"value":"u1","display":"ignored"},{"value":"u2","type":"user"},{"value":"u1"}]})"));
        QVERIFY(r);
        QVERIFY(r.value().members.has_value());
        const auto members = *r.value().members;
        QCOMPARE(members.size(), 2); // u1 once
        QCOMPARE(members[1].type, u"User"_s);
        QVERIFY(!r.value().data.contains("members"_L1));
        auto noValue = ResourceMapper::fromClient(ResourceKind::Group,
                                                  obj(R"({"displayName":"S","members":[{"display":"x"}]})"));
        QVERIFY(!noValue);
    }

    void representation()
    {
        Resource res;
        res.id = u"abc"_s;
        res.data = obj(
            R"({"userName":"a","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"D"}})");
        res.created = QDateTime::fromString(u"2026-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs);
        res.lastModified = res.created;
        res.version = 3;
        const QList<GroupRef> groups{{u"g1"_s, u"Sales"_s}};
        const QJsonObject rep
            = ResourceMapper::toRepresentation(ResourceKind::User, res, u"http://h:1/scim/v2"_s, nullptr, &groups);
        QCOMPARE(rep.value("id"_L1).toString(), u"abc"_s);
        const QJsonArray schemas = rep.value("schemas"_L1).toArray();
        QVERIFY(schemas.contains(u"urn:ietf:params:scim:schemas:core:2.0:User"_s));
        QVERIFY(schemas.contains(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s));
        const QJsonObject meta = rep.value("meta"_L1).toObject();
        QCOMPARE(meta.value("resourceType"_L1).toString(), u"User"_s);
        QCOMPARE(meta.value("created"_L1).toString(), u"2026-01-02T03:04:05.678Z"_s);
        QCOMPARE(meta.value("location"_L1).toString(), u"http://h:1/scim/v2/Users/abc"_s);
        QCOMPARE(meta.value("version"_L1).toString(), u"W/\"3\""_s);
        QCOMPARE(rep.value("groups"_L1).toArray().at(0).toObject().value("display"_L1).toString(), u"Sales"_s);
    }
};

QTEST_GUILESS_MAIN(TestResourceMapper)
#include "tst_resourcemapper.moc"
