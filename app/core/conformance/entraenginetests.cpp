#include "conformance/entraenginetests.h"

#include "conformance/conformanceexpect.h"
#include "conformance/conformancesteps.h"
#include "conformance/entrasuite.h"
#include "scim/scimconstants.h"
#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

using S = ConformanceSteps;
using R = ConformanceRequest;
using X = ConformanceContext;
using Resp = ConformanceResponse;
using E = ConformanceExpect;
using M = AttributeMapping;
using Flat = std::function<QJsonObject(X &)>;

const QString kEngineWhy = u"Entra's provisioning engine (idp-behaviour.md §1, entra-okta-scim.md §1)"_s;

/// The match query for user `suffix`: `GET /Users?filter=userName eq "…"`, expecting `hits` results.
ConformanceCaseStep matchUser(const QString &suffix, int hits, const QString &key = QString())
{
    return {u"Match query for %1"_s.arg(suffix), u"200 and a ListResponse with %1 result(s)"_s.arg(hits),
            u"Entra matches on userName before each create or update; 0 hits → POST, 1 → PATCH"_s,
            [suffix](X &x) { return S::fromCall(EntraRequests::matchUser(x.userName(suffix))); },
            [hits, key](X &x, const Resp &r) -> QString {
                E e(r);
                e.status(200).totalResults(hits);
                if (!key.isEmpty() && hits == 1)
                    e.that(r.resources().first().toObject().value("id"_L1).toString() == x.value(key),
                           u"the match query found another id than the created user's"_s);
                return e;
            }};
}

/// PATCH /Users/{key} with the operations from `before` to `after` (flat exports).
ConformanceCaseStep patchUser(const QString &title, const QString &key, Flat before, Flat after, bool flagged = false)
{
    return {title, u"200 or 204"_s,
            flagged ? u"Entra's aadOptscim062020 dialect: path-less replace with dotted and URN keys, booleans"_s
                    : u"Entra's default dialect: capitalised ops, \"True\"/\"False\" strings (entra-okta-scim.md §1)"_s,
            [=](X &x) {
                return S::fromCall(EntraRequests::patchUser(
                    x.value(key), EntraRequests::userOperations(before(x), after(x), flagged)));
            },
            [](X &, const Resp &r) -> QString {
                return E(r).statusIn({200, 204});
            }};
}

Flat flat(const QString &suffix, const QList<QPair<QString, QJsonValue>> &changes = {},
          const QList<QPair<QString, QString>> &idValues = {})
{
    return [=](X &x) {
        QJsonObject o = S::entraFlat(x, suffix);
        for (const auto &[k, v] : changes)
            if (v.isUndefined())
                o.remove(k);
            else
                o.insert(k, v);
        for (const auto &[k, idKey] : idValues)
            o.insert(k, x.value(idKey));
        return o;
    };
}

ConformanceCaseStep readUser(const QString &key, const QString &expectation,
                             std::function<QString(const QJsonObject &)> check)
{
    return S::readBack(u"Users"_s, key, u"Read the user back"_s, expectation, u"RFC 7644 §3.4.1"_s, std::move(check));
}

ConformanceCaseStep active(const QString &key, bool value)
{
    return readUser(key, u"active is %1 (a JSON boolean)"_s.arg(value ? u"true"_s : u"false"_s),
                    [value](const QJsonObject &u) -> QString {
                        return u.value("active"_L1) == QJsonValue(value)
                            ? QString()
                            : u"active reads back as %1"_s.arg(u.value("active"_L1).toVariant().toString());
                    });
}

ConformanceCaseStep managerIs(const QString &key, const QString &managerKey)
{
    return {u"Read the manager back"_s, managerKey.isEmpty() ? u"no manager"_s : u"manager.value is the id sent"_s,
            u"Entra sends the manager as a bare id (entra-okta-scim.md §1.8); RFC 7643 §4.3"_s,
            [key](X &x) { return R::get(u"/Users/"_s + x.value(key)); },
            [managerKey](X &x, const Resp &r) -> QString {
                const QString value = r.json()
                                          .value(schema::kEnterpriseUser)
                                          .toObject()
                                          .value("manager"_L1)
                                          .toObject()
                                          .value("value"_L1)
                                          .toString();
                return E(r).status(200).that(value == (managerKey.isEmpty() ? QString() : x.value(managerKey)),
                                             u"manager.value is '%1'"_s.arg(value));
            }};
}

/// Reads group `groupKey` and compares its member ids with the ids under `userKeys`.
ConformanceCaseStep membersAre(const QString &groupKey, const QStringList &userKeys)
{
    ConformanceCaseStep s = S::readBack(u"Groups"_s, groupKey, u"Read the members back"_s,
                                        u"200 with exactly %1 member(s)"_s.arg(userKeys.size()), u"RFC 7643 §4.2"_s,
                                        [](const QJsonObject &) { return QString(); });
    s.check = [userKeys](X &x, const Resp &r) -> QString {
        QStringList want;
        for (const QString &k : userKeys)
            want.append(x.value(k));
        want.sort();
        const QStringList have = S::memberIds(r.json());
        return E(r).status(200).that(have == want,
                                     u"members are [%1], expected [%2]"_s.arg(have.join(u", "_s), want.join(u", "_s)));
    };
    return s;
}

ConformanceCaseStep memberPatch(const QString &title, const QString &groupKey, const QStringList &userKeys, bool add,
                                bool flagged)
{
    return {title, u"200 or 204"_s,
            add ? u"Entra adds members with one Add of path members and a value array (entra-okta-scim.md §1.13)"_s
                : flagged ? u"aadOptscim062020 removes with members[value eq \"…\"] (entra-okta-scim.md §1.14)"_s
                          : u"Entra's default removal: Remove of path members with a value array (§1.14)"_s,
            [=](X &x) {
                QStringList ids;
                for (const QString &k : userKeys)
                    ids.append(x.value(k));
                return S::fromCall(add ? EntraRequests::addMembers(x.value(groupKey), ids, flagged)
                                       : EntraRequests::removeMembers(x.value(groupKey), ids, flagged));
            },
            [](X &, const Resp &r) -> QString {
                return E(r).statusIn({200, 204});
            }};
}

ConformanceCaseStep matchGroup(const QString &suffix, int hits)
{
    return {u"Group lookup for %1"_s.arg(suffix), u"200, %1 result(s), no members in the answer"_s.arg(hits),
            u"Entra looks groups up with excludedAttributes=members (idp-behaviour.md §1); RFC 7644 §3.4.2.5"_s,
            [suffix](X &x) { return S::fromCall(EntraRequests::matchGroup(x.name(suffix))); },
            [hits](X &, const Resp &r) -> QString {
                E e(r);
                e.status(200).totalResults(hits);
                for (const QJsonValue &g : r.resources())
                    e.that(!g.toObject().contains("members"_L1), u"members were returned despite excludedAttributes"_s);
                return e;
            }};
}

ConformanceCaseStep deleteStep(const QString &collection, const QString &key)
{
    return {u"Delete the %1"_s.arg(collection == "Users"_L1 ? u"user"_s : u"group"_s), u"204 No Content"_s,
            u"RFC 7644 §3.6"_s, [=](X &x) { return R::del(u"/%1/%2"_s.arg(collection, x.value(key))); },
            [](X &, const Resp &r) -> QString { return E(r).status(204); }};
}

ConformanceCase make(const QString &name, const QString &description, QList<ConformanceNeed> needs = {})
{
    ConformanceCase c = EntraSuite::make(name, description, kEngineWhy);
    c.needs = std::move(needs);
    return c;
}

} // namespace

QList<ConformanceCase> EntraEngineTests::cases()
{
    const QList<ConformanceNeed> patch{ConformanceNeed::Patch};
    const QList<ConformanceNeed> patchFilter{ConformanceNeed::Patch, ConformanceNeed::Filter};
    QList<ConformanceCase> all;

    all.append(make(u"Create_User_Test"_s, u"Match query (no hit), POST, then the match query finds the user"_s,
                    {ConformanceNeed::Filter})
                   .addSteps({matchUser(u"engine-create"_s, 0), S::createUser(u"user"_s, u"engine-create"_s, true),
                              matchUser(u"engine-create"_s, 1, u"user"_s)}));
    all.append(
        make(u"Update_User_Test"_s, u"Match query, then a PATCH of the changed attributes, read back"_s, patchFilter)
            .addSteps({S::createUser(u"user"_s, u"engine-update"_s), matchUser(u"engine-update"_s, 1, u"user"_s),
                       patchUser(u"PATCH displayName, title and department"_s, u"user"_s, flat(u"engine-update"_s),
                                 flat(u"engine-update"_s,
                                      {{M::kDisplayName, u"Changed Name"_s},
                                       {M::kTitle, u"Director"_s},
                                       {M::kDepartment, u"Sales"_s}})),
                       readUser(u"user"_s, u"the new displayName and title"_s, [](const QJsonObject &u) {
                           return u.value("displayName"_L1).toString() == "Changed Name"_L1
                                   && u.value("title"_L1).toString() == "Director"_L1
                               ? QString()
                               : u"the changes did not read back"_s;
                       })}));
    all.append(
        make(u"Disable_User_Test"_s, u"PATCH active \"False\" (Entra's string boolean), read back false"_s, patch)
            .addSteps({S::createUser(u"user"_s, u"engine-disable"_s),
                       patchUser(u"Replace active with \"False\""_s, u"user"_s, flat(u"engine-disable"_s),
                                 flat(u"engine-disable"_s, {{M::kActive, false}})),
                       active(u"user"_s, false)}));
    all.append(make(u"Delete_User_Test"_s, u"DELETE the user; it is gone"_s)
                   .addSteps({S::createUser(u"user"_s, u"engine-delete"_s), deleteStep(u"Users"_s, u"user"_s),
                              S::gone(u"Users"_s, u"user"_s)}));
    all.append(
        make(u"User_Update_Manager_Test"_s, u"The manager set, changed and removed as Entra sends it"_s, patch)
            .addSteps(
                {S::createUser(u"m1"_s, u"engine-m1"_s), S::createUser(u"m2"_s, u"engine-m2"_s),
                 S::createUser(u"user"_s, u"engine-report"_s),
                 patchUser(u"Set the manager"_s, u"user"_s, flat(u"engine-report"_s),
                           flat(u"engine-report"_s, {}, {{M::kManager, u"m1"_s}})),
                 managerIs(u"user"_s, u"m1"_s),
                 patchUser(u"Change the manager"_s, u"user"_s, flat(u"engine-report"_s, {}, {{M::kManager, u"m1"_s}}),
                           flat(u"engine-report"_s, {}, {{M::kManager, u"m2"_s}})),
                 managerIs(u"user"_s, u"m2"_s),
                 patchUser(u"Remove the manager"_s, u"user"_s, flat(u"engine-report"_s, {}, {{M::kManager, u"m2"_s}}),
                           flat(u"engine-report"_s)),
                 managerIs(u"user"_s, QString())}));
    all.append(make(u"Restore_User_Test"_s, u"Unassign (active \"False\") and reassign (active \"True\")"_s, patch)
                   .addSteps({S::createUser(u"user"_s, u"engine-restore"_s),
                              patchUser(u"Unassign: active \"False\""_s, u"user"_s, flat(u"engine-restore"_s),
                                        flat(u"engine-restore"_s, {{M::kActive, false}})),
                              active(u"user"_s, false),
                              patchUser(u"Reassign: active \"True\""_s, u"user"_s,
                                        flat(u"engine-restore"_s, {{M::kActive, false}}), flat(u"engine-restore"_s)),
                              active(u"user"_s, true)}));
    all.append(make(u"POD_User_Test"_s, u"Provision on demand: match, create, then update the same user"_s, patchFilter)
                   .addSteps({matchUser(u"engine-pod"_s, 0), S::createUser(u"user"_s, u"engine-pod"_s),
                              matchUser(u"engine-pod"_s, 1, u"user"_s),
                              patchUser(u"Update the title"_s, u"user"_s, flat(u"engine-pod"_s),
                                        flat(u"engine-pod"_s, {{M::kTitle, u"On demand"_s}})),
                              readUser(u"user"_s, u"the new title"_s, [](const QJsonObject &u) {
                                  return u.value("title"_L1).toString() == "On demand"_L1 ? QString()
                                                                                          : u"title differs"_s;
                              })}));
    all.append(make(u"Create_Group_Test"_s, u"Group lookup (no hit), POST, then the lookup finds it"_s,
                    {ConformanceNeed::Filter})
                   .addSteps({matchGroup(u"engine-group"_s, 0), S::createGroup(u"group"_s, u"engine-group"_s),
                              matchGroup(u"engine-group"_s, 1)}));
    all.append(make(u"Update_Group_Test"_s, u"Rename a group with Entra's Replace of displayName"_s, patch)
                   .addSteps({S::createGroup(u"group"_s, u"engine-group-update"_s),
                              {u"Rename the group"_s, u"200 or 204"_s, kEngineWhy,
                               [](X &x) {
                                   return S::fromCall(EntraRequests::renameGroup(
                                       x.value(u"group"_s), x.name(u"engine-group-renamed"_s), false));
                               },
                               [](X &, const Resp &r) -> QString {
                                   return E(r).statusIn({200, 204});
                               }},
                              matchGroup(u"engine-group-renamed"_s, 1)}));
    all.append(make(u"Delete_Group_Test"_s, u"DELETE the group; it is gone"_s)
                   .addSteps({S::createGroup(u"group"_s, u"engine-group-delete"_s), deleteStep(u"Groups"_s, u"group"_s),
                              S::gone(u"Groups"_s, u"group"_s)}));
    all.append(
        make(u"Group_Update_Add_Member_Test"_s, u"Add two members in one PATCH, read them back"_s, patch)
            .addSteps({S::createUser(u"u1"_s, u"engine-member-1"_s), S::createUser(u"u2"_s, u"engine-member-2"_s),
                       S::createGroup(u"group"_s, u"engine-members"_s),
                       memberPatch(u"Add members"_s, u"group"_s, {u"u1"_s, u"u2"_s}, true, false),
                       membersAre(u"group"_s, {u"u1"_s, u"u2"_s})}));
    all.append(
        make(u"Group_Update_Remove_Member_Test"_s, u"Remove one of two members (value array), read back"_s, patch)
            .addSteps({S::createUser(u"u1"_s, u"engine-remove-1"_s), S::createUser(u"u2"_s, u"engine-remove-2"_s),
                       S::createGroup(u"group"_s, u"engine-remove"_s),
                       memberPatch(u"Add members"_s, u"group"_s, {u"u1"_s, u"u2"_s}, true, false),
                       memberPatch(u"Remove a member"_s, u"group"_s, {u"u1"_s}, false, false),
                       membersAre(u"group"_s, {u"u2"_s})}));
    all.append(make(u"POD_Group_Test"_s, u"Provision a group with three members on demand"_s, patchFilter)
                   .addSteps({S::createUser(u"u1"_s, u"pod-member-1"_s), S::createUser(u"u2"_s, u"pod-member-2"_s),
                              S::createUser(u"u3"_s, u"pod-member-3"_s), matchGroup(u"pod-group"_s, 0),
                              S::createGroup(u"group"_s, u"pod-group"_s),
                              memberPatch(u"Add members"_s, u"group"_s, {u"u1"_s, u"u2"_s, u"u3"_s}, true, false),
                              membersAre(u"group"_s, {u"u1"_s, u"u2"_s, u"u3"_s})}));
    all.append(
        make(u"Entra_Flagged_Patch_Dialect_Test"_s,
             u"The aadOptscim062020 dialect: bundled path-less replace, booleans, members[value eq] removal"_s, patch)
            .addSteps({S::createUser(u"user"_s, u"flagged"_s), S::createUser(u"u2"_s, u"flagged-2"_s),
                       patchUser(u"Path-less replace of name.givenName and title, active false"_s, u"user"_s,
                                 flat(u"flagged"_s),
                                 flat(u"flagged"_s,
                                      {{M::kGivenName, u"Flagged"_s}, {M::kTitle, u"Bundled"_s}, {M::kActive, false}}),
                                 true),
                       readUser(u"user"_s, u"givenName, title and active=false read back"_s,
                                [](const QJsonObject &u) {
                                    return u.value("name"_L1).toObject().value("givenName"_L1).toString()
                                                == "Flagged"_L1
                                            && u.value("title"_L1).toString() == "Bundled"_L1
                                            && u.value("active"_L1) == QJsonValue(false)
                                        ? QString()
                                        : u"the bundled replace did not read back"_s;
                                }),
                       S::createGroup(u"group"_s, u"flagged-group"_s),
                       memberPatch(u"Add members"_s, u"group"_s, {u"user"_s, u"u2"_s}, true, true),
                       memberPatch(u"Remove a member by filter"_s, u"group"_s, {u"user"_s}, false, true),
                       membersAre(u"group"_s, {u"u2"_s})}));
    all.append(
        make(u"Entra_ExcludedAttributes_Members_Test"_s,
             u"GET of a group with excludedAttributes=members leaves the members out"_s, patch)
            .addSteps(
                {S::createUser(u"u1"_s, u"excluded-member"_s),
                 S::createGroup(u"group"_s, u"excluded-group"_s),
                 memberPatch(u"Add a member"_s, u"group"_s, {u"u1"_s}, true, false),
                 {u"Read the group without members"_s, u"200 without a members attribute"_s,
                  u"RFC 7644 §3.4.2.5; Entra reads groups this way"_s,
                  [](X &x) {
                      return R::get(u"/Groups/"_s + x.value(u"group"_s), {{u"excludedAttributes"_s, u"members"_s}});
                  },
                  [](X &, const Resp &r) -> QString {
                      return E(r).status(200).hasId().that(!r.json().contains("members"_L1),
                                                           u"members were returned"_s);
                  }},
                 membersAre(u"group"_s, {u"u1"_s})}));
    all.append(
        make(u"Entra_Duplicate_Create_Test"_s,
             u"A second create of the same userName answers 409 uniqueness (Entra logs EntryConflict)"_s)
            .addSteps({S::createUser(u"user"_s, u"duplicate"_s),
                       {u"Create the same user again"_s, u"409 Conflict, scimType uniqueness"_s,
                        u"RFC 7644 §3.3, §3.12; Entra's \"409 loop\" (idp-behaviour.md §2)"_s,
                        [](X &x) { return S::fromCall(EntraRequests::createUser(S::entraFlat(x, u"duplicate"_s))); },
                        [](X &, const Resp &r) -> QString {
                            return E(r).status(409).errorBody().that(r.json().value("scimType"_L1).toString()
                                                                         == "uniqueness"_L1,
                                                                     u"scimType is not uniqueness"_s);
                        }}}));
    return all;
}

} // namespace scimmon
