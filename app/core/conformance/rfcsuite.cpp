#include "conformance/rfcsuite.h"

#include "conformance/conformanceexpect.h"
#include "conformance/conformancesteps.h"
#include "conformance/rfcquerytests.h"
#include "scim/scimconstants.h"

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

QJsonObject email(const QString &value, const QString &type, bool primary)
{
    return QJsonObject{{u"value"_s, value}, {u"type"_s, type}, {u"primary"_s, primary}};
}

/// A user with a primary work email and a home email that is not primary.
ConformanceCaseStep createTwoEmails(const QString &suffix)
{
    return {u"Create a user with a primary work email and a home email"_s, u"201 Created"_s, u"RFC 7644 §3.3"_s,
            [suffix](X &x) {
                return R::post(u"/Users"_s,
                               QJsonObject{{u"schemas"_s, QJsonArray{schema::kUser}},
                                           {u"userName"_s, x.userName(suffix)},
                                           {u"emails"_s,
                                            QJsonArray{email(x.userName(suffix), u"work"_s, true),
                                                       email(x.name(suffix) + u"@home.example"_s, u"home"_s, false)}}});
            },
            [](X &x, const Resp &r) -> QString {
                x.set(u"user"_s, r.json().value("id"_L1).toString());
                return E(r).status(201).hasId();
            }};
}

ConformanceCaseStep onePrimary(const QString &type)
{
    return S::readBack(
        u"Users"_s, u"user"_s, u"Read the emails back"_s,
        u"exactly one email with primary: true, the %1 one"_s.arg(type),
        u"RFC 7643 §2.4: primary true appears no more than once; RFC 7644 §3.5.2: the server sets "
        "the others to false"_s,
        [type](const QJsonObject &u) -> QString {
            const int n = S::primaryCount(u, u"emails"_s);
            if (n != 1)
                return u"%1 emails are primary"_s.arg(n);
            for (const QJsonValue &e : u.value("emails"_L1).toArray())
                if (e.toObject().value("primary"_L1).toBool() && e.toObject().value("type"_L1).toString() != type)
                    return u"the %1 email is primary, not the %2 one"_s.arg(e.toObject().value("type"_L1).toString(),
                                                                            type);
            return {};
        });
}

ConformanceCaseStep patchOk(const QString &title, std::function<R(X &)> request)
{
    return {title, u"200 or 204"_s, u"RFC 7644 §3.5.2"_s, std::move(request), [](X &, const Resp &r) -> QString {
                return E(r).statusIn({200, 204});
            }};
}

ConformanceCaseStep discovery(const QString &path, const QString &why, std::function<QString(const Resp &)> check)
{
    return {u"GET "_s + path, u"200 typed application/scim+json"_s, why, [path](X &) { return R::get(path); },
            [check](X &, const Resp &r) -> QString {
                const QString problem = E(r).status(200).scimContentType();
                return !problem.isEmpty() ? problem : check(r);
            }};
}

QStringList ids(const QJsonArray &resources, const char *field)
{
    QStringList out;
    for (const QJsonValue &v : resources)
        out.append(v.toObject().value(QLatin1StringView(field)).toString());
    return out;
}

} // namespace

ConformanceCase RfcSuite::make(const QString &name, const QString &description, const QString &why,
                               QList<ConformanceNeed> needs)
{
    ConformanceCase c;
    c.suite = u"rfc"_s;
    c.name = name;
    c.description = description;
    c.why = why;
    c.needs = std::move(needs);
    return c;
}

QList<ConformanceCase> RfcSuite::cases()
{
    const QList<ConformanceNeed> patch{ConformanceNeed::Patch};
    QList<ConformanceCase> all;
    all.append(make(u"RFC_ServiceProviderConfig_Test"_s, u"The ServiceProviderConfig names every feature"_s,
                    u"RFC 7643 §5; RFC 7644 §4"_s)
                   .addSteps({discovery(u"/ServiceProviderConfig"_s, u"RFC 7643 §5"_s, [](const Resp &r) -> QString {
                       QStringList missing;
                       for (const char *f : {"patch", "bulk", "filter", "changePassword", "sort", "etag"})
                           if (!r.json().value(QLatin1StringView(f)).toObject().contains("supported"_L1))
                               missing.append(QLatin1StringView(f));
                       if (!r.json().value("authenticationSchemes"_L1).isArray())
                           missing.append(u"authenticationSchemes"_s);
                       return missing.isEmpty() ? QString() : u"missing: "_s + missing.join(u", "_s);
                   })}));
    all.append(make(u"RFC_ResourceTypes_Test"_s, u"/ResourceTypes lists User and Group"_s, u"RFC 7643 §6"_s)
                   .addSteps({discovery(u"/ResourceTypes"_s, u"RFC 7644 §4"_s, [](const Resp &r) -> QString {
                       const QStringList names = ids(r.resources(), "name");
                       return names.contains(u"User"_s) && names.contains(u"Group"_s)
                           ? QString()
                           : u"the resource types are [%1]"_s.arg(names.join(u", "_s));
                   })}));
    all.append(make(u"RFC_Schemas_Test"_s, u"/Schemas lists the core User and Group schemas"_s, u"RFC 7643 §7"_s)
                   .addSteps({discovery(u"/Schemas"_s, u"RFC 7644 §4"_s, [](const Resp &r) -> QString {
                       const QStringList schemas = ids(r.resources(), "id");
                       return schemas.contains(schema::kUser) && schemas.contains(schema::kGroup)
                           ? QString()
                           : u"the schemas are [%1]"_s.arg(schemas.join(u", "_s));
                   })}));
    all.append(make(u"RFC_Unauthenticated_Test"_s, u"A request without credentials is refused with 401"_s,
                    u"RFC 7644 §2 (authentication), §3.12"_s)
                   .step(
                       u"GET /Users without Authorization"_s, u"401 Unauthorized"_s, u"RFC 7644 §2"_s,
                       [](X &) {
                           R r = R::get(u"/Users"_s);
                           r.auth = R::Auth::None;
                           return r;
                       },
                       [](X &, const Resp &r) -> QString { return E(r).status(401); }));
    all.append(make(u"RFC_Content_Type_Test"_s, u"Answers to a list and a create are application/scim+json"_s,
                    u"RFC 7644 §3.1, §8.1"_s)
                   .addSteps({discovery(u"/Users"_s, u"RFC 7644 §8.1"_s, [](const Resp &) { return QString(); }),
                              S::createUser(u"user"_s, u"content-type"_s)})
                   .step(
                       u"Read the user"_s, u"200 typed application/scim+json"_s, u"RFC 7644 §8.1"_s,
                       [](X &x) { return R::get(u"/Users/"_s + x.value(u"user"_s)); },
                       [](X &, const Resp &r) -> QString { return E(r).status(200).scimContentType(); }));
    all.append(make(u"RFC_Error_Body_Test"_s, u"404 for an unknown id, with a SCIM error body"_s, u"RFC 7644 §3.12"_s)
                   .step(
                       u"GET /Groups/<random id>"_s, u"404 with the Error schema and status \"404\""_s,
                       u"RFC 7644 §3.12"_s,
                       [](X &) { return R::get(u"/Groups/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)); },
                       [](X &, const Resp &r) -> QString { return E(r).status(404).errorBody(); }));
    all.append(make(u"RFC_Create_Invalid_Test"_s, u"POST /Users without userName is refused with 400"_s,
                    u"RFC 7643 §4.1.1 (userName is required); RFC 7644 §3.3, §3.12"_s)
                   .step(
                       u"POST /Users without userName"_s, u"400 with a SCIM error body"_s, u"RFC 7644 §3.12"_s,
                       [](X &x) {
                           return R::post(u"/Users"_s,
                                          QJsonObject{{u"schemas"_s, QJsonArray{schema::kUser}},
                                                      {u"displayName"_s, x.name(u"no-username"_s)}});
                       },
                       [](X &, const Resp &r) -> QString { return E(r).status(400).errorBody(); }));
    all.append(
        make(u"RFC_Uniqueness_Test"_s, u"A userName differing only in letter case is a duplicate: 409"_s,
             u"RFC 7643 §4.1.1 (caseExact false, uniqueness server); RFC 7644 §3.3"_s)
            .addSteps({S::createUser(u"user"_s, u"unique"_s)})
            .step(
                u"POST the same userName in upper case"_s, u"409, scimType uniqueness"_s, u"RFC 7644 §3.3, §3.12"_s,
                [](X &x) {
                    return R::post(u"/Users"_s,
                                   QJsonObject{{u"schemas"_s, QJsonArray{schema::kUser}},
                                               {u"userName"_s, x.userName(u"unique"_s).toUpper()}});
                },
                [](X &, const Resp &r) -> QString {
                    return E(r).status(409).errorBody().that(
                        r.json().value("scimType"_L1).toString() == "uniqueness"_L1, u"scimType is not uniqueness"_s);
                }));
    all.append(make(u"RFC_Meta_Test"_s, u"A created user carries meta and its Location"_s, u"RFC 7643 §3.1"_s)
                   .addSteps({S::createUser(u"user"_s, u"meta"_s, true),
                              S::readBack(u"Users"_s, u"user"_s, u"Read meta"_s,
                                          u"meta.resourceType User, created, lastModified, location …/Users/{id}"_s,
                                          u"RFC 7643 §3.1"_s, [](const QJsonObject &u) -> QString {
                                              const QJsonObject m = u.value("meta"_L1).toObject();
                                              if (m.value("resourceType"_L1).toString() != "User"_L1)
                                                  return u"meta.resourceType is not User"_s;
                                              if (m.value("created"_L1).toString().isEmpty()
                                                  || m.value("lastModified"_L1).toString().isEmpty())
                                                  return u"meta.created or meta.lastModified is missing"_s;
                                              if (!m.value("location"_L1)
                                                       .toString()
                                                       .endsWith(u"/Users/"_s + u.value("id"_L1).toString()))
                                                  return u"meta.location does not end with /Users/{id}"_s;
                                              return {};
                                          })}));
    all.append(make(u"RFC_Put_Test"_s, u"PUT replaces the user: a value left out is cleared"_s, u"RFC 7644 §3.5.1"_s)
                   .addSteps({S::createUser(u"user"_s, u"put"_s)})
                   .step(
                       u"PUT the user without title"_s, u"200 with the replaced user"_s, u"RFC 7644 §3.5.1"_s,
                       [](X &x) {
                           return R::put(u"/Users/"_s + x.value(u"user"_s),
                                         QJsonObject{{u"schemas"_s, QJsonArray{schema::kUser}},
                                                     {u"userName"_s, x.userName(u"put"_s)},
                                                     {u"displayName"_s, u"Put Replaced"_s}});
                       },
                       [](X &, const Resp &r) -> QString {
                           return E(r)
                               .status(200)
                               .hasId()
                               .that(r.json().value("displayName"_L1).toString() == "Put Replaced"_L1,
                                     u"displayName was not replaced"_s)
                               .that(!r.json().contains("title"_L1), u"title survived the PUT"_s);
                       }));
    all.append(make(u"RFC_Delete_Test"_s, u"DELETE answers 204; the user is gone; a second DELETE is 404"_s,
                    u"RFC 7644 §3.6"_s)
                   .addSteps({S::createUser(u"user"_s, u"delete"_s)})
                   .step(
                       u"DELETE the user"_s, u"204 No Content"_s, u"RFC 7644 §3.6"_s,
                       [](X &x) { return R::del(u"/Users/"_s + x.value(u"user"_s)); },
                       [](X &, const Resp &r) -> QString { return E(r).status(204); })
                   .addSteps({S::gone(u"Users"_s, u"user"_s)})
                   .step(
                       u"DELETE it again"_s, u"404 Not Found"_s, u"RFC 7644 §3.6"_s,
                       [](X &x) { return R::del(u"/Users/"_s + x.value(u"user"_s)); },
                       [](X &, const Resp &r) -> QString { return E(r).status(404).errorBody(); }));
    all.append(
        make(u"RFC_Patch_MultiValued_Test"_s, u"PATCH adds an email, then removes it with a value filter"_s,
             u"RFC 7644 §3.5.2.1, §3.5.2.2"_s, patch)
            .addSteps(
                {S::createUser(u"user"_s, u"multi"_s),
                 patchOk(u"Add a home email"_s,
                         [](X &x) {
                             return R::patch(
                                 u"/Users/"_s + x.value(u"user"_s),
                                 {QJsonObject{{u"op"_s, u"add"_s},
                                              {u"path"_s, u"emails"_s},
                                              {u"value"_s,
                                               QJsonArray{email(x.name(u"multi@home.example"_s), u"home"_s, false)}}}});
                         }),
                 S::readBack(u"Users"_s, u"user"_s, u"Read the emails"_s, u"work and home emails"_s,
                             u"RFC 7644 §3.5.2.1"_s,
                             [](const QJsonObject &u) {
                                 return !S::typedValue(u, u"emails"_s, u"home"_s).isEmpty()
                                         && !S::typedValue(u, u"emails"_s, u"work"_s).isEmpty()
                                     ? QString()
                                     : u"the home email was not added beside the work one"_s;
                             }),
                 patchOk(u"Remove emails[type eq \"home\"]"_s,
                         [](X &x) {
                             return R::patch(
                                 u"/Users/"_s + x.value(u"user"_s),
                                 {QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"emails[type eq \"home\"]"_s}}});
                         }),
                 S::readBack(u"Users"_s, u"user"_s, u"Read the emails"_s, u"only the work email"_s,
                             u"RFC 7644 §3.5.2.2"_s, [](const QJsonObject &u) {
                                 return S::typedValue(u, u"emails"_s, u"home"_s).isEmpty()
                                         && u.value("emails"_L1).toArray().size() == 1
                                     ? QString()
                                     : u"the home email is still there"_s;
                             })}));
    all.append(make(u"RFC_Primary_On_Add_Test"_s,
                    u"PATCH adds a home email with primary: true; the work email's primary is cleared"_s,
                    u"RFC 7643 §2.4; RFC 7644 §3.5.2"_s, patch)
                   .addSteps({S::createUser(u"user"_s, u"primary-add"_s),
                              patchOk(u"Add a home email with primary: true"_s,
                                      [](X &x) {
                                          return R::patch(u"/Users/"_s + x.value(u"user"_s),
                                                          {QJsonObject{{u"op"_s, u"add"_s},
                                                                       {u"path"_s, u"emails"_s},
                                                                       {u"value"_s,
                                                                        QJsonArray{email(x.name(u"p@home.example"_s),
                                                                                         u"home"_s, true)}}}});
                                      }),
                              onePrimary(u"home"_s)}));
    all.append(make(u"RFC_Primary_On_Replace_Test"_s,
                    u"PATCH sets primary: true on the home email by a value filter; only it stays primary"_s,
                    u"RFC 7643 §2.4; RFC 7644 §3.5.2"_s, patch)
                   .addSteps({createTwoEmails(u"primary-replace"_s),
                              patchOk(u"Replace emails[type eq \"home\"].primary with true"_s,
                                      [](X &x) {
                                          return R::patch(
                                              u"/Users/"_s + x.value(u"user"_s),
                                              {QJsonObject{{u"op"_s, u"replace"_s},
                                                           {u"path"_s, u"emails[type eq \"home\"].primary"_s},
                                                           {u"value"_s, true}}});
                                      }),
                              onePrimary(u"home"_s)}));
    all.append(RfcQueryTests::cases());
    return all;
}

} // namespace scimmon
