// PATCH (RFC 7644 §3.5.2) in both Entra ID dialects and Okta's forms, applied to stored attributes.

#include "scim/patchengine.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

namespace {

const char *kEnterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

QJsonObject baseUser()
{
    return obj(R"({"userName":"alice@contoso.com","active":true,"displayName":"Alice",
        "name":{"givenName":"Alice","familyName":"Smith"},
        "emails":[{"type":"work","value":"alice@contoso.com","primary":true}]})");
}

QJsonObject patchBody(const char *operationsJson)
{
    QJsonObject body = obj(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})");
    body.insert(u"Operations"_s, QJsonDocument::fromJson(QByteArray(operationsJson)).array());
    return body;
}

PatchResult apply(const QJsonObject &data, const char *ops, ResourceKind kind = ResourceKind::User)
{
    auto r = PatchEngine::apply(kind, data, patchBody(ops));
    if (!r)
        qFatal("unexpected PATCH error: %s", qPrintable(r.error().detail));
    return r.value();
}

} // namespace

class TestPatchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opInAnyLetterCase()
    {
        for (const char *ops : {R"([{"op":"Replace","path":"displayName","value":"A1"}])",
                                R"([{"op":"replace","path":"displayName","value":"A1"}])",
                                R"([{"op":"REPLACE","path":"displayName","value":"A1"}])"}) {
            const auto r = apply(baseUser(), ops);
            QCOMPARE(r.data.value("displayName"_L1).toString(), u"A1"_s);
        }
    }

    void booleanStrings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        QTest::newRow("False") << u"\"False\""_s << false;
        QTest::newRow("false") << u"\"false\""_s << false;
        QTest::newRow("True") << u"\"True\""_s << true;
        QTest::newRow("true") << u"\"true\""_s << true;
        QTest::newRow("json false") << u"false"_s << false;
    }

    void booleanStrings()
    {
        QFETCH(QString, value);
        QFETCH(bool, expected);
        QJsonObject start = baseUser();
        start.insert(u"active"_s, !expected);
        const QByteArray ops = R"([{"op":"Replace","path":"active","value":)" + value.toUtf8() + "}]";
        const auto r = apply(start, ops.constData());
        QVERIFY(r.data.value("active"_L1).isBool());
        QCOMPARE(r.data.value("active"_L1).toBool(), expected);
    }

    void reactivateDeactivatedUser()
    {
        QJsonObject start = baseUser();
        start.insert(u"active"_s, false);
        const auto r = apply(start, R"([{"op":"Replace","path":"active","value":"True"}])");
        QCOMPARE(r.data.value("active"_L1).toBool(), true);
    }

    void pathlessActiveOkta()
    {
        const auto r = apply(baseUser(), R"([{"op":"replace","value":{"active":false}}])");
        QCOMPARE(r.data.value("active"_L1).toBool(true), false);
    }

    void pathlessDottedAndUrnKeys()
    {
        // Entra with aadOptscim062020 bundles single-valued changes into one path-less op.
        const auto r = apply(baseUser(), R"([{"op":"replace","value":{"displayName":"Bjfe","name.givenName":"Kkom",
            "name.familyName":"Unua","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"Aklq"}}])");
        QCOMPARE(r.data.value("displayName"_L1).toString(), u"Bjfe"_s);
        QCOMPARE(r.data.value("name"_L1).toObject().value("givenName"_L1).toString(), u"Kkom"_s);
        QCOMPARE(r.data.value("name"_L1).toObject().value("familyName"_L1).toString(), u"Unua"_s);
        QCOMPARE(r.data.value(QLatin1StringView(kEnterprise)).toObject().value("employeeNumber"_L1).toString(),
                 u"Aklq"_s);
        QVERIFY(!r.data.contains("name.givenName"_L1)); // never stored as a literal dotted key
    }

    void replaceOneSubAttributeKeepsSiblings()
    {
        const auto r = apply(baseUser(), R"([{"op":"Replace","path":"name.familyName","value":"Jones"}])");
        const QJsonObject name = r.data.value("name"_L1).toObject();
        QCOMPARE(name.value("familyName"_L1).toString(), u"Jones"_s);
        QCOMPARE(name.value("givenName"_L1).toString(), u"Alice"_s);
    }

    void valuePathReplace()
    {
        const auto r
            = apply(baseUser(),
                    R"([{"op":"Replace","path":"emails[type eq \u0022work\u0022].value","value":"new@contoso.com"}])");
        const QJsonArray emails = r.data.value("emails"_L1).toArray();
        QCOMPARE(emails.size(), 1);
        QCOMPARE(emails.at(0).toObject().value("value"_L1).toString(), u"new@contoso.com"_s);
        QCOMPARE(emails.at(0).toObject().value("primary"_L1).toBool(), true);
    }

    void valuePathAddWhenNoElementMatches()
    {
        // Entra sends several sub-attribute adds for an address that does not exist yet: one element.
        const auto r = apply(baseUser(), R"([
            {"op":"add","path":"addresses[type eq \u0022work\u0022].formatted","value":"1 Main St, Springfield"},
            {"op":"add","path":"addresses[type eq \u0022work\u0022].locality","value":"Springfield"},
            {"op":"add","path":"addresses[type eq \u0022work\u0022].region","value":"IL"}])");
        const QJsonArray addresses = r.data.value("addresses"_L1).toArray();
        QCOMPARE(addresses.size(), 1);
        const QJsonObject a = addresses.at(0).toObject();
        QCOMPARE(a.value("type"_L1).toString(), u"work"_s);
        QCOMPARE(a.value("locality"_L1).toString(), u"Springfield"_s);
        QCOMPARE(a.value("region"_L1).toString(), u"IL"_s);
        QCOMPARE(a.value("formatted"_L1).toString(), u"1 Main St, Springfield"_s);
    }

    void valuePathAddNextToElementOfAnotherType()
    {
        const auto r
            = apply(baseUser(),
                    R"([{"op":"Add","path":"emails[type eq \u0022home\u0022].value","value":"alice@home.example"}])");
        const QJsonArray emails = r.data.value("emails"_L1).toArray();
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.at(0).toObject().value("value"_L1).toString(), u"alice@contoso.com"_s);
        QCOMPARE(emails.at(1).toObject().value("type"_L1).toString(), u"home"_s);
        QCOMPARE(emails.at(1).toObject().value("value"_L1).toString(), u"alice@home.example"_s);
    }

    void managerAsBareStringAndRemoval()
    {
        const auto set = apply(
            baseUser(),
            R"([{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"271"}])");
        QCOMPARE(set.data.value(QLatin1StringView(kEnterprise))
                     .toObject()
                     .value("manager"_L1)
                     .toObject()
                     .value("value"_L1)
                     .toString(),
                 u"271"_s);
        const auto cleared = apply(
            set.data,
            R"([{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":""}])");
        QVERIFY(!cleared.data.contains(QLatin1StringView(kEnterprise)));
        const auto removed
            = apply(set.data,
                    R"([{"op":"Remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager"}])");
        QVERIFY(!removed.data.value(QLatin1StringView(kEnterprise)).toObject().contains("manager"_L1));
        // MS-SCIM's older sample: an array with one {value, $ref}
        const auto array = apply(
            baseUser(),
            R"([{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":[{"$ref":"../Users/26","value":"26"}]}])");
        QCOMPARE(array.data.value(QLatin1StringView(kEnterprise))
                     .toObject()
                     .value("manager"_L1)
                     .toObject()
                     .value("value"_L1)
                     .toString(),
                 u"26"_s);
    }

    void managerWithoutUrnAsOlderSample()
    {
        // MS-SCIM Example 5: {"op":"Add","path":"manager","value":[{"$ref":"…","value":"id"}]}
        const auto r = apply(baseUser(), R"([{"op":"Add","path":"manager","value":[{"$ref":null,"value":"m-7"}]}])");
        QCOMPARE(r.data.value(QLatin1StringView(kEnterprise))
                     .toObject()
                     .value("manager"_L1)
                     .toObject()
                     .value("value"_L1)
                     .toString(),
                 u"m-7"_s);
    }

    void scalarSentAsOneElementArray()
    {
        // azure-docs#42220: a rename sent the way an old Microsoft library does.
        const auto r = apply(obj(R"({"displayName":"Old"})"),
                             R"([{"op":"Replace","path":"displayName","value":[{"$ref":null,"value":"New"}]}])",
                             ResourceKind::Group);
        QCOMPARE(r.data.value("displayName"_L1).toString(), u"New"_s);
        QVERIFY(test::quirkTexts(r.quirks).join(u'\n').contains(u"one-element array"_s));
    }

    void legacyDotBeforeExtensionAttribute()
    {
        const auto r = apply(
            baseUser(),
            R"([{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.department","value":"Sales"}])");
        QCOMPARE(r.data.value(QLatin1StringView(kEnterprise)).toObject().value("department"_L1).toString(), u"Sales"_s);
    }

    void nullAndEmptyClear()
    {
        QJsonObject start = baseUser();
        start.insert(u"title"_s, u"Boss"_s);
        QVERIFY(!apply(start, R"([{"op":"replace","path":"title","value":""}])").data.contains("title"_L1));
        QVERIFY(!apply(start, R"([{"op":"replace","path":"title","value":null}])").data.contains("title"_L1));
        QVERIFY(!apply(start, R"([{"op":"remove","path":"title"}])").data.contains("title"_L1));
    }

    // RFC 7643 §2.4 / RFC 7644 §3.5.2: the element a PATCH makes primary keeps it; the server
    // sets primary to false on the others, so a user never ends with two primary emails.
    void primaryMovesToTheElementMadePrimary_data()
    {
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<QString>("primaryType");
        QTest::newRow("add a primary home email")
            << QByteArray("[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"a@home."
                          "example\",\"primary\":true}]}]")
            << u"home"_s;
        QTest::newRow("value-path replace of primary") << QByteArray(
            "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"a@home.example\"}]},{"
            "\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].primary\",\"value\":true}]")
                                                       << u"home"_s;
        QTest::newRow("Entra's string boolean on a new element")
            << QByteArray("[{\"op\":\"Add\",\"path\":\"emails[type eq "
                          "\\\"other\\\"].value\",\"value\":\"a@other.example\"},{\"op\":\"Replace\",\"path\":\"emails["
                          "type eq \\\"other\\\"].primary\",\"value\":\"True\"}]")
            << u"other"_s;
        QTest::newRow("primary kept when another element is added")
            << QByteArray("[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"a@home."
                          "example\",\"primary\":false}]}]")
            << u"work"_s;
        QTest::newRow("replace of the whole array with two primaries keeps the last") << QByteArray(
            "[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"h@x.example\","
            "\"primary\":true},{\"type\":\"other\",\"value\":\"o@x.example\",\"primary\":true}]}]")
                                                                                      << u"other"_s;
    }

    void primaryMovesToTheElementMadePrimary()
    {
        QFETCH(QByteArray, ops);
        QFETCH(QString, primaryType);
        const QJsonObject data = apply(baseUser(), ops.constData()).data;
        const QJsonArray list = data.value("emails"_L1).toArray();
        QCOMPARE(list.size(), 2);
        QStringList primary;
        for (const QJsonValue &e : list)
            if (e.toObject().value("primary"_L1).toBool())
                primary.append(e.toObject().value("type"_L1).toString());
        QCOMPARE(primary, QStringList{primaryType});
    }

    void primaryOfAnotherAttributeUntouched()
    {
        QJsonObject start = baseUser();
        start.insert(u"phoneNumbers"_s,
                     QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"1"_s}, {u"primary"_s, true}}});
        const QJsonObject data = apply(start, R"([{"op":"add","path":"emails","value":[{"type":"home",
            "value":"a@home.example","primary":true}]}])")
                                     .data;
        QVERIFY(data.value("phoneNumbers"_L1).toArray().first().toObject().value("primary"_L1).toBool());
    }

    void memberChangesInEveryForm()
    {
        const QJsonObject group = obj(R"({"displayName":"Finance"})");
        auto add
            = apply(group, R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"u1"},{"value":"u2"}]}])",
                    ResourceKind::Group);
        QCOMPARE(add.memberChanges.size(), 1);
        QCOMPARE(add.memberChanges[0].kind, MemberChange::Kind::Add);
        QCOMPARE(add.memberChanges[0].members.size(), 2);
        QCOMPARE(add.memberChanges[0].members[1].value, u"u2"_s);

        auto removeByValueArray = apply(
            group, R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"u1"}]}])", ResourceKind::Group);
        QCOMPARE(removeByValueArray.memberChanges[0].kind, MemberChange::Kind::Remove);
        QCOMPARE(removeByValueArray.memberChanges[0].members.size(), 1);
        QVERIFY(test::quirkTexts(removeByValueArray.quirks).join(u'\n').contains(u"only the listed members"_s));

        auto removeByFilter
            = apply(group, R"([{"op":"remove","path":"members[value eq \u0022u1\u0022]"}])", ResourceKind::Group);
        QCOMPARE(removeByFilter.memberChanges[0].kind, MemberChange::Kind::RemoveMatching);
        QVERIFY(removeByFilter.memberChanges[0].filter);

        auto removeAll = apply(group, R"([{"op":"remove","path":"members"}])", ResourceKind::Group);
        QCOMPARE(removeAll.memberChanges[0].kind, MemberChange::Kind::RemoveAll);

        auto replace = apply(group, R"([{"op":"replace","path":"members","value":[]}])", ResourceKind::Group);
        QCOMPARE(replace.memberChanges[0].kind, MemberChange::Kind::Replace);
        QVERIFY(replace.memberChanges[0].members.isEmpty());

        // A member given as a bare id string (Entra's reference collection) and without type.
        auto bare = apply(group, R"([{"op":"add","path":"members","value":"u9"}])", ResourceKind::Group);
        QCOMPARE(bare.memberChanges[0].members[0].value, u"u9"_s);
        QVERIFY(bare.memberChanges[0].members[0].type.isEmpty());
    }

    void pathlessGroupRenameKeepsMembers()
    {
        // Okta: {"op":"replace","value":{"id":"…","displayName":"…"}}, sent with membership updates.
        const auto r
            = apply(obj(R"({"displayName":"Finance"})"),
                    R"([{"op":"replace","value":{"id":"g1","displayName":"Finance EMEA"}}])", ResourceKind::Group);
        QCOMPARE(r.data.value("displayName"_L1).toString(), u"Finance EMEA"_s);
        QVERIFY(r.memberChanges.isEmpty());
        QVERIFY(!r.data.contains("id"_L1));
    }

    void customExtensionAttributesKept()
    {
        const auto r = apply(
            baseUser(),
            R"([{"op":"add","path":"urn:ietf:params:scim:schemas:extension:contoso:2.0:User:badgeColor","value":"blue"}])");
        QCOMPARE(r.data.value("urn:ietf:params:scim:schemas:extension:contoso:2.0:User"_L1)
                     .toObject()
                     .value("badgeColor"_L1)
                     .toString(),
                 u"blue"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("ops");
        QTest::addColumn<QString>("scimType");
        QTest::newRow("unknown op") << QString::fromUtf8(R"([{"op":"merge","path":"title","value":"x"}])")
                                    << u"invalidSyntax"_s;
        QTest::newRow("remove without path") << QString::fromUtf8(R"([{"op":"remove"}])") << u"noTarget"_s;
        QTest::newRow("read-only id") << QString::fromUtf8(R"([{"op":"replace","path":"id","value":"x"}])")
                                      << u"mutability"_s;
        QTest::newRow("read-only meta") << QString::fromUtf8(R"([{"op":"replace","path":"meta.created","value":"x"}])")
                                        << u"mutability"_s;
        QTest::newRow("unknown attribute")
            << QString::fromUtf8(R"([{"op":"replace","path":"favouriteColour","value":"x"}])") << u"invalidPath"_s;
        QTest::newRow("bad boolean") << QString::fromUtf8(R"([{"op":"replace","path":"active","value":"maybe"}])")
                                     << u"invalidValue"_s;
        QTest::newRow("string for complex value")
            << QString::fromUtf8(R"([{"op":"replace","path":"name","value":[1,2]}])") << u"invalidValue"_s;
        QTest::newRow("malformed path") << QString::fromUtf8(
            R"([{"op":"replace","path":"emails\u005btype eq","value":"x"}])")
                                        << u"invalidPath"_s;
        QTest::newRow("path-less non-object")
            << QString::fromUtf8(R"([{"op":"replace","value":"x"}])") << u"invalidSyntax"_s;
    }

    void errors()
    {
        QFETCH(QString, ops);
        QFETCH(QString, scimType);
        auto r = PatchEngine::apply(ResourceKind::User, baseUser(), patchBody(ops.toUtf8().constData()));
        QVERIFY(!r);
        QCOMPARE(r.error().status, 400);
        QCOMPARE(r.error().scimType, scimType);
        QVERIFY(!r.error().detail.isEmpty());
    }

    void allOrNothing()
    {
        // The second operation fails: the engine returns an error, never a half-applied result.
        auto r = PatchEngine::apply(ResourceKind::User, baseUser(),
                                    patchBody(R"([{"op":"replace","path":"displayName","value":"Changed"},
                                                  {"op":"replace","path":"active","value":"maybe"}])"));
        QVERIFY(!r);
        QVERIFY(r.error().detail.startsWith(u"Operation 2"_s));
    }

    void bodyWithoutOperations()
    {
        auto r = PatchEngine::apply(ResourceKind::User, baseUser(),
                                    obj(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})"));
        QVERIFY(!r);
        QCOMPARE(r.error().scimType, u"invalidSyntax"_s);
        auto wrongSchema = PatchEngine::apply(
            ResourceKind::User, baseUser(),
            obj(R"({"schemas":["urn:x"],"Operations":[{"op":"add","path":"title","value":"x"}]})"));
        QVERIFY(!wrongSchema);
    }
};

QTEST_GUILESS_MAIN(TestPatchEngine)
#include "tst_patchengine.moc"
