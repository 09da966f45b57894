// The checks of tst_simulatorrequests (kept apart from the test class, whose file moc reads:
// moc cannot parse the raw JSON strings below). The simulator's pure parts: each request shape compared with the field
// guide (entra-okta-scim.md §1, §2, §5), the query encoding, the pacing arithmetic, the quarantine rules, Entra's error
// codes, the directory and its state file.

#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"
#include "simulator/idperrorcodes.h"
#include "simulator/oktarequests.h"
#include "simulator/pacer.h"
#include "simulator/quarantinerules.h"
#include "simulator/scimtransport.h"
#include "simulator/simulatorstate.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace scimmon::test::requests {

namespace {

/// JSON from `json`, where ^ stands for an escaped quote inside a string (\").
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('^', "\\\"")).object();
}

QJsonArray arr(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('^', "\\\"")).array();
}

const QString kEnt = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;

} // namespace

void matchQueryIsEncodedAsEntraSendsIt()
{
    ScimTransport::Settings s;
    s.tenantUrl = QUrl(u"https://scim.example.com/scim/v2/?aadOptscim062020"_s);
    ScimTransport t(s);
    const ScimCall call = EntraRequests::matchUser(u"ada.berg@contoso.example"_s);
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(t.urlFor(call).toEncoded(),
             QByteArray("https://scim.example.com/scim/v2/Users?filter=userName+eq+%22ada.berg%40contoso.example%22"));
    const ScimCall group = EntraRequests::matchGroup(u"Finance Platform 1"_s);
    QCOMPARE(t.urlFor(group).toEncoded(),
             QByteArray("https://scim.example.com/scim/v2/Groups?excludedAttributes=members&filter=displayName+eq+%22"
                        "Finance+Platform+1%22"));
}

void testConnectionProbesARandomGuid()
{
    const ScimCall users = EntraRequests::testConnectionUsers(u"d1e3c5a7-0000-4000-8000-000000000001"_s);
    QCOMPARE(users.path, u"/Users"_s);
    QCOMPARE(users.query.value(0).second, u"userName eq \"d1e3c5a7-0000-4000-8000-000000000001\""_s);
    const ScimCall groups = EntraRequests::testConnectionGroups(u"d1e3c5a7-0000-4000-8000-000000000001"_s);
    QCOMPARE(groups.path, u"/Groups"_s);
    QCOMPARE(groups.query.value(0), (QPair<QString, QString>(u"excludedAttributes"_s, u"members"_s)));
}

void createUserHasEntrasShape()
{
    SimulatedUser u;
    u.objectId = u"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"_s;
    u.userPrincipalName = u"ada.berg.0@contoso.example"_s;
    u.mail = u.userPrincipalName;
    u.givenName = u"Ada"_s;
    u.surname = u"Berg"_s;
    u.displayName = u"Ada Berg"_s;
    u.department = u"Finance"_s;
    u.title = u"Analyst"_s;
    u.employeeNumber = u"100000"_s;
    const SimulatedDirectory dir;
    const ScimCall call = EntraRequests::createUser(AttributeMapping::entraUser(u, dir));
    QCOMPARE(call.method, QByteArray("POST"));
    QCOMPARE(call.path, u"/Users"_s);
    // §1.5: both schemas, externalId = objectId, active true, a primary work email, meta, roles [].
    const QJsonObject expected1 = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","userName":"ada.berg.0@contoso.example","active":true,
        "displayName":"Ada Berg",
        "emails":[{"primary":true,"type":"work","value":"ada.berg.0@contoso.example"}],
        "meta":{"resourceType":"User"},
        "name":{"formatted":"Ada Berg","familyName":"Berg","givenName":"Ada"},"roles":[],"title":"Analyst",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"100000","department":"Finance"}})");
    QCOMPARE(call.body, expected1);
    // A service account without a mailbox: no name, no emails (Entra never sends null).
    u.givenName.clear();
    u.surname.clear();
    u.mail.clear();
    const QJsonObject body = EntraRequests::createUser(AttributeMapping::entraUser(u, dir)).body;
    QVERIFY(!body.contains("name"_L1));
    QVERIFY(!body.contains("emails"_L1));
}

void defaultDialectPatch()
{
    const QJsonObject before = obj(R"({"active":true,"displayName":"Ada Berg","title":"Analyst",
        "emails[type eq ^work^].value":"a@x"})");
    QJsonObject after = before;
    after.insert(u"active"_s, false);
    after.insert(u"title"_s, u"Lead"_s);
    after.insert(u"emails[type eq \"work\"].value"_s, u"b@x"_s);
    after.insert(kEnt + u":employeeNumber"_s, u"7"_s);
    after.remove(u"displayName"_s);
    // §1.6–1.9 without the flag: capitalised ops, one per attribute, "False" as a string.
    const QJsonArray expected2 = arr(R"([
        {"op":"Replace","path":"active","value":"False"},
        {"op":"Replace","path":"emails[type eq ^work^].value","value":"b@x"},
        {"op":"Replace","path":"title","value":"Lead"},
        {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"7"},
        {"op":"Remove","path":"displayName"}])");
    QCOMPARE(EntraRequests::userOperations(before, after, false), expected2);
}

void aadOptscim062020Patch()
{
    const QJsonObject before = obj(R"({"active":true,"displayName":"Bjfe","name.givenName":"K",
        "emails[type eq ^work^].value":"a@x"})");
    QJsonObject after = before;
    after.insert(u"active"_s, false);
    after.insert(u"displayName"_s, u"Bjfe2"_s);
    after.insert(u"name.givenName"_s, u"Kkom"_s);
    after.insert(u"emails[type eq \"work\"].value"_s, u"TestMhvaes@test.microsoft.com"_s);
    after.insert(u"nickName"_s, u"Babs"_s);
    // MS-COMPAT: lowercase ops, a boolean, the email path apart, single-valued ones bundled
    // in one path-less op with dotted keys, an add for a new value.
    const QJsonArray expected3 = arr(R"([
        {"op":"replace","path":"active","value":false},
        {"op":"replace","path":"emails[type eq ^work^].value","value":"TestMhvaes@test.microsoft.com"},
        {"op":"add","path":"nickName","value":"Babs"},
        {"op":"replace","value":{"displayName":"Bjfe2","name.givenName":"Kkom"}}])");
    QCOMPARE(EntraRequests::userOperations(before, after, true), expected3);
}

void managerIsABareStringId()
{
    const QString path = kEnt + u":manager"_s;
    const QJsonArray expected4 = arr(
        R"([{"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"271"}])");
    QCOMPARE(EntraRequests::userOperations({}, {{path, u"271"_s}}, false), expected4);
    const QJsonArray expected5 = arr(
        R"([{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"272"}])");
    QCOMPARE(EntraRequests::userOperations({{path, u"271"_s}}, {{path, u"272"_s}}, true), expected5);
}

void groupRequests()
{
    const ScimCall create = EntraRequests::createGroup(u"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"_s, u"Sales"_s);
    const QJsonObject expected6 = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
        "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"Sales","meta":{"resourceType":"Group"}})");
    QCOMPARE(create.body, expected6);
    const QJsonObject expected7 = obj(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                {"op":"Add","path":"members","value":[{"$ref":null,"value":"u1"},{"$ref":null,"value":"u2"}]}]})");
    QCOMPARE(EntraRequests::addMembers(u"g1"_s, {u"u1"_s, u"u2"_s}, false).body, expected7);
    // §1.14: the default dialect removes by value array; the flag by a value filter per member.
    const QJsonArray expected8 = arr(R"([{"op":"Remove","path":"members","value":[{"$ref":null,"value":"u1"}]}])");
    QCOMPARE(EntraRequests::removeMembers(u"g1"_s, {u"u1"_s}, false).body.value("Operations"_L1).toArray(), expected8);
    const QJsonArray expected9
        = arr(R"([{"op":"remove","path":"members[value eq ^u1^]"},{"op":"remove","path":"members[value eq ^u2^]"}])");
    QCOMPARE(EntraRequests::removeMembers(u"g1"_s, {u"u1"_s, u"u2"_s}, true).body.value("Operations"_L1).toArray(),
             expected9);
    const QJsonArray expected10 = arr(R"([{"op":"Replace","path":"displayName","value":"New"}])");
    QCOMPARE(EntraRequests::renameGroup(u"g1"_s, u"New"_s, false).body.value("Operations"_L1).toArray(), expected10);
    QCOMPARE(EntraRequests::deleteGroup(u"g1"_s).method, QByteArray("DELETE"));
    QVERIFY(EntraRequests::deleteUser(u"u1"_s).knownId);
}

void oktaRequests()
{
    ScimTransport::Settings s;
    s.tenantUrl = QUrl(u"http://127.0.0.1:1/scim/v2"_s);
    ScimTransport t(s);
    QCOMPARE(t.urlFor(OktaRequests::connectorTestUsers()).toEncoded(),
             QByteArray("http://127.0.0.1:1/scim/v2/Users?startIndex=1&count=2"));
    QCOMPARE(t.urlFor(OktaRequests::importPage(u"Groups"_s, 101)).toEncoded(),
             QByteArray("http://127.0.0.1:1/scim/v2/Groups?startIndex=101&count=100"));
    QCOMPARE(t.urlFor(OktaRequests::matchUser(u"a@b"_s)).toEncoded(),
             QByteArray("http://127.0.0.1:1/scim/v2/Users?filter=userName+eq+%22a%40b%22&startIndex=1&count=100"));
    // The OIN template deactivates with a path-less replace and a real boolean.
    const QJsonArray expected11 = arr(R"([{"op":"replace","value":{"active":false}}])");
    QCOMPARE(OktaRequests::setActive(u"u1"_s, false).body.value("Operations"_L1).toArray(), expected11);
    const QJsonArray expected12 = arr(R"([{"op":"replace","value":{"id":"g1","displayName":"Sales"}},
                {"op":"add","path":"members","value":[{"value":"u1","display":"Ada"}]},
                {"op":"remove","path":"members[value eq ^u2^]"}])");
    QCOMPARE(OktaRequests::patchGroup(u"g1"_s, u"Sales"_s, {{u"u1"_s, u"Ada"_s}}, {u"u2"_s})
                 .body.value("Operations"_L1)
                 .toArray(),
             expected12);
    const QJsonObject expected13
        = obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Sales","members":[]})");
    QCOMPARE(OktaRequests::createGroup(u"Sales"_s).body, expected13);
    const QJsonObject flat{{u"userName"_s, u"a@b"_s}, {u"active"_s, true}, {u"externalId"_s, u"x"_s}};
    const QJsonObject create = OktaRequests::createUser(flat, u"pw"_s).body;
    QCOMPARE(create.value("password"_L1).toString(), u"pw"_s);
    QCOMPARE(create.value("locale"_L1).toString(), u"en-US"_s);
    QCOMPARE(create.value("groups"_L1).toArray(), QJsonArray());
    const ScimCall put = OktaRequests::putUser(u"u1"_s, flat);
    QCOMPARE(put.method, QByteArray("PUT"));
    QVERIFY(!put.body.contains("password"_L1));
    QCOMPARE(put.body.value("id"_L1).toString(), u"u1"_s);
}

void pacerSpacesRequests()
{
    Pacer idp;
    QCOMPARE(idp.delayMs(1000), 0); // the first goes at once
    idp.sent(1000);
    QCOMPARE(idp.delayMs(1000), 200); // 5 per second
    QCOMPARE(idp.delayMs(1150), 50);
    QCOMPARE(idp.delayMs(1300), 0);
    Pacer max(0);
    max.sent(10);
    QCOMPARE(max.delayMs(10), 0);
    Pacer ten(10);
    ten.sent(0);
    QCOMPARE(ten.delayMs(0), 100);
}

void quarantineThresholds()
{
    QVERIFY(!QuarantineRules::evaluate({100, 90, 0, false, false}).quarantined); // under 5,000 failures
    QVERIFY(QuarantineRules::evaluate({1, 0, 0, true, false}).quarantined);
    QVERIFY(QuarantineRules::evaluate({1, 0, 0, false, true}).reason.contains(u"compliance"_s));
    QVERIFY(QuarantineRules::evaluate({10000, 5000, 0, false, false}).quarantined); // 50 %
    QVERIFY(!QuarantineRules::evaluate({20000, 5000, 0, false, false}).quarantined); // 25 %
    QVERIFY(QuarantineRules::evaluate({200000, 40001, 0, false, false}).quarantined);
    // Reference failures count only toward the hard cap.
    QVERIFY(!QuarantineRules::evaluate({100000, 1000, 50000, false, false}).quarantined);
    QVERIFY(QuarantineRules::evaluate({200000, 1000, 59000, false, false}).quarantined);
    // The Overview's "after about N more failures", at the cycle's current failure share.
    QCOMPARE(QuarantineRules::failuresUntilQuarantine({100, 0, 0, false, false}), -1);
    QCOMPARE(QuarantineRules::failuresUntilQuarantine({100, 50, 0, false, false}), 4950); // 50 %: at 5,000
    QCOMPARE(QuarantineRules::failuresUntilQuarantine({1000, 100, 0, false, false}), 39901); // 10 %: over 40,000
    QCOMPARE(QuarantineRules::failuresUntilQuarantine({10000, 5000, 0, false, false}), 0);
    QCOMPARE(QuarantineRules::failuresUntilQuarantine({100000, 1000, 58000, false, false}), 1000); // the hard cap
}

void entraErrorCodes()
{
    SentRequest r;
    auto code = [&](int status, bool knownId = false) {
        r.status = status;
        return IdpErrorCodes::forAnswer(Idp::Entra, r, knownId);
    };
    QCOMPARE(code(409), u"EntryConflict"_s);
    QCOMPARE(code(429), u"TooManyRequests"_s);
    QCOMPARE(code(500), u"InternalServerError"_s);
    QCOMPARE(code(401), u"Unauthorized"_s);
    QCOMPARE(code(403), u"InsufficientRights"_s);
    QCOMPARE(code(404, true), u"InvalidAnchor"_s);
    QCOMPARE(code(422), u"UnprocessableEntity"_s);
    QCOMPARE(code(201), QString());
    r.status = 0;
    r.timedOut = true;
    QCOMPARE(IdpErrorCodes::forAnswer(Idp::Entra, r), u"Timeout"_s);
    r.timedOut = false;
    QCOMPARE(IdpErrorCodes::forAnswer(Idp::Entra, r), u"WebExceptionProtocolError"_s);
    r.status = 401;
    QVERIFY(IdpErrorCodes::testConnectionMessage(Idp::Entra, r, false).contains(u"invalid credentials"_s));
}

void directoryIsReproducibleAndRealistic()
{
    const auto a = SimulatedDirectory::generate(200, 5, 20, 7, u"contoso.example"_s);
    const auto b = SimulatedDirectory::generate(200, 5, 20, 7, u"contoso.example"_s);
    QCOMPARE(a.toJson(), b.toJson());
    QCOMPARE(a.users().size(), 200);
    QCOMPARE(a.groups().size(), 5);
    QCOMPARE(a.groups().first().members.size(), 20);
    int noMail = 0, service = 0, managed = 0;
    for (const SimulatedUser &u : a.users()) {
        noMail += u.mail.isEmpty();
        service += u.givenName.isEmpty();
        managed += !u.managerObjectId.isEmpty();
        QVERIFY(!QUuid::fromString(u.objectId).isNull());
    }
    QCOMPARE(noMail, 2); // one in 97
    QCOMPARE(service, 2); // one in 89
    QVERIFY(managed > 150);
}

void incrementalChangesTouchEveryKind()
{
    auto dir = SimulatedDirectory::generate(100, 4, 10, 7, u"contoso.example"_s);
    for (SimulatedUser &u : dir.users())
        u.targetId = u"t-"_s + u.objectId;
    const QStringList changes = dir.makeIncrementalChanges(1);
    const QString all = changes.join(u'\n');
    for (const char *kind : {"edited", "disabled", "soft-deleted", "unassigned", "hard-deleted", "created",
                             "removed a member", "added", "renamed group", "manager changed"})
        QVERIFY2(all.contains(QLatin1String(kind)), kind);
    QCOMPARE(dir.users().size(), 102);
    int hard = 0;
    for (const SimulatedUser &u : dir.users())
        if (u.hardDeleted) {
            ++hard;
            for (const SimulatedGroup &g : dir.groups())
                QVERIFY(!g.members.contains(u.objectId)); // gone from its groups
        }
    QCOMPARE(hard, 1);
}

void stateFileKeepsTheJobAndRefusesAnotherTarget()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"state.json"_s);
    SimulatorState s;
    s.target = SimulatorState::targetIdentity(QUrl(u"HTTPS://Scim.Example.com/scim/v2/?aadOptscim062020"_s));
    QCOMPARE(s.target, u"https://scim.example.com:443/scim/v2"_s);
    s.idp = Idp::Entra;
    s.cycles = 2;
    s.directory = SimulatedDirectory::generate(3, 1, 2, 1, u"contoso.example"_s);
    s.directory.users()[0].targetId = u"t0"_s;
    s.directory.users()[0].escrow.fail(u"TooManyRequests"_s, QDateTime::currentDateTimeUtc());
    QString error;
    QVERIFY2(s.save(path, &error), qPrintable(error));

    SimulatorState loaded;
    bool exists = false;
    QVERIFY2(SimulatorState::load(path, s.target, Idp::Entra, &loaded, &exists, &error), qPrintable(error));
    QCOMPARE(loaded.cycles, 2);
    QCOMPARE(loaded.directory.toJson(), s.directory.toJson());
    QCOMPARE(loaded.directory.users().first().escrow.errorCode, u"TooManyRequests"_s);

    QVERIFY(!SimulatorState::load(path, u"http://other:80/scim"_s, Idp::Entra, &loaded, &exists, &error));
    QVERIFY(exists);
    QVERIFY(error.contains(u"another target"_s));
    QVERIFY(!SimulatorState::load(path, s.target, Idp::Okta, &loaded, &exists, &error));
    QVERIFY(!SimulatorState::load(tmp.filePath(u"none.json"_s), s.target, Idp::Entra, &loaded, &exists, &error));
    QVERIFY(!exists);
    QVERIFY(error.isEmpty());
    QFile junk(tmp.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"users\":[]}");
    junk.close();
    QVERIFY(!SimulatorState::load(junk.fileName(), s.target, Idp::Entra, &loaded, &exists, &error));
    QVERIFY(error.contains(u"not a simulation state file"_s));
}

} // namespace scimmon::test::requests
