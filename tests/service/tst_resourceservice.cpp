// SCIM operations on Users and Groups over a real store: statuses, resulting resources, and the
// faults SCIM servers commonly get wrong.

#include "support/testsupport.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

namespace {

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

QJsonObject patchOps(const char *ops)
{
    QJsonObject body{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}}};
    body.insert(u"Operations"_s, QJsonDocument::fromJson(QByteArray(ops)).array());
    return body;
}

QJsonObject userBody(const QString &userName)
{
    QJsonObject b = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"active":true,
        "name":{"givenName":"Given","familyName":"Family"},"meta":{"resourceType":"User"},"roles":[]})");
    b.insert(u"userName"_s, userName);
    b.insert(u"emails"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, userName}, {u"primary"_s, true}}});
    return b;
}

QJsonObject groupBody(const QString &name)
{
    QJsonObject b
        = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"meta":{"resourceType":"Group"}})");
    b.insert(u"displayName"_s, name);
    return b;
}

} // namespace

class TestResourceService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_svc;

    QString createUser(const QString &userName)
    {
        const auto o = m_svc->create(ResourceKind::User, userBody(userName));
        if (o.status != 201)
            qFatal("createUser failed: %d", o.status);
        return o.body.value("id"_L1).toString();
    }
    QString createGroup(const QString &name)
    {
        const auto o = m_svc->create(ResourceKind::Group, groupBody(name));
        if (o.status != 201)
            qFatal("createGroup failed: %d", o.status);
        return o.body.value("id"_L1).toString();
    }
    QStringList memberIds(const QString &groupId)
    {
        QStringList out;
        for (const auto &m : (*m_store)->resources().members(groupId))
            out.append(m.value);
        return out;
    }
    ScimOutcome patchGroup(const QString &id, const char *ops)
    {
        return m_svc->patch(ResourceKind::Group, id, patchOps(ops), AttributeSelection(), false);
    }
    ScimOutcome patchUser(const QString &id, const char *ops)
    {
        return m_svc->patch(ResourceKind::User, id, patchOps(ops), AttributeSelection(), false);
    }
    ScimOutcome lookup(ResourceKind kind, const QString &filter, qint64 startIndex = 1, qint64 count = -1)
    {
        ListParams p;
        p.filter = filter;
        p.startIndex = startIndex;
        p.count = count;
        return m_svc->list(kind, p);
    }

private Q_SLOTS:
    void initTestCase() { SCIMMON_REQUIRE_STORE_BACKEND(); }

    void init()
    {
        m_svc.reset();
        m_store.reset();
        m_store = std::make_unique<test::TempStore>();
        m_svc = std::make_unique<ResourceService>(**m_store, kBase);
    }

    void createAnswers201WithLocationAndMeta()
    {
        const auto o = m_svc->create(ResourceKind::User, userBody(u"alice@contoso.com"_s));
        QCOMPARE(o.status, 201);
        const QString id = o.body.value("id"_L1).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(id.at(14), u'7'); // the version nibble: time-ordered, see TimeOrderedId
        QCOMPARE(o.location, kBase + u"/Users/"_s + id);
        QCOMPARE(o.etag, u"W/\"1\""_s);
        QCOMPARE(o.body.value("meta"_L1).toObject().value("location"_L1).toString(), o.location);
        QCOMPARE(o.body.value("userName"_L1).toString(), u"alice@contoso.com"_s);
        QCOMPARE(operationKey(o.operation), u"Create user"_s);
        QVERIFY(!o.body.contains("roles"_L1));
    }

    void duplicateUserNameInAnotherCaseIs409()
    {
        createUser(u"alice@contoso.com"_s);
        const auto o = m_svc->create(ResourceKind::User, userBody(u"ALICE@Contoso.com"_s));
        QCOMPARE(o.status, 409);
        QCOMPARE(o.body.value("scimType"_L1).toString(), u"uniqueness"_s);
        QCOMPARE(o.body.value("status"_L1).toString(), u"409"_s);
        QCOMPARE((*m_store)->resources().count(ResourceKind::User, ResourceQuery{}), 1);
    }

    void emailWithoutTypeIsAccepted()
    {
        const auto o = m_svc->create(ResourceKind::User,
                                     obj(R"({"userName":"notype@x","emails":[{"value":"NoType@Example.com"}]})"));
        QCOMPARE(o.status, 201);
        QCOMPARE(lookup(ResourceKind::User, u"emails.value eq \"notype@example.com\""_s)
                     .body.value("totalResults"_L1)
                     .toInt(),
                 1);
        const QString id = o.body.value("id"_L1).toString();
        QCOMPARE(patchUser(id, R"([{"op":"add","path":"emails","value":[{"value":"second@x"}]}])").status, 200);
    }

    void userNameUniqueAcrossCaseFoldingAndNormalization()
    {
        createUser(u"stra\u00dfe@x"_s);
        QCOMPARE(m_svc->create(ResourceKind::User, userBody(u"STRASSE@X"_s)).status, 409);
        createUser(u"caf\u00e9@x"_s); // é precomposed
        QCOMPARE(m_svc->create(ResourceKind::User, userBody(u"cafe\u0301@x"_s)).status, 409); // e + combining acute
        QCOMPARE(lookup(ResourceKind::User, u"userName eq \"CAFE\u0301@X\""_s).body.value("totalResults"_L1).toInt(),
                 1);
    }

    void externalIdIsNotUnique()
    {
        QJsonObject a = userBody(u"a"_s);
        QJsonObject b = userBody(u"b"_s);
        a.insert(u"externalId"_s, u"same"_s);
        b.insert(u"externalId"_s, u"same"_s);
        QCOMPARE(m_svc->create(ResourceKind::User, a).status, 201);
        QCOMPARE(m_svc->create(ResourceKind::User, b).status, 201);
        QCOMPARE(lookup(ResourceKind::User, u"externalId eq \"same\""_s).body.value("totalResults"_L1).toInt(), 2);
    }

    void filterThatMatchesNothingIsAnEmptyListResponse()
    {
        const auto o = lookup(ResourceKind::User, u"userName eq \"d1e3c5a7-1111-2222-3333-444455556666\""_s);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 0);
        QVERIFY(o.body.value("Resources"_L1).isArray());
        QCOMPARE(o.body.value("schemas"_L1).toArray().at(0).toString(),
                 u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s);
        QCOMPARE(operationKey(o.operation), u"Test Connection"_s);
        const auto g = lookup(ResourceKind::Group, u"displayName eq \"nothing\""_s);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.body.value("totalResults"_L1).toInt(), 0);
    }

    void filterOnExternalIdAndWorkEmail()
    {
        const QString id = createUser(u"carol@contoso.com"_s);
        createUser(u"dave@contoso.com"_s);
        auto o = lookup(ResourceKind::User, u"emails[type eq \"work\"].value eq \"CAROL@contoso.com\""_s);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 1);
        QCOMPARE(o.body.value("Resources"_L1).toArray().at(0).toObject().value("id"_L1).toString(), id);
        o = lookup(ResourceKind::User, u"id eq \"%1\" and userName eq \"carol@contoso.com\""_s.arg(id));
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 1);
        o = lookup(ResourceKind::User, u"id eq \"%1\" and userName eq \"dave@contoso.com\""_s.arg(id));
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 0);
    }

    void filterNotAnsweredByIndexStillCorrect()
    {
        createUser(u"erin@contoso.com"_s);
        createUser(u"frank@fabrikam.com"_s);
        const auto o = lookup(ResourceKind::User, u"userName ew \"contoso.com\" or userName sw \"frank\""_s);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 2);
        const auto none = lookup(ResourceKind::User, u"userName co \"nobody\""_s);
        QCOMPARE(none.body.value("totalResults"_L1).toInt(), 0);
    }

    void unparseableFilterIs400InvalidFilter()
    {
        const auto o = lookup(ResourceKind::User, u"userName eq"_s);
        QCOMPARE(o.status, 400);
        QCOMPARE(o.body.value("scimType"_L1).toString(), u"invalidFilter"_s);
        QVERIFY(!o.body.value("detail"_L1).toString().isEmpty());
    }

    void pagingIsOneBasedAndStable()
    {
        QStringList ids;
        for (int i = 0; i < 7; ++i)
            ids.append(createUser(u"user%1"_s.arg(i)));
        QStringList seen;
        for (int start = 1; start <= 7; start += 3) {
            const auto o = lookup(ResourceKind::User, QString(), start, 3);
            QCOMPARE(o.body.value("totalResults"_L1).toInt(), 7);
            QCOMPARE(o.body.value("startIndex"_L1).toInt(), start);
            for (const auto &r : o.body.value("Resources"_L1).toArray())
                seen.append(r.toObject().value("id"_L1).toString());
        }
        QCOMPARE(seen, ids);
        const auto zero = lookup(ResourceKind::User, QString(), 1, 0);
        QCOMPARE(zero.body.value("totalResults"_L1).toInt(), 7);
        QCOMPARE(zero.body.value("Resources"_L1).toArray().size(), 0);
        const auto past = lookup(ResourceKind::User, QString(), 50, 10);
        QCOMPARE(past.body.value("totalResults"_L1).toInt(), 7);
        QCOMPARE(past.body.value("itemsPerPage"_L1).toInt(), 0);
        const auto below = lookup(ResourceKind::User, QString(), 0, 2);
        QCOMPARE(below.body.value("startIndex"_L1).toInt(), 1);
    }

    void sortByAnAttributeTheStoreDoesNotIndex()
    {
        for (const auto &[user, family] : {std::pair{u"s1"_s, u"Zhou"_s}, std::pair{u"s2"_s, u"\u00c5berg"_s},
                                           std::pair{u"s3"_s, u"adams"_s}, std::pair{u"s4"_s, QString()}}) {
            QJsonObject body{{u"userName"_s, user}};
            if (!family.isEmpty())
                body.insert(u"name"_s, QJsonObject{{u"familyName"_s, family}});
            QCOMPARE(m_svc->create(ResourceKind::User, body).status, 201);
        }
        ListParams p;
        p.sortBy = u"name.familyName"_s;
        auto names = [&](const ScimOutcome &o) {
            QStringList out;
            for (const auto &r : o.body.value("Resources"_L1).toArray())
                out.append(r.toObject().value("userName"_L1).toString());
            return out;
        };
        // case-insensitive; the user without a family name last
        QCOMPARE(names(m_svc->list(ResourceKind::User, p)), (QStringList{u"s3"_s, u"s1"_s, u"s2"_s, u"s4"_s}));
        p.sortOrder = u"descending"_s;
        QCOMPARE(names(m_svc->list(ResourceKind::User, p)), (QStringList{u"s2"_s, u"s1"_s, u"s3"_s, u"s4"_s}));
        p.startIndex = 2;
        p.count = 2;
        QCOMPARE(names(m_svc->list(ResourceKind::User, p)), (QStringList{u"s1"_s, u"s3"_s}));
        // sorting by the primary email
        ListParams byEmail;
        byEmail.sortBy = u"emails"_s;
        QCOMPARE(m_svc->list(ResourceKind::User, byEmail).status, 200);
    }

    void searchAcrossResourceTypes()
    {
        createUser(u"root-user"_s);
        createGroup(u"root-group"_s);
        ListParams p;
        auto o = m_svc->searchAll(p);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 2);
        QCOMPARE(o.body.value("Resources"_L1).toArray().at(1).toObject().value("displayName"_L1).toString(),
                 u"root-group"_s);
        // a filter on a Group-only attribute searches groups only
        p.filter = u"displayName eq \"root-group\""_s;
        o = m_svc->searchAll(p);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 1);
        p.filter = u"userName eq \"root-user\""_s;
        QCOMPARE(m_svc->searchAll(p).body.value("totalResults"_L1).toInt(), 1);
        // paging runs over users, then groups
        ListParams page;
        page.startIndex = 2;
        page.count = 1;
        o = m_svc->searchAll(page);
        QCOMPARE(o.body.value("totalResults"_L1).toInt(), 2);
        QCOMPARE(o.body.value("Resources"_L1).toArray().size(), 1);
        QCOMPARE(o.body.value("Resources"_L1).toArray().at(0).toObject().value("displayName"_L1).toString(),
                 u"root-group"_s);
        p.filter = u"nonsense eq 1"_s;
        QCOMPARE(m_svc->searchAll(p).status, 400);
    }

    void deactivateAndReactivate()
    {
        const QString id = createUser(u"gina@contoso.com"_s);
        auto o = patchUser(id, R"([{"op":"Replace","path":"active","value":"False"}])");
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("active"_L1), QJsonValue(false));
        QCOMPARE(operationKey(o.operation), u"Deactivate user"_s);
        // still served by GET and by filters
        QCOMPARE(m_svc->get(ResourceKind::User, id, AttributeSelection()).status, 200);
        QCOMPARE(
            lookup(ResourceKind::User, u"userName eq \"gina@contoso.com\""_s).body.value("totalResults"_L1).toInt(), 1);
        o = patchUser(id, R"([{"op":"replace","value":{"active":true}}])");
        QCOMPARE(o.body.value("active"_L1), QJsonValue(true));
        QCOMPARE(operationKey(o.operation), u"Reactivate user"_s);
    }

    void writesReportWhatTheyChanged()
    {
        const QString u1 = createUser(u"chg1"_s);
        const QString u2 = createUser(u"chg2"_s);
        auto o = patchUser(u1, R"([{"op":"Replace","path":"active","value":"False"}])");
        QCOMPARE(o.change.before.value("active"_L1), QJsonValue(true));
        QCOMPARE(o.change.after.value("active"_L1), QJsonValue(false));
        const QString g = createGroup(u"Changes"_s);
        o = patchGroup(g,
                       QString::fromUtf8(R"([{"op":"add","path":"members","value":[{"value":"%1"},{"value":"%2"}]}])")
                           .arg(u1, u2)
                           .toUtf8()
                           .constData());
        QCOMPARE(o.change.membersAdded, (QStringList{u1, u2}));
        o = patchGroup(g,
                       QString::fromUtf8(R"([{"op":"replace","path":"members","value":[{"value":"%1"}]}])")
                           .arg(u2)
                           .toUtf8()
                           .constData());
        QCOMPARE(o.change.membersRemoved, QStringList{u1});
        QVERIFY(o.change.membersAdded.isEmpty()); // u2 was already there
        o = patchGroup(g,
                       QString::fromUtf8(R"([{"op":"replace","path":"members","value":[{"value":"%1"}]}])")
                           .arg(u2)
                           .toUtf8()
                           .constData());
        QVERIFY(o.change.isEmpty()); // nothing changed
        o = m_svc->remove(ResourceKind::User, u1);
        QCOMPARE(o.change.before.value("userName"_L1).toString(), u"chg1"_s);
        QVERIFY(o.change.after.isEmpty());
        QVERIFY(m_svc->get(ResourceKind::User, u2, AttributeSelection()).change.isEmpty()); // reads change nothing
    }

    void patchThatChangesNothingKeepsVersion()
    {
        const QString id = createUser(u"hank@contoso.com"_s);
        const auto before = m_svc->get(ResourceKind::User, id, AttributeSelection());
        QTest::qWait(5);
        const auto o = patchUser(id, R"([{"op":"replace","path":"active","value":true}])");
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("meta"_L1).toObject().value("version"_L1),
                 before.body.value("meta"_L1).toObject().value("version"_L1));
        QCOMPARE(o.body.value("meta"_L1).toObject().value("lastModified"_L1),
                 before.body.value("meta"_L1).toObject().value("lastModified"_L1));
        const auto changed = patchUser(id, R"([{"op":"replace","path":"title","value":"Engineer"}])");
        QCOMPARE(changed.body.value("meta"_L1).toObject().value("version"_L1).toString(), u"W/\"2\""_s);
    }

    void patchOfUnknownIdIs404()
    {
        const auto o = patchUser(u"nope"_s, R"([{"op":"replace","path":"title","value":"x"}])");
        QCOMPARE(o.status, 404);
        QCOMPARE(o.body.value("status"_L1).toString(), u"404"_s);
    }

    void failedPatchChangesNothing()
    {
        const QString id = createUser(u"ivy@contoso.com"_s);
        const auto o = patchUser(
            id,
            R"([{"op":"replace","path":"displayName","value":"Changed"},{"op":"replace","path":"active","value":"perhaps"}])");
        QCOMPARE(o.status, 400);
        const auto now = m_svc->get(ResourceKind::User, id, AttributeSelection());
        QVERIFY(!now.body.contains("displayName"_L1));
        QCOMPARE(now.body.value("meta"_L1).toObject().value("version"_L1).toString(), u"W/\"1\""_s);
    }

    void renameToTakenUserNameIs409()
    {
        createUser(u"jack@contoso.com"_s);
        const QString id = createUser(u"jill@contoso.com"_s);
        const auto o = patchUser(id, R"([{"op":"Replace","path":"userName","value":"JACK@contoso.com"}])");
        QCOMPARE(o.status, 409);
        QCOMPARE(m_svc->get(ResourceKind::User, id, AttributeSelection()).body.value("userName"_L1).toString(),
                 u"jill@contoso.com"_s);
    }

    void addMembersKeepsExistingOnesAndAnswers204()
    {
        const QString u1 = createUser(u"m1"_s);
        const QString u2 = createUser(u"m2"_s);
        const QString u3 = createUser(u"m3"_s);
        const QString g = createGroup(u"Finance"_s);
        auto o = patchGroup(
            g,
            QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"%1"},{"value":"%2"}]}])")
                .arg(u1, u2)
                .toUtf8()
                .constData());
        QCOMPARE(o.status, 204);
        QVERIFY(!o.hasBody);
        QCOMPARE(operationKey(o.operation), u"Add members"_s);
        o = patchGroup(g,
                       QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"value":"%1"},{"value":"%2"}]}])")
                           .arg(u3, u1)
                           .toUtf8()
                           .constData());
        QCOMPARE(o.status, 204);
        QCOMPARE(memberIds(g), (QStringList{u1, u2, u3}));
    }

    void addingAMemberWhoIsAlreadyThereChangesNothing()
    {
        const QString u1 = createUser(u"again1"_s);
        const QString g = createGroup(u"Again"_s);
        QCOMPARE(patchGroup(g,
                            QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"value":"%1"}]}])")
                                .arg(u1)
                                .toUtf8()
                                .constData())
                     .status,
                 204);
        const QString version = m_svc->get(ResourceKind::Group, g, AttributeSelection()).etag;
        QCOMPARE(patchGroup(g,
                            QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"value":"%1"}]}])")
                                .arg(u1)
                                .toUtf8()
                                .constData())
                     .status,
                 204);
        QCOMPARE(memberIds(g), QStringList{u1});
        QCOMPARE(m_svc->get(ResourceKind::Group, g, AttributeSelection()).etag, version);
    }

    void memberWithoutTypeIsResolved()
    {
        const QString u1 = createUser(u"typeless"_s);
        const QString nested = createGroup(u"Nested"_s);
        const QString g = createGroup(u"Outer"_s);
        QCOMPARE(
            patchGroup(g,
                       QString::fromUtf8(R"([{"op":"add","path":"members","value":[{"value":"%1"},{"value":"%2"}]}])")
                           .arg(u1, nested)
                           .toUtf8()
                           .constData())
                .status,
            204);
        const auto members = (*m_store)->resources().members(g);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].type, u"User"_s);
        QCOMPARE(members[1].type, u"Group"_s);
        const QJsonArray rep
            = m_svc->get(ResourceKind::Group, g, AttributeSelection()).body.value("members"_L1).toArray();
        QVERIFY(rep.at(1).toObject().value("$ref"_L1).toString().endsWith(u"/Groups/"_s + nested));
    }

    void quotedValuesWithSpacesEscapesAndNonAsciiLetters()
    {
        const QString name = u"Zo\u00eb \"Z\" O'Brien-\u00c5str\u00f6m"_s;
        const auto o = m_svc->create(ResourceKind::User, QJsonObject{{u"userName"_s, name}});
        QCOMPARE(o.status, 201);
        QCOMPARE(o.body.value("userName"_L1).toString(), name); // stored exactly as sent
        const auto found = lookup(ResourceKind::User, u"userName eq \"zo\u00eb \\\"z\\\" o'brien-\u00e5str\u00f6m\""_s);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.body.value("totalResults"_L1).toInt(), 1);
    }

    void memberRemovalByValueArrayRemovesOnlyThose()
    {
        const QString u1 = createUser(u"r1"_s);
        const QString u2 = createUser(u"r2"_s);
        const QString u3 = createUser(u"r3"_s);
        const QString g = createGroup(u"Ops"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}, {u2, u"User"_s, {}}, {u3, u"User"_s, {}}}),
                 3);
        const auto o = patchGroup(
            g,
            QString::fromUtf8(
                R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"%1"},{"value":"%2"}]}])")
                .arg(u1, u3)
                .toUtf8()
                .constData());
        QCOMPARE(o.status, 204);
        QCOMPARE(operationKey(o.operation), u"Remove members"_s);
        QCOMPARE(memberIds(g), QStringList{u2});
    }

    void memberRemovalByValueFilterAndOfAbsentMember()
    {
        const QString u1 = createUser(u"f1"_s);
        const QString u2 = createUser(u"f2"_s);
        const QString g = createGroup(u"HR"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}, {u2, u"User"_s, {}}}), 2);
        auto o = patchGroup(g,
                            QString::fromUtf8(R"([{"op":"remove","path":"members[value eq \u0022%1\u0022]"}])")
                                .arg(u1)
                                .toUtf8()
                                .constData());
        QCOMPARE(o.status, 204);
        QCOMPARE(memberIds(g), QStringList{u2});
        o = patchGroup(g, R"([{"op":"remove","path":"members[value eq \u0022not-a-member\u0022]"}])");
        QCOMPARE(o.status, 204);
        QCOMPARE(memberIds(g), QStringList{u2});
    }

    void unknownMemberIdIsRefused()
    {
        const QString u1 = createUser(u"k1"_s);
        const QString g = createGroup(u"Legal"_s);
        const auto o = patchGroup(
            g,
            QString::fromUtf8(R"([{"op":"add","path":"members","value":[{"value":"%1"},{"value":"ghost"}]}])")
                .arg(u1)
                .toUtf8()
                .constData());
        QCOMPARE(o.status, 400);
        QCOMPARE(o.body.value("scimType"_L1).toString(), u"invalidValue"_s);
        QVERIFY(o.body.value("detail"_L1).toString().contains(u"ghost"_s));
        QVERIFY(memberIds(g).isEmpty()); // the valid one was not added either
    }

    void replaceMembersWithEmptyAndNewSet()
    {
        const QString u1 = createUser(u"p1"_s);
        const QString u2 = createUser(u"p2"_s);
        const QString g = createGroup(u"Eng"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}}), 1);
        auto o = patchGroup(g,
                            QString::fromUtf8(R"([{"op":"replace","path":"members","value":[{"value":"%1"}]}])")
                                .arg(u2)
                                .toUtf8()
                                .constData());
        QCOMPARE(o.status, 204);
        QCOMPARE(memberIds(g), QStringList{u2});
        o = patchGroup(g, R"([{"op":"replace","path":"members","value":[]}])");
        QCOMPARE(o.status, 204);
        QVERIFY(memberIds(g).isEmpty());
    }

    void pathlessRenameKeepsMembers()
    {
        const QString u1 = createUser(u"q1"_s);
        const QString g = createGroup(u"Support"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}}), 1);
        const auto o
            = patchGroup(g,
                         QString::fromUtf8(R"([{"op":"replace","value":{"id":"%1","displayName":"Support EMEA"}}])")
                             .arg(g)
                             .toUtf8()
                             .constData());
        QCOMPARE(o.status, 204);
        QCOMPARE(operationKey(o.operation), u"Rename group"_s);
        const auto got = m_svc->get(ResourceKind::Group, g, AttributeSelection());
        QCOMPARE(got.body.value("displayName"_L1).toString(), u"Support EMEA"_s);
        QCOMPARE(memberIds(g), QStringList{u1});
    }

    void groupPatchAnswers200WhenAttributesRequested()
    {
        const QString g = createGroup(u"Audit"_s);
        const auto o = m_svc->patch(ResourceKind::Group, g,
                                    patchOps(R"([{"op":"replace","path":"displayName","value":"Audit 2"}])"),
                                    AttributeSelection::parse(ResourceKind::Group, u"displayName"_s, QString()), true);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("displayName"_L1).toString(), u"Audit 2"_s);
        QVERIFY(!o.body.contains("meta"_L1));
    }

    void groupOfThousandsOfMembersIsNotTruncated()
    {
        const QString g = createGroup(u"Everyone"_s);
        QJsonArray values;
        QVERIFY((*m_store)->begin());
        for (int i = 0; i < 3000; ++i) {
            Resource r;
            r.id = u"bulk-%1"_s.arg(i);
            r.data = QJsonObject{{u"userName"_s, r.id}};
            r.created = r.lastModified = QDateTime::currentDateTimeUtc();
            QVERIFY((*m_store)->resources().insert(ResourceKind::User, r));
            values.append(QJsonObject{{u"value"_s, r.id}});
        }
        QVERIFY((*m_store)->commit());
        QJsonObject body = patchOps("[]");
        body.insert(u"Operations"_s,
                    QJsonArray{QJsonObject{{u"op"_s, u"Add"_s}, {u"path"_s, u"members"_s}, {u"value"_s, values}}});
        QCOMPARE(m_svc->patch(ResourceKind::Group, g, body, AttributeSelection(), false).status, 204);
        const auto got = m_svc->get(ResourceKind::Group, g, AttributeSelection());
        QCOMPARE(got.body.value("members"_L1).toArray().size(), 3000);
        const auto excluded = m_svc->get(ResourceKind::Group, g,
                                         AttributeSelection::parse(ResourceKind::Group, QString(), u"members"_s));
        QVERIFY(!excluded.body.contains("members"_L1));
        QVERIFY(excluded.body.contains("displayName"_L1));
    }

    void deletingAUserRemovesItsMemberships()
    {
        const QString u1 = createUser(u"d1"_s);
        const QString g = createGroup(u"Temp"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}}), 1);
        QCOMPARE(m_svc->remove(ResourceKind::User, u1).status, 204);
        QCOMPARE(m_svc->get(ResourceKind::User, u1, AttributeSelection()).status, 404);
        QVERIFY(memberIds(g).isEmpty());
        QCOMPARE(m_svc->remove(ResourceKind::User, u1).status, 404);
    }

    void userShowsItsGroups()
    {
        const QString u1 = createUser(u"grp1"_s);
        const QString g = createGroup(u"Visible"_s);
        QCOMPARE((*m_store)->resources().addMembers(g, {{u1, u"User"_s, {}}}), 1);
        const auto got = m_svc->get(ResourceKind::User, u1, AttributeSelection());
        QCOMPARE(got.body.value("groups"_L1).toArray().at(0).toObject().value("value"_L1).toString(), g);
    }

    void oktaFullReplacePut()
    {
        const QString id = createUser(u"okta.user@example.com"_s);
        QJsonObject put
            = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"okta.user@example.com",
            "name":{"givenName":"Okta","familyName":"User"},"active":false,"password":"t1meMa$heen",
            "emails":[{"primary":true,"value":"okta.user@example.com","type":"work"}]})");
        put.insert(u"id"_s, id);
        const auto o = m_svc->replace(ResourceKind::User, id, put);
        QCOMPARE(o.status, 200);
        QCOMPARE(o.body.value("active"_L1), QJsonValue(false));
        QCOMPARE(o.body.value("name"_L1).toObject().value("givenName"_L1).toString(), u"Okta"_s);
        QVERIFY(!o.body.contains("password"_L1));
        // The operation is decided once, by RequestClassifier::ofWrite, in the service: a PUT that
        // flips `active` is the deactivation Okta's AIW apps mean (the log and the audit agree).
        QCOMPARE(operationKey(o.operation), u"Deactivate user"_s);
        QCOMPARE(m_svc->replace(ResourceKind::User, u"missing"_s, put).status, 404);
    }

    void ifMatchAndIfNoneMatch()
    {
        const QString id = createUser(u"etag@contoso.com"_s);
        QCOMPARE(m_svc->get(ResourceKind::User, id, AttributeSelection(), u"W/\"1\""_s).status, 304);
        QCOMPARE(m_svc->get(ResourceKind::User, id, AttributeSelection(), u"W/\"7\""_s).status, 200);
        const auto ok
            = m_svc->patch(ResourceKind::User, id, patchOps(R"([{"op":"replace","path":"title","value":"a"}])"),
                           AttributeSelection(), false, u"W/\"1\""_s);
        QCOMPARE(ok.status, 200);
        const auto stale
            = m_svc->patch(ResourceKind::User, id, patchOps(R"([{"op":"replace","path":"title","value":"b"}])"),
                           AttributeSelection(), false, u"W/\"1\""_s);
        QCOMPARE(stale.status, 412);
        QCOMPARE(m_svc->remove(ResourceKind::User, id, u"W/\"1\""_s).status, 412);
        QCOMPARE(m_svc->remove(ResourceKind::User, id, u"W/\"2\""_s).status, 204);
    }

    void duplicateGroupNameIs409()
    {
        createGroup(u"Sales"_s);
        const auto o = m_svc->create(ResourceKind::Group, groupBody(u"SALES"_s));
        QCOMPARE(o.status, 409);
        QCOMPARE(o.body.value("scimType"_L1).toString(), u"uniqueness"_s);
    }
};

QTEST_GUILESS_MAIN(TestResourceService)
#include "tst_resourceservice.moc"
