#include "simulator/oktaclient.h"

#include "simulator/attributemapping.h"
#include "simulator/idperrorcodes.h"
#include "simulator/oktarequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr int kMaxImportPages = 10000; ///< a server that never ends its list is not followed forever

QList<ModifiedProperty> modified(const QJsonObject &before, const QJsonObject &after)
{
    QList<ModifiedProperty> out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value())
            out.append({it.key(), AttributeMapping::text(before.value(it.key())), AttributeMapping::text(it.value())});
    return out;
}

QJsonObject activeOnly(QJsonObject flat)
{
    flat.remove(AttributeMapping::kActive);
    return flat;
}

} // namespace

void OktaClient::plan()
{
    addTask([this](ProvisioningLogEntry &e, Done done) { connectorTest(e, std::move(done)); });
    if (options().cycle == SimulationCycle::TestConnection)
        return;
    if (options().cycle == SimulationCycle::Initial)
        addTask([this](ProvisioningLogEntry &e, Done done) { importAll(e, std::move(done)); });
    SimulatedDirectory &dir = state().directory;
    for (int i = 0; i < dir.users().size(); ++i)
        addTask([this, i](ProvisioningLogEntry &e, Done done) { exportUser(i, e, std::move(done)); });
    for (int i = 0; i < dir.groups().size(); ++i)
        addTask([this, i](ProvisioningLogEntry &e, Done done) { exportGroup(i, e, std::move(done)); });
}

void OktaClient::connectorTest(ProvisioningLogEntry &e, Done done)
{
    e.objectType = u"Connection"_s;
    e.identity = state().target;
    e.action = u"Other"_s;
    auto check = [this, &e](const SentRequest &answer, const QString &what) {
        QJsonArray resources;
        if (answer.ok() && listResources(answer, &resources)) {
            e.addStep(u"Connection test"_s, u"Success"_s, what + u" answered 200 with a ListResponse."_s);
            return true;
        }
        const QString message = IdpErrorCodes::testConnectionMessage(idp(), answer, answer.ok());
        e.status = u"Failure"_s;
        e.errorCode = answer.ok() ? IdpErrorCodes::incompatible(idp()) : IdpErrorCodes::forAnswer(idp(), answer);
        e.errorDetail = message;
        e.addStep(u"Connection test"_s, u"Failure"_s, message);
        abort(message);
        return false;
    };
    send(e, OktaRequests::connectorTestUsers(), [this, &e, check, done](const SentRequest &users) {
        if (!check(users, u"GET /Users?startIndex=1&count=2"_s))
            return done();
        send(e, OktaRequests::connectorTestGroups(), [this, &e, check, done](const SentRequest &groups) {
            if (check(groups, u"GET /Groups?startIndex=1&count=100"_s))
                e.status = options().cycle == SimulationCycle::TestConnection ? u"Success"_s : QString();
            done();
        });
    });
}

void OktaClient::importAll(ProvisioningLogEntry &e, Done done)
{
    e.objectType = u"Import"_s;
    e.identity = state().target;
    e.action = u"Other"_s;
    importPage(e, u"Users"_s, 1, 0, [this, &e, done] {
        if (e.failed())
            return done();
        importPage(e, u"Groups"_s, 1, 0, [&e, done] {
            if (!e.failed())
                e.status = u"Success"_s;
            done();
        });
    });
}

void OktaClient::importPage(ProvisioningLogEntry &e, const QString &collection, int startIndex, qint64 seen, Done done)
{
    send(e, OktaRequests::importPage(collection, startIndex),
         [this, &e, collection, startIndex, seen, done](const SentRequest &answer) {
             QJsonArray resources;
             qint64 total = 0;
             if (!answer.ok() || !listResources(answer, &resources, &total)) {
                 Escrow none;
                 if (answer.ok())
                     failWith(e, IdpErrorCodes::incompatible(idp()), u"an import page is not a ListResponse"_s, none,
                              u"Import"_s);
                 else
                     fail(e, answer, none, false, u"Import"_s);
                 e.escrowed = false;
                 return done();
             }
             const qint64 now = seen + resources.size();
             const int next = startIndex + OktaRequests::kPageSize;
             if (resources.isEmpty() || now >= total || startIndex / OktaRequests::kPageSize > kMaxImportPages) {
                 e.addStep(u"Import"_s, u"Success"_s,
                           u"Imported %1 of %2 %3 in pages of %4."_s.arg(now)
                               .arg(total)
                               .arg(collection.toLower())
                               .arg(OktaRequests::kPageSize));
                 return done();
             }
             importPage(e, collection, next, now, done);
         });
}

void OktaClient::exportUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    e.objectType = u"User"_s;
    e.sourceId = u.objectId;
    e.identity = u.userPrincipalName;
    e.targetId = u.targetId;
    e.retryCount = u.escrow.attempts;
    const QJsonObject desired = AttributeMapping::oktaUser(u);
    if (!u.targetId.isEmpty() && desired == u.synced && !u.escrow.active())
        return done();
    if (u.targetId.isEmpty() && u.hardDeleted)
        return done(); // deleted before it was ever pushed: nothing to do
    e.addStep(u"Import"_s, u"Success"_s, u"Assigned user %1."_s.arg(u.userPrincipalName));
    if (u.targetId.isEmpty()) {
        if (!u.desiredActive()) {
            e.action = u"None"_s;
            e.status = u"Skipped"_s;
            e.addStep(u"Scope"_s, u"Skipped"_s, u"The user is deactivated or unassigned and was never pushed."_s);
            return done();
        }
        send(e, OktaRequests::matchUser(u.userPrincipalName), [this, index, &e, done](const SentRequest &answer) {
            SimulatedUser &user = state().directory.users()[index];
            QJsonArray resources;
            if (!answer.ok() || !listResources(answer, &resources)) {
                if (answer.ok())
                    failWith(e, IdpErrorCodes::incompatible(idp()), u"the lookup's answer is not a ListResponse"_s,
                             user.escrow, u"Match"_s);
                else
                    fail(e, answer, user.escrow, false, u"Match"_s);
                return done();
            }
            if (!resources.isEmpty()) {
                user.targetId = resources.first().toObject().value("id"_L1).toString();
                user.synced = {};
                e.targetId = user.targetId;
                e.addStep(u"Match"_s, u"Success"_s, u"Linked to the existing target user %1."_s.arg(user.targetId));
                return putUser(index, e, done);
            }
            e.addStep(u"Match"_s, u"Success"_s, u"No target user has userName %1."_s.arg(user.userPrincipalName));
            e.action = u"Create"_s;
            const QJsonObject flat = AttributeMapping::oktaUser(user);
            send(e, OktaRequests::createUser(flat, newGuid()),
                 [this, index, &e, flat, done](const SentRequest &created) {
                     SimulatedUser &usr = state().directory.users()[index];
                     const QString id = createdId(e, created, usr.escrow);
                     if (id.isEmpty()) {
                         return done();
                     }
                     usr.targetId = id;
                     usr.synced = flat;
                     usr.escrow.clear();
                     e.targetId = id;
                     e.status = u"Success"_s;
                     e.modifiedProperties = modified({}, flat);
                     e.addStep(u"Action"_s, u"Success"_s, u"User pushed with id %1."_s.arg(id));
                     done();
                 });
        });
        return;
    }
    // Only `active` changed: an OIN app PATCHes it path-less; everything else goes GET + PUT.
    if (!aiw() && activeOnly(desired) == activeOnly(u.synced)) {
        const bool active = desired.value(AttributeMapping::kActive).toBool();
        e.action = active ? u"Update"_s : u"Disable"_s;
        send(e, OktaRequests::setActive(u.targetId, active),
             [this, index, &e, desired, done](const SentRequest &answer) {
                 SimulatedUser &user = state().directory.users()[index];
                 if (!answer.ok()) {
                     fail(e, answer, user.escrow, true, u"Action"_s);
                     return done();
                 }
                 e.modifiedProperties = modified(user.synced, desired);
                 user.synced = desired;
                 user.escrow.clear();
                 e.status = u"Success"_s;
                 e.addStep(u"Action"_s, u"Success"_s,
                           desired.value(AttributeMapping::kActive).toBool()
                               ? u"User reactivated."_s
                               : u"User deactivated (Okta never deletes users)."_s);
                 done();
             });
        return;
    }
    putUser(index, e, std::move(done));
}

void OktaClient::putUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    const QJsonObject desired = AttributeMapping::oktaUser(u);
    if (e.action.isEmpty())
        e.action = !desired.value(AttributeMapping::kActive).toBool()
                && u.synced.value(AttributeMapping::kActive).toBool(true)
            ? u"Disable"_s
            : u"Update"_s;
    send(e, OktaRequests::getUser(u.targetId), [this, index, &e, desired, done](const SentRequest &got) {
        SimulatedUser &user = state().directory.users()[index];
        if (!got.ok()) {
            fail(e, got, user.escrow, true, u"Match"_s);
            if (got.status == 404) {
                user.targetId.clear();
                user.synced = {};
            }
            return done();
        }
        send(e, OktaRequests::putUser(user.targetId, desired),
             [this, index, &e, desired, done](const SentRequest &put) {
                 SimulatedUser &usr = state().directory.users()[index];
                 if (!put.ok()) {
                     fail(e, put, usr.escrow, true, u"Action"_s);
                     return done();
                 }
                 e.modifiedProperties = modified(usr.synced, desired);
                 usr.synced = desired;
                 usr.escrow.clear();
                 e.status = u"Success"_s;
                 e.addStep(u"Action"_s, u"Success"_s, u"Full profile sent with PUT."_s);
                 done();
             });
    });
}

void OktaClient::exportGroup(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedGroup &g = state().directory.groups()[index];
    e.objectType = u"Group"_s;
    e.sourceId = g.objectId;
    e.identity = g.displayName;
    e.targetId = g.targetId;
    e.retryCount = g.escrow.attempts;
    if (g.hardDeleted) {
        if (g.targetId.isEmpty())
            return done();
        e.action = u"Delete"_s;
        send(e, OktaRequests::deleteGroup(g.targetId), [this, index, &e, done](const SentRequest &answer) {
            SimulatedGroup &group = state().directory.groups()[index];
            if (!answer.ok() && answer.status != 404) {
                fail(e, answer, group.escrow, true, u"Action"_s);
                return done();
            }
            e.status = u"Success"_s;
            group.targetId.clear();
            done();
        });
        return;
    }
    if (!g.targetId.isEmpty())
        return pushMembers(index, e, std::move(done));
    e.addStep(u"Import"_s, u"Success"_s, u"Push Groups: %1."_s.arg(g.displayName));
    send(e, OktaRequests::matchGroup(g.displayName), [this, index, &e, done](const SentRequest &answer) {
        SimulatedGroup &group = state().directory.groups()[index];
        QJsonArray resources;
        if (!answer.ok() || !listResources(answer, &resources)) {
            if (answer.ok())
                failWith(e, IdpErrorCodes::incompatible(idp()), u"the lookup's answer is not a ListResponse"_s,
                         group.escrow, u"Match"_s);
            else
                fail(e, answer, group.escrow, false, u"Match"_s);
            return done();
        }
        if (!resources.isEmpty()) {
            group.targetId = resources.first().toObject().value("id"_L1).toString();
            group.syncedName = group.displayName;
            group.syncedMembers.clear();
            e.targetId = group.targetId;
            e.addStep(u"Match"_s, u"Success"_s, u"Linked to the existing target group %1."_s.arg(group.targetId));
            return pushMembers(index, e, done);
        }
        e.action = u"Create"_s;
        send(e, OktaRequests::createGroup(group.displayName), [this, index, &e, done](const SentRequest &created) {
            SimulatedGroup &grp = state().directory.groups()[index];
            const QString id = createdId(e, created, grp.escrow);
            if (id.isEmpty()) {
                return done();
            }
            grp.targetId = id;
            grp.syncedName = grp.displayName;
            grp.syncedMembers.clear();
            e.targetId = id;
            e.addStep(u"Action"_s, u"Success"_s, u"Group pushed with id %1 and no members."_s.arg(id));
            pushMembers(index, e, done);
        });
    });
}

void OktaClient::pushMembers(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedGroup &g = state().directory.groups()[index];
    QList<QPair<QString, QString>> added;
    QList<QPair<QString, QString>> all;
    QStringList addedObjects;
    QStringList wanted;
    for (const QString &member : std::as_const(g.members)) {
        const SimulatedUser *u = state().directory.user(member);
        if (!u || u->targetId.isEmpty())
            continue;
        wanted.append(member);
        all.append({u->targetId, u->displayName});
        if (!g.syncedMembers.contains(member)) {
            added.append({u->targetId, u->displayName});
            addedObjects.append(member);
        }
    }
    QStringList removed;
    for (const QString &member : std::as_const(g.syncedMembers))
        if (!wanted.contains(member))
            if (const SimulatedUser *u = state().directory.user(member); u && !u->targetId.isEmpty())
                removed.append(u->targetId);
    const bool renamed = g.syncedName != g.displayName;
    if (!renamed && added.isEmpty() && removed.isEmpty() && !g.escrow.active()) {
        if (e.action == "Create"_L1) {
            e.status = u"Success"_s;
            return done();
        }
        return done();
    }
    if (e.action.isEmpty())
        e.action = u"Update"_s;
    if (renamed)
        e.modifiedProperties.append({u"displayName"_s, g.syncedName, g.displayName});
    if (!added.isEmpty())
        e.modifiedProperties.append({u"members (added)"_s, QString(), QString::number(added.size())});
    if (!removed.isEmpty())
        e.modifiedProperties.append({u"members (removed)"_s, QString::number(removed.size()), QString()});
    QList<ScimCall> calls;
    if (aiw())
        calls = {OktaRequests::getGroup(g.targetId), OktaRequests::putGroup(g.targetId, g.displayName, all)};
    else
        calls = {OktaRequests::patchGroup(g.targetId, g.displayName, added, removed)};
    sendAll(
        e, calls, [](qsizetype, const SentRequest &) {},
        [this, index, &e, done](const SentRequest &answer) {
            SimulatedGroup &group = state().directory.groups()[index];
            e.referenceFailure = true;
            fail(e, answer, group.escrow, true, u"Action"_s);
            done();
        },
        [this, index, &e, wanted, done] {
            SimulatedGroup &group = state().directory.groups()[index];
            group.syncedName = group.displayName;
            group.syncedMembers = wanted;
            group.escrow.clear();
            e.status = u"Success"_s;
            e.addStep(u"Action"_s, u"Success"_s, u"Group name and memberships pushed."_s);
            done();
        });
}

} // namespace scimmon
