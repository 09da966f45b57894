#include "conformance/entrasuite.h"

#include "conformance/conformanceexpect.h"
#include "conformance/conformancesteps.h"
#include "conformance/entraenginetests.h"
#include "scim/scimconstants.h"
#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

using S = ConformanceSteps;
using R = ConformanceRequest;
using X = ConformanceContext;
using Resp = ConformanceResponse;
using E = ConformanceExpect;

const QString kPatchWhy = u"RFC 7644 §3.5.2: PATCH answers 200 with the resource or 204"_s;

/// The attribute names /Schemas declares, flattened as Entra's mapping editor shows them
/// ("name.givenName", "urn:…:enterprise:2.0:User:manager"), lowercase.
QSet<QString> discoverable(const QJsonArray &schemas)
{
    QSet<QString> names;
    for (const QJsonValue &s : schemas) {
        const QString id = s.toObject().value("id"_L1).toString();
        const bool core = id == schema::kUser || id == schema::kGroup;
        const QString prefix = core ? QString() : id + u':';
        for (const QJsonValue &a : s.toObject().value("attributes"_L1).toArray()) {
            const QString name = prefix + a.toObject().value("name"_L1).toString();
            names.insert((id == schema::kGroup ? u"group:"_s : QString()) + name.toLower());
            for (const QJsonValue &sub : a.toObject().value("subAttributes"_L1).toArray())
                names.insert((id == schema::kGroup ? u"group:"_s : QString()) + name.toLower() + u'.'
                             + sub.toObject().value("name"_L1).toString().toLower());
        }
    }
    return names;
}

ConformanceCaseStep patchStep(const QString &title, const QString &expectation, std::function<R(X &)> request)
{
    return {title, expectation, kPatchWhy, std::move(request), [](X &, const Resp &r) -> QString {
                return E(r).statusIn({200, 204});
            }};
}

QString absentOrEmpty(const QJsonValue &v, const QString &what)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    return u"%1 still holds %2"_s.arg(what, v.toVariant().toString());
}

ConformanceCaseStep page(const QString &collection, int startIndex, int count, int atLeast)
{
    return {u"Read %1 page startIndex=%2&count=%3"_s.arg(collection).arg(startIndex).arg(count),
            u"200, a ListResponse with startIndex %1 and at most %2 Resources"_s.arg(startIndex).arg(count),
            u"RFC 7644 §3.4.2.4; Entra's pagination test reads pages of 5"_s,
            [=](X &) {
                return R::get(u'/' + collection,
                              {{u"startIndex"_s, QString::number(startIndex)}, {u"count"_s, QString::number(count)}});
            },
            [=](X &, const Resp &r) -> QString {
                const QJsonObject o = r.json();
                const int total = o.value("totalResults"_L1).toInt();
                const int n = int(r.resources().size());
                const int expected = qBound(0, total - (startIndex - 1), count);
                return E(r)
                    .status(200)
                    .listResponse()
                    .that(total >= atLeast, u"totalResults is %1, but at least %2 exist"_s.arg(total).arg(atLeast))
                    .that(o.value("startIndex"_L1).toInt() == startIndex,
                          u"startIndex is %1, not %2"_s.arg(o.value("startIndex"_L1).toInt()).arg(startIndex))
                    .that(n == expected, u"%1 Resources on this page, expected %2"_s.arg(n).arg(expected))
                    .that(!o.contains("itemsPerPage"_L1) || o.value("itemsPerPage"_L1).toInt() == n,
                          u"itemsPerPage is %1 for %2 Resources"_s.arg(o.value("itemsPerPage"_L1).toInt()).arg(n));
            }};
}

ConformanceCase schemaDiscoverability()
{
    ConformanceCase c = EntraSuite::make(
        u"Schema_Discoverability_Test"_s,
        u"Every attribute of Entra's default mapping is found in /Schemas (names flattened, any letter case)"_s,
        u"Microsoft's gallery validation; RFC 7643 §7, RFC 7644 §4"_s);
    c.step(
        u"Read /Schemas"_s, u"200 and the User, enterprise User and Group schemas with the mapped attributes"_s,
        u"Entra's mapping editor lists the attributes /Schemas declares"_s, [](X &) { return R::get(u"/Schemas"_s); },
        [](X &, const Resp &r) -> QString {
            E e(r);
            e.status(200).listResponse();
            const QSet<QString> names = discoverable(r.resources());
            const QString ent = schema::kEnterpriseUser.toLower() + u':';
            const QStringList wanted{u"userName"_s,
                                     u"active"_s,
                                     u"displayName"_s,
                                     u"title"_s,
                                     u"name.givenName"_s,
                                     u"name.familyName"_s,
                                     u"emails.value"_s,
                                     u"emails.type"_s,
                                     ent + u"employeeNumber"_s,
                                     ent + u"department"_s,
                                     ent + u"manager"_s,
                                     u"group:displayName"_s,
                                     u"group:members"_s};
            QStringList missing;
            for (const QString &w : wanted)
                if (!names.contains(w.toLower()))
                    missing.append(w);
            return e.that(missing.isEmpty(), u"/Schemas does not declare: "_s + missing.join(u", "_s));
        });
    return c;
}

ConformanceCase testConnection()
{
    ConformanceCase c = EntraSuite::make(
        u"Test_Connection"_s, u"Test Connection's probes for a random GUID answer 200 with an empty ListResponse"_s,
        u"Entra's Test Connection (idp-behaviour.md §1); a 404 quarantines the job (§2)"_s);
    const auto probe = [](bool groups) {
        return ConformanceCaseStep{
            groups ? u"Probe /Groups for a random GUID"_s : u"Probe /Users for a random GUID"_s,
            u"200 and a ListResponse with totalResults 0, typed application/scim+json"_s,
            u"RFC 7644 §3.4.2: a filter that matches nothing is an empty list, never 404"_s,
            [groups](X &) {
                const QString guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                return S::fromCall(groups ? EntraRequests::testConnectionGroups(guid)
                                          : EntraRequests::testConnectionUsers(guid));
            },
            [](X &, const Resp &r) -> QString { return E(r).status(200).scimContentType().totalResults(0); }};
    };
    c.addSteps({probe(false), probe(true)});
    return c;
}

ConformanceCase nullUpdate()
{
    ConformanceCase c = EntraSuite::make(u"SCIM_Null_Update_Test"_s,
                                         u"PATCH with empty strings, then with nulls; the attributes read back empty"_s,
                                         u"Microsoft's gallery validation; RFC 7643 §2.5 (unassigned values)"_s);
    c.needs = {ConformanceNeed::Patch};
    c.addSteps({S::createUser(u"user"_s, u"null"_s)});
    const auto clear = [](const QJsonValue &value, const QString &what) {
        return patchStep(u"Replace title and name.givenName with %1"_s.arg(what), u"200 or 204"_s, [value](X &x) {
            return R::patch(
                u"/Users/"_s + x.value(u"user"_s),
                {QJsonObject{{u"op"_s, u"Replace"_s}, {u"path"_s, u"title"_s}, {u"value"_s, value}},
                 QJsonObject{{u"op"_s, u"Replace"_s}, {u"path"_s, u"name.givenName"_s}, {u"value"_s, value}}});
        });
    };
    const auto readEmpty
        = S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s,
                      u"200; title and name.givenName absent or empty"_s, u"RFC 7643 §2.5"_s, [](const QJsonObject &u) {
                          const QString t = absentOrEmpty(u.value("title"_L1), u"title"_s);
                          return !t.isEmpty()
                              ? t
                              : absentOrEmpty(u.value("name"_L1).toObject().value("givenName"_L1), u"name.givenName"_s);
                      });
    c.addSteps({clear(QJsonValue(u""_s), u"empty strings"_s), readEmpty});
    c.addSteps(
        {patchStep(u"Set title again"_s, u"200 or 204"_s,
                   [](X &x) {
                       return R::patch(
                           u"/Users/"_s + x.value(u"user"_s),
                           {QJsonObject{{u"op"_s, u"Replace"_s}, {u"path"_s, u"title"_s}, {u"value"_s, u"Lead"_s}}});
                   }),
         clear(QJsonValue(QJsonValue::Null), u"null"_s), readEmpty});
    return c;
}

ConformanceCase userCreate()
{
    ConformanceCase c = EntraSuite::make(u"SCIM_User_Create_Test"_s,
                                         u"POST /Users with Entra's body, then read the user back by id"_s,
                                         u"Microsoft's gallery validation; RFC 7644 §3.3, §3.4.1"_s);
    c.addSteps({S::createUser(u"user"_s, u"create"_s, true),
                S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s,
                            u"200 with the values sent: userName, active, name, work email, enterprise department"_s,
                            u"RFC 7644 §3.4.1"_s, [](const QJsonObject &u) -> QString {
                                if (!u.value("userName"_L1).toString().contains("create@"_L1))
                                    return u"userName differs"_s;
                                if (u.value("active"_L1) != QJsonValue(true))
                                    return u"active is not true"_s;
                                if (u.value("name"_L1).toObject().value("familyName"_L1).toString() != "create"_L1)
                                    return u"name.familyName differs"_s;
                                if (S::typedValue(u, u"emails"_s, u"work"_s).isEmpty())
                                    return u"the work email is missing"_s;
                                if (u.value(schema::kEnterpriseUser).toObject().value("department"_L1).toString()
                                    != "Quality"_L1)
                                    return u"the enterprise department is missing"_s;
                                return {};
                            })});
    return c;
}

ConformanceCase userUpdate()
{
    ConformanceCase c = EntraSuite::make(u"SCIM_User_Update_Test"_s,
                                         u"Single-valued attributes PATCHed one Replace each, then read back"_s,
                                         u"Microsoft's gallery validation; RFC 7644 §3.5.2.3"_s);
    c.needs = {ConformanceNeed::Patch};
    c.addSteps({S::createUser(u"user"_s, u"update"_s),
                patchStep(u"Replace displayName, title, name.familyName and department"_s, u"200 or 204"_s,
                          [](X &x) {
                              using M = AttributeMapping;
                              const QJsonObject before = S::entraFlat(x, u"update"_s);
                              QJsonObject after = before;
                              after.insert(M::kDisplayName, u"Updated"_s);
                              after.insert(M::kTitle, u"Architect"_s);
                              after.insert(M::kFamilyName, u"Renamed"_s);
                              after.insert(M::kDepartment, u"Research"_s);
                              return S::fromCall(EntraRequests::patchUser(
                                  x.value(u"user"_s), EntraRequests::userOperations(before, after, false)));
                          }),
                S::readBack(u"Users"_s, u"user"_s, u"Read the user back"_s, u"200 with the new values"_s,
                            u"RFC 7644 §3.5.2.3"_s, [](const QJsonObject &u) -> QString {
                                if (u.value("displayName"_L1).toString() != "Updated"_L1
                                    || u.value("title"_L1).toString() != "Architect"_L1
                                    || u.value("name"_L1).toObject().value("familyName"_L1).toString() != "Renamed"_L1
                                    || u.value(schema::kEnterpriseUser).toObject().value("department"_L1).toString()
                                        != "Research"_L1)
                                    return u"the replaced values did not all read back"_s;
                                return {};
                            })});
    return c;
}

ConformanceCase groupCreate()
{
    ConformanceCase c = EntraSuite::make(u"SCIM_Group_Create_Test"_s, u"POST /Groups, then read the group back"_s,
                                         u"Microsoft's gallery validation; RFC 7644 §3.3"_s);
    c.addSteps({S::createGroup(u"group"_s, u"group-create"_s),
                S::readBack(u"Groups"_s, u"group"_s, u"Read the group back"_s, u"200 with displayName and externalId"_s,
                            u"RFC 7644 §3.4.1"_s, [](const QJsonObject &g) -> QString {
                                if (!g.value("displayName"_L1).toString().endsWith("group-create"_L1))
                                    return u"displayName differs"_s;
                                if (!g.value("externalId"_L1).toString().endsWith("oid-group-create"_L1))
                                    return u"externalId differs"_s;
                                return {};
                            })});
    return c;
}

ConformanceCase groupUpdate()
{
    ConformanceCase c = EntraSuite::make(u"SCIM_Group_Update_Test"_s, u"PATCH a group's displayName, read it back"_s,
                                         u"Microsoft's gallery validation; RFC 7644 §3.5.2.3"_s);
    c.needs = {ConformanceNeed::Patch};
    c.addSteps({S::createGroup(u"group"_s, u"group-update"_s),
                patchStep(u"Replace displayName"_s, u"200 or 204"_s,
                          [](X &x) {
                              return S::fromCall(
                                  EntraRequests::renameGroup(x.value(u"group"_s), x.name(u"group-renamed"_s), false));
                          }),
                S::readBack(u"Groups"_s, u"group"_s, u"Read the group back"_s, u"200 with the new displayName"_s,
                            u"RFC 7644 §3.5.2.3"_s, [](const QJsonObject &g) -> QString {
                                return g.value("displayName"_L1).toString().endsWith("group-renamed"_L1)
                                    ? QString()
                                    : u"displayName is '%1'"_s.arg(g.value("displayName"_L1).toString());
                            })});
    return c;
}

ConformanceCase pagination(bool groups)
{
    const int n = groups ? 6 : 11;
    ConformanceCase c = EntraSuite::make(
        groups ? u"SCIM_Group_Pagination_Test"_s : u"SCIM_User_Pagination_Test"_s,
        u"%1 %2 exist; pages of startIndex=N&count=5 each carry the right startIndex and size"_s.arg(n).arg(
            groups ? u"groups"_s : u"users"_s),
        u"Microsoft's gallery validation; RFC 7644 §3.4.2.4"_s);
    for (int i = 1; i <= n; ++i)
        c.addSteps({groups ? S::createGroup(u"g%1"_s.arg(i), u"page-group-%1"_s.arg(i))
                           : S::createUser(u"u%1"_s.arg(i), u"page-%1"_s.arg(i))});
    const QString collection = groups ? u"Groups"_s : u"Users"_s;
    c.addSteps({page(collection, 1, 5, n), page(collection, 6, 5, n)});
    if (!groups)
        c.addSteps({page(collection, 11, 5, n)});
    return c;
}

ConformanceCase updateManager()
{
    ConformanceCase c
        = EntraSuite::make(u"SCIM_Update_Manager_Test"_s, u"The enterprise manager: Add, Replace, Replace with empty"_s,
                           u"Microsoft's gallery validation; RFC 7643 §4.3 (manager)"_s);
    c.needs = {ConformanceNeed::Patch};
    const QString path = schema::kEnterpriseUser + u":manager"_s;
    const auto op = [path](const QString &name, const QString &key) {
        return patchStep(u"%1 the manager"_s.arg(name), u"200 or 204"_s, [path, name, key](X &x) {
            const QJsonValue value
                = key.isEmpty() ? QJsonValue(u""_s) : QJsonValue(QJsonObject{{u"value"_s, x.value(key)}});
            return R::patch(u"/Users/"_s + x.value(u"user"_s),
                            {QJsonObject{{u"op"_s, name}, {u"path"_s, path}, {u"value"_s, value}}});
        });
    };
    const auto manager = [](const QString &key) {
        return S::readBack(u"Users"_s, u"user"_s, u"Read the manager back"_s,
                           key.isEmpty() ? u"no manager"_s : u"manager.value is the manager's id"_s, u"RFC 7643 §4.3"_s,
                           [key](const QJsonObject &u) -> QString {
                               const QJsonValue m = u.value(schema::kEnterpriseUser).toObject().value("manager"_L1);
                               const QString value = m.toObject().value("value"_L1).toString();
                               if (key.isEmpty())
                                   return value.isEmpty() ? QString() : u"the manager %1 is still set"_s.arg(value);
                               return !value.isEmpty() ? QString() : u"no manager.value"_s;
                           });
    };
    c.addSteps({S::createUser(u"m1"_s, u"manager-1"_s), S::createUser(u"m2"_s, u"manager-2"_s),
                S::createUser(u"user"_s, u"report"_s), op(u"Add"_s, u"m1"_s), manager(u"m1"_s),
                op(u"Replace"_s, u"m2"_s), manager(u"m2"_s), op(u"Replace"_s, QString()), manager(QString())});
    return c;
}

} // namespace

ConformanceCase EntraSuite::make(const QString &name, const QString &description, const QString &why)
{
    ConformanceCase c;
    c.suite = u"entra"_s;
    c.name = name;
    c.description = description;
    c.why = why;
    return c;
}

QList<ConformanceCase> EntraSuite::cases()
{
    ConformanceCase credentials = make(
        u"Validate_Credentials_Test"_s,
        u"A token from the app's OAuth 2.0 token endpoint (client credentials) lives 60–360 minutes and is accepted"_s,
        u"Microsoft's gallery validation (one of the two authentication tests); RFC 6749 §4.4"_s);
    credentials.needs = {ConformanceNeed::TokenEndpoint};
    credentials
        .step(
            u"Request a token with client credentials"_s,
            u"200 with access_token, token_type Bearer and expires_in from 3600 to 21600 seconds"_s,
            u"RFC 6749 §4.4.2, §5.1; Microsoft: the token must live 60–360 minutes"_s,
            [](X &x) {
                R r;
                r.method = "POST";
                r.absoluteUrl = QUrl(x.value(u"tokenEndpoint"_s));
                r.auth = R::Auth::None;
                r.contentType = "application/x-www-form-urlencoded";
                r.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(x.value(u"clientId"_s))
                    + "&client_secret=" + QUrl::toPercentEncoding(x.value(u"clientSecret"_s));
                return r;
            },
            [](X &x, const Resp &r) -> QString {
                const QJsonObject o = r.json();
                x.set(u"accessToken"_s, o.value("access_token"_L1).toString());
                const int lifetime = o.value("expires_in"_L1).toVariant().toInt();
                return E(r)
                    .status(200)
                    .that(!o.value("access_token"_L1).toString().isEmpty(), u"no access_token"_s)
                    .that(o.value("token_type"_L1).toString().compare("Bearer"_L1, Qt::CaseInsensitive) == 0,
                          u"token_type is not Bearer"_s)
                    .that(lifetime >= 3600 && lifetime <= 21600,
                          u"expires_in is %1 s; Microsoft requires 60 to 360 minutes"_s.arg(lifetime));
            })
        .step(
            u"GET /Users with the issued token"_s, u"200 and a ListResponse"_s,
            u"Entra then provisions with that token as a bearer token (RFC 6750)"_s,
            [](X &x) {
                R r = R::get(u"/Users"_s, {{u"startIndex"_s, u"1"_s}, {u"count"_s, u"1"_s}});
                r.auth = R::Auth::Bearer;
                r.bearer = x.value(u"accessToken"_s).toUtf8();
                return r;
            },
            [](X &, const Resp &r) -> QString { return E(r).status(200).listResponse(); });
    QList<ConformanceCase> all{testConnection(), schemaDiscoverability(), nullUpdate(),  userCreate(),
                               userUpdate(),     groupCreate(),           groupUpdate(), pagination(false),
                               pagination(true), updateManager(),         credentials};
    all.append(EntraEngineTests::cases());
    return all;
}

} // namespace scimmon
