#include "conformance/rfcquerytests.h"

#include "conformance/conformanceexpect.h"
#include "conformance/conformancesteps.h"
#include "conformance/rfcsuite.h"
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

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

/// `GET /Users?filter=<filter built from the context>` expecting `hits` results.
ConformanceCaseStep filterStep(const QString &title, std::function<QString(X &)> filter, int hits,
                               const QString &why = u"RFC 7644 §3.4.2.2"_s)
{
    return {title, u"200 and a ListResponse with %1 result(s)"_s.arg(hits), why,
            [filter](X &x) {
                return R::get(u"/Users"_s, {{u"filter"_s, filter(x)}});
            },
            [hits](X &, const Resp &r) -> QString { return E(r).status(200).totalResults(hits); }};
}

/// A BulkRequest of `operations` (RFC 7644 §3.7).
R bulk(const QJsonArray &operations)
{
    return R::post(u"/Bulk"_s,
                   QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                               {u"Operations"_s, operations}});
}

QString prefixFilter(X &x)
{
    return u"userName sw "_s + quoted(x.prefix());
}

QStringList userNames(const Resp &r)
{
    QStringList out;
    for (const QJsonValue &v : r.resources())
        out.append(v.toObject().value("userName"_L1).toString());
    return out;
}

ConformanceCaseStep sorted(bool ascending)
{
    return {u"Sort by userName %1"_s.arg(ascending ? u"ascending"_s : u"descending"_s),
            u"200, the users in %1 order of userName"_s.arg(ascending ? u"ascending"_s : u"descending"_s),
            u"RFC 7644 §3.4.2.3"_s,
            [ascending](X &x) {
                return R::get(u"/Users"_s,
                              {{u"filter"_s, prefixFilter(x)},
                               {u"sortBy"_s, u"userName"_s},
                               {u"sortOrder"_s, ascending ? u"ascending"_s : u"descending"_s}});
            },
            [ascending](X &, const Resp &r) -> QString {
                const QStringList names = userNames(r);
                QStringList want = names;
                want.sort(Qt::CaseInsensitive);
                if (!ascending)
                    std::reverse(want.begin(), want.end());
                return E(r).status(200).totalResults(3).that(names == want,
                                                             u"the order is [%1]"_s.arg(names.join(u", "_s)));
            }};
}

} // namespace

QList<ConformanceCase> RfcQueryTests::cases()
{
    using N = ConformanceNeed;
    QList<ConformanceCase> all;
    all.append(RfcSuite::make(u"RFC_Filter_No_Match_Test"_s, u"A filter that matches nothing is an empty list"_s,
                              u"RFC 7644 §3.4.2; Entra quarantines a job that gets 404 here (idp-behaviour.md §2)"_s,
                              {N::Filter})
                   .addSteps({filterStep(
                       u"Filter externalId eq a random value"_s,
                       [](X &) -> QString {
                           return u"externalId eq "_s + quoted(QUuid::createUuid().toString(QUuid::WithoutBraces));
                       },
                       0)}));
    all.append(
        RfcSuite::make(u"RFC_Filter_Operators_Test"_s, u"eq, sw, co, pr, and, or on two users"_s,
                       u"RFC 7644 §3.4.2.2"_s, {N::Filter})
            .addSteps(
                {S::createUser(u"a"_s, u"filter-alpha"_s), S::createUser(u"b"_s, u"filter-beta"_s),
                 filterStep(u"userName sw the prefix"_s, prefixFilter, 2),
                 filterStep(
                     u"userName co \"alpha\" and sw the prefix"_s,
                     [](X &x) -> QString { return prefixFilter(x) + u" and userName co \"alpha\""_s; }, 1),
                 filterStep(
                     u"userName eq one or eq the other"_s,
                     [](X &x) -> QString {
                         return u"userName eq "_s + quoted(x.userName(u"filter-alpha"_s)) + u" or userName eq "_s
                             + quoted(x.userName(u"filter-beta"_s));
                     },
                     2),
                 filterStep(
                     u"externalId eq one of them"_s,
                     [](X &x) -> QString { return u"externalId eq "_s + quoted(x.name(u"ext-filter-beta"_s)); }, 1),
                 filterStep(
                     u"title pr and sw the prefix"_s,
                     [](X &x) -> QString { return prefixFilter(x) + u" and title pr"_s; }, 2),
                 filterStep(
                     u"emails[type eq \"work\" and value co \"alpha\"]"_s,
                     [](X &x) -> QString {
                         return prefixFilter(x)
                             + u" and emails[type eq \"work\" and value co "
                               "\"alpha\"]"_s;
                     },
                     1, u"RFC 7644 §3.4.2.2 (complex attribute filter grouping)"_s)}));
    all.append(
        RfcSuite::make(u"RFC_Filter_Case_Insensitive_Names_Test"_s,
                       u"Attribute names and operators in a filter are case-insensitive"_s,
                       u"RFC 7643 §2.1; RFC 7644 §3.4.2.2"_s, {N::Filter})
            .addSteps({S::createUser(u"a"_s, u"names"_s),
                       filterStep(
                           u"USERNAME EQ the userName"_s,
                           [](X &x) -> QString { return u"USERNAME EQ "_s + quoted(x.userName(u"names"_s)); }, 1)}));
    all.append(RfcSuite::make(u"RFC_Filter_Invalid_Test"_s, u"An invalid filter is refused with 400 invalidFilter"_s,
                              u"RFC 7644 §3.4.2.2, §3.12"_s, {N::Filter})
                   .step(
                       u"Filter with an unknown operator"_s, u"400, scimType invalidFilter"_s, u"RFC 7644 §3.12"_s,
                       [](X &) {
                           return R::get(u"/Users"_s, {{u"filter"_s, u"userName zz \"x\""_s}});
                       },
                       [](X &, const Resp &r) -> QString {
                           return E(r).status(400).errorBody().that(r.json().value("scimType"_L1).toString()
                                                                        == "invalidFilter"_L1,
                                                                    u"scimType is not invalidFilter"_s);
                       }));
    ConformanceCase paging = RfcSuite::make(u"RFC_Paging_Test"_s, u"startIndex and count page a filtered list"_s,
                                            u"RFC 7644 §3.4.2.4"_s, {N::Filter});
    paging.addSteps(
        {S::createUser(u"a"_s, u"page-a"_s), S::createUser(u"b"_s, u"page-b"_s), S::createUser(u"c"_s, u"page-c"_s)});
    for (const auto &[start, items] : QList<QPair<int, int>>{{1, 2}, {3, 1}, {4, 0}})
        paging.step(
            u"startIndex=%1&count=2"_s.arg(start),
            u"totalResults 3, %1 Resources, startIndex %2"_s.arg(items).arg(start), u"RFC 7644 §3.4.2.4"_s,
            [start](X &x) {
                return R::get(
                    u"/Users"_s,
                    {{u"filter"_s, prefixFilter(x)}, {u"startIndex"_s, QString::number(start)}, {u"count"_s, u"2"_s}});
            },
            [start, items](X &, const Resp &r) -> QString {
                return E(r)
                    .status(200)
                    .listResponse()
                    .that(r.json().value("totalResults"_L1).toInt() == 3, u"totalResults is not 3"_s)
                    .that(r.resources().size() == items,
                          u"%1 Resources, expected %2"_s.arg(r.resources().size()).arg(items))
                    .that(r.json().value("startIndex"_L1).toInt() == start, u"startIndex differs"_s);
            });
    all.append(paging);
    all.append(RfcSuite::make(u"RFC_Attributes_Test"_s, u"attributes=userName returns id and userName only"_s,
                              u"RFC 7644 §3.4.2.5, §3.9"_s)
                   .addSteps({S::createUser(u"user"_s, u"attributes"_s)})
                   .step(
                       u"GET /Users/{id}?attributes=userName"_s, u"200 with id and userName, no title or emails"_s,
                       u"RFC 7644 §3.4.2.5 (id is always returned)"_s,
                       [](X &x) {
                           return R::get(u"/Users/"_s + x.value(u"user"_s), {{u"attributes"_s, u"userName"_s}});
                       },
                       [](X &, const Resp &r) -> QString {
                           const QJsonObject u = r.json();
                           return E(r)
                               .status(200)
                               .hasId()
                               .that(!u.value("userName"_L1).toString().isEmpty(), u"no userName"_s)
                               .that(!u.contains("title"_L1) && !u.contains("emails"_L1),
                                     u"attributes not asked for were returned"_s);
                       }));
    all.append(
        RfcSuite::make(u"RFC_ExcludedAttributes_Test"_s, u"excludedAttributes=title,emails leaves them out"_s,
                       u"RFC 7644 §3.4.2.5, §3.9"_s)
            .addSteps({S::createUser(u"user"_s, u"excluded"_s)})
            .step(
                u"GET /Users/{id}?excludedAttributes=title,emails"_s, u"200 without title and emails"_s,
                u"RFC 7644 §3.4.2.5"_s,
                [](X &x) {
                    return R::get(u"/Users/"_s + x.value(u"user"_s), {{u"excludedAttributes"_s, u"title,emails"_s}});
                },
                [](X &, const Resp &r) -> QString {
                    const QJsonObject u = r.json();
                    return E(r)
                        .status(200)
                        .hasId()
                        .that(!u.contains("title"_L1) && !u.contains("emails"_L1),
                              u"an excluded attribute was returned"_s)
                        .that(!u.value("userName"_L1).toString().isEmpty(), u"userName is missing"_s);
                }));
    all.append(RfcSuite::make(u"RFC_Sort_Test"_s, u"sortBy=userName in both orders"_s, u"RFC 7644 §3.4.2.3"_s,
                              {N::Sort, N::Filter})
                   .addSteps({S::createUser(u"b"_s, u"sort-b"_s), S::createUser(u"a"_s, u"sort-a"_s),
                              S::createUser(u"c"_s, u"sort-c"_s), sorted(true), sorted(false)}));
    all.append(
        RfcSuite::make(u"RFC_ETag_Test"_s, u"ETag, If-None-Match → 304, a stale If-Match → 412"_s, u"RFC 7644 §3.14"_s,
                       {N::Etag})
            .addSteps({S::createUser(u"user"_s, u"etag"_s)})
            .step(
                u"GET the user"_s, u"200 with an ETag header"_s, u"RFC 7644 §3.14"_s,
                [](X &x) { return R::get(u"/Users/"_s + x.value(u"user"_s)); },
                [](X &x, const Resp &r) -> QString {
                    x.set(u"etag"_s, QString::fromLatin1(r.header("ETag")));
                    return E(r).status(200).that(!r.header("ETag").isEmpty(), u"no ETag header"_s);
                })
            .step(
                u"GET with If-None-Match: the ETag"_s, u"304 Not Modified"_s, u"RFC 7644 §3.14"_s,
                [](X &x) {
                    R r = R::get(u"/Users/"_s + x.value(u"user"_s));
                    return r.header("If-None-Match", x.value(u"etag"_s).toLatin1());
                },
                [](X &, const Resp &r) -> QString { return E(r).status(304); })
            .step(
                u"PATCH with a stale If-Match"_s, u"412 Precondition Failed"_s, u"RFC 7644 §3.14"_s,
                [](X &x) {
                    R r = R::patch(
                        u"/Users/"_s + x.value(u"user"_s),
                        {QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"title"_s}, {u"value"_s, u"Stale"_s}}});
                    return r.header("If-Match", "W/\"scim-monitor-check-stale\"");
                },
                [](X &, const Resp &r) -> QString { return E(r).status(412); }));
    all.append(
        RfcSuite::make(u"RFC_Bulk_Test"_s, u"POST /Bulk creates a user, a second one deletes it"_s, u"RFC 7644 §3.7"_s,
                       {N::Bulk})
            .step(
                u"POST /Bulk with a create"_s,
                u"200, a BulkResponse whose operation has status \"201\" and a location"_s, u"RFC 7644 §3.7.3"_s,
                [](X &x) {
                    const QJsonObject create{{u"method"_s, u"POST"_s},
                                             {u"path"_s, u"/Users"_s},
                                             {u"bulkId"_s, u"check1"_s},
                                             {u"data"_s,
                                              QJsonObject{{u"schemas"_s, QJsonArray{schema::kUser}},
                                                          {u"userName"_s, x.userName(u"bulk"_s)}}}};
                    return bulk({create});
                },
                [](X &x, const Resp &r) -> QString {
                    const QJsonObject op = r.json().value("Operations"_L1).toArray().first().toObject();
                    const QString location = op.value("location"_L1).toString();
                    const qsizetype at = location.lastIndexOf(u"/Users/"_s);
                    if (at >= 0) {
                        x.created(location.mid(at));
                        x.set(u"user"_s, location.mid(at + 7));
                    }
                    return E(r)
                        .status(200)
                        .that(op.value("status"_L1).toString() == "201"_L1,
                              u"the operation answered %1"_s.arg(op.value("status"_L1).toString()))
                        .that(at >= 0, u"the operation has no location of the user"_s);
                })
            .step(
                u"POST /Bulk with a delete of that user"_s, u"200, a BulkResponse whose operation has status \"204\""_s,
                u"RFC 7644 §3.7.3"_s,
                [](X &x) {
                    return bulk({QJsonObject{{u"method"_s, u"DELETE"_s},
                                             {u"path"_s, QString(u"/Users/"_s + x.value(u"user"_s))}}});
                },
                [](X &x, const Resp &r) -> QString {
                    const QString status
                        = r.json().value("Operations"_L1).toArray().first().toObject().value("status"_L1).toString();
                    if (status == "204"_L1)
                        x.deleted(u"/Users/"_s + x.value(u"user"_s));
                    return E(r).status(200).that(status == "204"_L1, u"the operation answered %1"_s.arg(status));
                }));
    return all;
}

} // namespace scimmon
