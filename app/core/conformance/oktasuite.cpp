#include "conformance/oktasuite.h"

#include "conformance/conformanceexpect.h"
#include "conformance/conformancesteps.h"
#include "simulator/attributemapping.h"
#include "simulator/oktarequests.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

using S = ConformanceSteps;
using R = ConformanceRequest;
using X = ConformanceContext;
using Resp = ConformanceResponse;
using E = ConformanceExpect;
using M = AttributeMapping;

const QString kSpec = u"Okta's SPEC test (idp-behaviour.md §4)"_s;
const QString kPassword = u"Check-Pa55word!"_s;

ConformanceCase make(const QString &name, const QString &description, const QString &why,
                     QList<ConformanceNeed> needs = {})
{
    ConformanceCase c;
    c.suite = u"okta"_s;
    c.name = name;
    c.description = description;
    c.why = why;
    c.needs = std::move(needs);
    return c;
}

/// `POST /Users` with Okta's body for `suffix` (password included), as `contentType`.
ConformanceCaseStep createUser(const QString &key, const QString &suffix, const QByteArray &contentType)
{
    return {u"Create user %1 as %2"_s.arg(suffix, QString::fromLatin1(contentType)),
            u"201 Created with the user and its id"_s,
            contentType == "application/json" ? u"Okta's SPEC test creates with Content-Type application/json; "
                                                "RFC 7644 §3.1 lets a server accept it"_s
                                              : u"RFC 7644 §3.3; Okta's create body (entra-okta-scim.md §5)"_s,
            [suffix, contentType](X &x) {
                R r = S::fromCall(OktaRequests::createUser(S::entraFlat(x, suffix), kPassword));
                r.contentType = contentType;
                return r;
            },
            [key](X &x, const Resp &r) -> QString {
                x.set(key, r.json().value("id"_L1).toString());
                return E(r).status(201).hasId().that(!r.json().contains("password"_L1),
                                                     u"the password is returned (RFC 7643 §4.1.1: never)"_s);
            }};
}

ConformanceCaseStep okStep(const QString &title, const QString &why, std::function<R(X &)> request)
{
    return {title, u"200 or 204"_s, why, std::move(request), [](X &, const Resp &r) -> QString {
                return E(r).statusIn({200, 204});
            }};
}

ConformanceCaseStep membersAre(const QString &groupKey, const QStringList &userKeys)
{
    return {u"Read the group's members"_s, u"200 with exactly %1 member(s)"_s.arg(userKeys.size()), u"RFC 7643 §4.2"_s,
            [groupKey](X &x) { return R::get(u"/Groups/"_s + x.value(groupKey)); },
            [userKeys](X &x, const Resp &r) -> QString {
                QStringList want;
                for (const QString &k : userKeys)
                    want.append(x.value(k));
                want.sort();
                const QStringList have = S::memberIds(r.json());
                return E(r).status(200).that(
                    have == want, u"members are [%1], expected [%2]"_s.arg(have.join(u", "_s), want.join(u", "_s)));
            }};
}

QList<QPair<QString, QString>> memberPairs(X &x, const QStringList &keys)
{
    QList<QPair<QString, QString>> out;
    for (const QString &k : keys)
        out.append({x.value(k), k});
    return out;
}

ConformanceCase listProbe(const QString &name, const QString &collection, int count, const QString &why)
{
    return make(name, u"GET /%1?startIndex=1&count=%2 answers a ListResponse"_s.arg(collection).arg(count), why)
        .step(
            u"GET /%1?startIndex=1&count=%2"_s.arg(collection).arg(count),
            u"200, a ListResponse with at most %1 Resources"_s.arg(count), u"RFC 7644 §3.4.2.4"_s,
            [=](X &) {
                return R::get(u'/' + collection, {{u"startIndex"_s, u"1"_s}, {u"count"_s, QString::number(count)}});
            },
            [count](X &, const Resp &r) -> QString {
                return E(r).status(200).listResponse().that(r.resources().size() <= count,
                                                            u"more Resources than count"_s);
            });
}

} // namespace

QList<ConformanceCase> OktaSuite::cases()
{
    QList<ConformanceCase> all;
    all.append(listProbe(u"Okta_Connector_Test_Users"_s, u"Users"_s, 2,
                         u"Okta's connector test after the app is saved (idp-behaviour.md §4)"_s));
    all.append(listProbe(u"Okta_Connector_Test_Groups"_s, u"Groups"_s, 100,
                         u"Okta's connector test for groups (idp-behaviour.md §4)"_s));
    all.append(make(u"SPEC_Bad_Token_Test"_s, u"A request with a wrong token is refused with 401 and a body"_s, kSpec)
                   .step(
                       u"GET /Users with a wrong token"_s, u"401 Unauthorized with a SCIM error body"_s,
                       u"RFC 7644 §3.12; Okta's SPEC test checks the body"_s,
                       [](X &) {
                           R r = R::get(u"/Users"_s);
                           r.auth = R::Auth::WrongToken;
                           return r;
                       },
                       [](X &, const Resp &r) -> QString { return E(r).status(401).errorBody(); }));
    all.append(make(u"SPEC_List_Users_Count_1_Test"_s, u"GET /Users?count=1&startIndex=1"_s, kSpec)
                   .addSteps({createUser(u"user"_s, u"spec-list"_s, "application/scim+json"),
                              {u"GET /Users?count=1&startIndex=1"_s, u"200, one Resource, startIndex 1"_s,
                               u"RFC 7644 §3.4.2.4"_s,
                               [](X &) {
                                   return R::get(u"/Users"_s, {{u"count"_s, u"1"_s}, {u"startIndex"_s, u"1"_s}});
                               },
                               [](X &, const Resp &r) -> QString {
                                   return E(r)
                                       .status(200)
                                       .listResponse()
                                       .that(r.resources().size() == 1, u"expected exactly 1 Resource"_s)
                                       .that(r.json().value("startIndex"_L1).toInt() == 1, u"startIndex is not 1"_s);
                               }}}));
    all.append(make(u"SPEC_Get_User_By_Id_Test"_s, u"Create a user, then GET it by id"_s, kSpec)
                   .addSteps({createUser(u"user"_s, u"spec-get"_s, "application/scim+json"),
                              S::readBack(u"Users"_s, u"user"_s, u"GET /Users/{id}"_s, u"200 with the same id"_s,
                                          u"RFC 7644 §3.4.1"_s, [](const QJsonObject &u) {
                                              return u.value("userName"_L1).toString().contains("spec-get"_L1)
                                                  ? QString()
                                                  : u"another user came back"_s;
                                          })}));
    all.append(make(u"SPEC_Unknown_Id_404_Test"_s, u"GET of an unknown id answers 404 with a detail"_s, kSpec)
                   .step(
                       u"GET /Users/<random id>"_s, u"404 with a SCIM error body and a detail"_s, u"RFC 7644 §3.12"_s,
                       [](X &) { return R::get(u"/Users/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)); },
                       [](X &, const Resp &r) -> QString {
                           return E(r).status(404).errorBody().that(!r.json().value("detail"_L1).toString().isEmpty(),
                                                                    u"the error has no detail"_s);
                       }));
    all.append(make(u"SPEC_Random_User_Absent_Test"_s, u"A filter for a random userName finds nothing"_s, kSpec,
                    {ConformanceNeed::Filter})
                   .step(
                       u"Filter userName eq a random name"_s, u"200 and totalResults 0"_s, u"RFC 7644 §3.4.2"_s,
                       [](X &x) { return S::fromCall(OktaRequests::matchUser(x.userName(u"absent"_s))); },
                       [](X &, const Resp &r) -> QString { return E(r).status(200).totalResults(0); }));
    all.append(make(u"SPEC_Create_User_Json_Test"_s, u"Create with Content-Type application/json"_s, kSpec)
                   .addSteps({createUser(u"user"_s, u"spec-json"_s, "application/json")}));
    all.append(
        make(u"SPEC_Duplicate_409_Test"_s, u"A second create of the same userName answers 409"_s, kSpec)
            .addSteps(
                {createUser(u"user"_s, u"spec-dup"_s, "application/scim+json"),
                 {u"Create the same user again"_s, u"409 Conflict with a SCIM error body"_s, u"RFC 7644 §3.3"_s,
                  [](X &x) { return S::fromCall(OktaRequests::createUser(S::entraFlat(x, u"spec-dup"_s), kPassword)); },
                  [](X &, const Resp &r) -> QString { return E(r).status(409).errorBody(); }}}));
    all.append(
        make(u"SPEC_UserName_Case_Test"_s, u"A userName filter in another letter case finds the user"_s,
             kSpec + u"; RFC 7643 §4.1.1 (userName is case-insensitive)"_s, {ConformanceNeed::Filter})
            .addSteps({createUser(u"user"_s, u"spec-case"_s, "application/scim+json"),
                       {u"Filter userName eq the name in upper case"_s, u"200 and exactly that user"_s,
                        u"RFC 7643 §4.1.1: userName has caseExact false"_s,
                        [](X &x) { return S::fromCall(OktaRequests::matchUser(x.userName(u"spec-case"_s).toUpper())); },
                        [](X &x, const Resp &r) -> QString {
                            return E(r).status(200).totalResults(1).that(
                                r.resources().first().toObject().value("id"_L1).toString() == x.value(u"user"_s),
                                u"another user was found"_s);
                        }}}));
    all.append(make(u"SPEC_List_Groups_Test"_s, u"GET /Groups answers a ListResponse"_s, kSpec)
                   .step(
                       u"GET /Groups"_s, u"200 and a ListResponse"_s, u"RFC 7644 §3.4.2"_s,
                       [](X &) { return R::get(u"/Groups"_s); },
                       [](X &, const Resp &r) -> QString { return E(r).status(200).listResponse(); }));
    all.append(
        make(u"Okta_OIN_Deactivate_Test"_s, u"OIN apps deactivate and reactivate with a path-less replace"_s,
             u"Okta's OIN template (entra-okta-scim.md §5)"_s, {ConformanceNeed::Patch})
            .addSteps({createUser(u"user"_s, u"oin-active"_s, "application/scim+json"),
                       okStep(u"PATCH {op: replace, value: {active: false}}"_s, u"RFC 7644 §3.5.2.3 (no path)"_s,
                              [](X &x) { return S::fromCall(OktaRequests::setActive(x.value(u"user"_s), false)); }),
                       S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s, u"active is false"_s,
                                   u"RFC 7644 §3.5.2.3"_s,
                                   [](const QJsonObject &u) {
                                       return u.value("active"_L1) == QJsonValue(false) ? QString() : u"still active"_s;
                                   }),
                       okStep(u"PATCH {op: replace, value: {active: true}}"_s, u"RFC 7644 §3.5.2.3"_s,
                              [](X &x) { return S::fromCall(OktaRequests::setActive(x.value(u"user"_s), true)); }),
                       S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s, u"active is true"_s,
                                   u"RFC 7644 §3.5.2.3"_s, [](const QJsonObject &u) {
                                       return u.value("active"_L1) == QJsonValue(true) ? QString() : u"not active"_s;
                                   })}));
    all.append(make(u"Okta_AIW_Put_User_Test"_s, u"AIW apps update with GET, then a full PUT"_s,
                    u"Okta's App Integration Wizard apps (idp-behaviour.md §4); RFC 7644 §3.5.1"_s)
                   .addSteps({createUser(u"user"_s, u"aiw-put"_s, "application/scim+json"),
                              okStep(u"GET /Users/{id}"_s, u"Okta reads before each PUT"_s,
                                     [](X &x) { return S::fromCall(OktaRequests::getUser(x.value(u"user"_s))); }),
                              okStep(u"PUT /Users/{id} with a new family name and title"_s, u"RFC 7644 §3.5.1"_s,
                                     [](X &x) {
                                         QJsonObject flat = S::entraFlat(x, u"aiw-put"_s);
                                         flat.insert(M::kFamilyName, u"Replaced"_s);
                                         flat.insert(M::kTitle, u"Put"_s);
                                         return S::fromCall(OktaRequests::putUser(x.value(u"user"_s), flat));
                                     }),
                              S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s, u"the replaced values"_s,
                                          u"RFC 7644 §3.5.1"_s, [](const QJsonObject &u) {
                                              return u.value("name"_L1).toObject().value("familyName"_L1).toString()
                                                          == "Replaced"_L1
                                                      && u.value("title"_L1).toString() == "Put"_L1
                                                  ? QString()
                                                  : u"the PUT did not read back"_s;
                                          })}));
    all.append(
        make(u"Okta_Push_Group_Test"_s, u"Push Groups: lookup, POST with members [], then a membership PATCH"_s,
             u"Okta's Push Groups (idp-behaviour.md §4)"_s, {ConformanceNeed::Patch, ConformanceNeed::Filter})
            .addSteps({createUser(u"u1"_s, u"push-1"_s, "application/scim+json"),
                       createUser(u"u2"_s, u"push-2"_s, "application/scim+json"),
                       {u"Look the group up"_s, u"200 and totalResults 0"_s, u"RFC 7644 §3.4.2"_s,
                        [](X &x) { return S::fromCall(OktaRequests::matchGroup(x.name(u"push"_s))); },
                        [](X &, const Resp &r) -> QString { return E(r).status(200).totalResults(0); }},
                       {u"POST the group with members []"_s, u"201 and an id"_s, u"RFC 7644 §3.3"_s,
                        [](X &x) { return S::fromCall(OktaRequests::createGroup(x.name(u"push"_s))); },
                        [](X &x, const Resp &r) -> QString {
                            x.set(u"group"_s, r.json().value("id"_L1).toString());
                            return E(r).status(201).hasId();
                        }},
                       okStep(u"PATCH {id, displayName} replace and add two members"_s,
                              u"Okta sends a path-less replace of id and displayName with each membership change"_s,
                              [](X &x) {
                                  return S::fromCall(OktaRequests::patchGroup(x.value(u"group"_s), x.name(u"push"_s),
                                                                              memberPairs(x, {u"u1"_s, u"u2"_s}), {}));
                              }),
                       membersAre(u"group"_s, {u"u1"_s, u"u2"_s}),
                       okStep(u"PATCH removing a member with members[value eq]"_s, u"RFC 7644 §3.5.2.2"_s,
                              [](X &x) {
                                  return S::fromCall(OktaRequests::patchGroup(x.value(u"group"_s), x.name(u"push"_s),
                                                                              {}, {x.value(u"u1"_s)}));
                              }),
                       membersAre(u"group"_s, {u"u2"_s}),
                       okStep(u"Push now of an emptied group: replace members []"_s,
                              u"Okta's \"Push now\" (idp-behaviour.md §4); RFC 7644 §3.5.2.3"_s,
                              [](X &x) {
                                  return R::patch(u"/Groups/"_s + x.value(u"group"_s),
                                                  {QJsonObject{{u"op"_s, u"replace"_s},
                                                               {u"path"_s, u"members"_s},
                                                               {u"value"_s, QJsonArray()}}});
                              }),
                       membersAre(u"group"_s, {})}));
    all.append(
        make(u"Okta_AIW_Put_Group_Test"_s, u"AIW apps replace a group's members with a full PUT"_s,
             u"Okta's AIW apps (idp-behaviour.md §4); RFC 7644 §3.5.1"_s)
            .addSteps({createUser(u"u1"_s, u"aiw-group-1"_s, "application/scim+json"),
                       createUser(u"u2"_s, u"aiw-group-2"_s, "application/scim+json"),
                       S::createGroup(u"group"_s, u"aiw-group"_s),
                       okStep(u"PUT the group with two members"_s, u"RFC 7644 §3.5.1"_s,
                              [](X &x) {
                                  return S::fromCall(OktaRequests::putGroup(x.value(u"group"_s), x.name(u"aiw-group"_s),
                                                                            memberPairs(x, {u"u1"_s, u"u2"_s})));
                              }),
                       membersAre(u"group"_s, {u"u1"_s, u"u2"_s}),
                       okStep(u"PUT the group with one member"_s, u"RFC 7644 §3.5.1"_s,
                              [](X &x) {
                                  return S::fromCall(OktaRequests::putGroup(x.value(u"group"_s), x.name(u"aiw-group"_s),
                                                                            memberPairs(x, {u"u2"_s})));
                              }),
                       membersAre(u"group"_s, {u"u2"_s})}));
    all.append(listProbe(u"Okta_Import_Page_Test"_s, u"Users"_s, 100,
                         u"Okta's import pages with startIndex and count=100 (idp-behaviour.md §4)"_s));
    return all;
}

} // namespace scimmon
