#include "simulator/entraclient.h"

#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"
#include "simulator/idperrorcodes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr int kOnDemandGroupMembers = 5; ///< provision on demand takes a group with up to five members

void userIdentity(ProvisioningLogEntry &e, const SimulatedUser &u)
{
    e.objectType = u"User"_s;
    e.sourceId = u.objectId;
    e.identity = u.userPrincipalName;
    e.targetId = u.targetId;
    e.retryCount = u.escrow.attempts;
}

QList<ModifiedProperty> modified(const QJsonObject &before, const QJsonObject &after)
{
    QList<ModifiedProperty> out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value())
            out.append({it.key(), AttributeMapping::text(before.value(it.key())), AttributeMapping::text(it.value())});
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            out.append({it.key(), AttributeMapping::text(it.value()), QString()});
    return out;
}

} // namespace

bool EntraClient::flagged() const
{
    // Provision on demand ignores the aadOptscim062020 flag (MS-COMPAT).
    return options().flavor == SimulationFlavor::EntraAadOptscim062020 && options().cycle != SimulationCycle::OnDemand;
}

void EntraClient::plan()
{
    addTask([this](ProvisioningLogEntry &e, Done done) { testConnection(e, std::move(done)); });
    const SimulationCycle cycle = options().cycle;
    if (cycle == SimulationCycle::TestConnection)
        return;
    SimulatedDirectory &dir = state().directory;
    if (cycle == SimulationCycle::OnDemand) {
        const auto [user, group] = options().onDemandObject.isEmpty()
            ? QPair<int, int>(dir.users().isEmpty() ? -1 : 0, -1)
            : dir.find(options().onDemandObject);
        if (user >= 0) {
            addTask([this, user](ProvisioningLogEntry &e, Done done) { exportUser(user, e, std::move(done)); });
            addTask([this, user](ProvisioningLogEntry &e, Done done) { linkManager(user, e, std::move(done)); });
        } else if (group >= 0) {
            addTask([this, group](ProvisioningLogEntry &e, Done done) {
                exportGroup(group, kOnDemandGroupMembers, e, std::move(done));
            });
        }
        return;
    }
    // Users first, then the managers once both ends exist, then groups (MS-HOW).
    for (int i = 0; i < dir.users().size(); ++i)
        addTask([this, i](ProvisioningLogEntry &e, Done done) { exportUser(i, e, std::move(done)); });
    for (int i = 0; i < dir.users().size(); ++i)
        addTask([this, i](ProvisioningLogEntry &e, Done done) { linkManager(i, e, std::move(done)); });
    for (int i = 0; i < dir.groups().size(); ++i)
        addTask([this, i](ProvisioningLogEntry &e, Done done) { exportGroup(i, -1, e, std::move(done)); });
}

void EntraClient::testConnection(ProvisioningLogEntry &e, Done done)
{
    e.objectType = u"Connection"_s;
    e.identity = state().target;
    e.action = u"Other"_s;
    const QString guid = newGuid();
    auto check = [this, &e](const SentRequest &answer, const QString &what) {
        QJsonArray resources;
        qint64 total = 0;
        const bool list = answer.ok() && listResources(answer, &resources, &total);
        if (answer.ok() && list && total == 0 && resources.isEmpty()) {
            e.addStep(u"Connection test"_s, u"Success"_s, what + u" answered 200 with an empty ListResponse."_s);
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
    send(e, EntraRequests::testConnectionUsers(guid), [this, &e, guid, check, done](const SentRequest &users) {
        if (!check(users, u"The random-GUID user lookup"_s)) {
            done();
            return;
        }
        send(e, EntraRequests::testConnectionGroups(guid), [this, &e, check, done](const SentRequest &groups) {
            if (check(groups, u"The random-GUID group lookup"_s))
                e.status = options().cycle == SimulationCycle::TestConnection ? u"Success"_s : QString();
            done();
        });
    });
}

void EntraClient::exportUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    userIdentity(e, u);
    e.addStep(u"Import"_s, u"Success"_s, u"Received the user %1 from Entra ID."_s.arg(u.userPrincipalName));
    if (u.hardDeleted) {
        if (u.targetId.isEmpty())
            return done(); // purged before it was ever exported: nothing to do
        e.addStep(u"Scope"_s, u"Success"_s, u"The user was deleted in Entra ID (hard delete)."_s);
        return deleteUser(index, e, std::move(done));
    }
    const QJsonObject desired = AttributeMapping::withoutManager(AttributeMapping::entraUser(u, state().directory));
    const bool onDemand = options().cycle == SimulationCycle::OnDemand;
    // In sync: a cycle does not look at it. (An escrow left on a user in sync comes from its manager
    // reference, which the second pass retries.)
    if (!onDemand && !u.targetId.isEmpty() && desired == AttributeMapping::withoutManager(u.synced))
        return done();
    if (u.targetId.isEmpty() && !u.desiredActive()) {
        e.action = u"None"_s;
        e.status = u"Skipped"_s;
        e.addStep(u"Scope"_s, u"Skipped"_s,
                  u"The user is disabled, deleted or unassigned and was never exported: Entra does not create it."_s);
        return done();
    }
    e.addStep(u"Scope"_s, u"Success"_s,
              u.desiredActive()
                  ? u"The user is assigned to the app and in scope."_s
                  : u"The user left scope (disabled, soft-deleted or unassigned): it is disabled on the target."_s);
    send(e, EntraRequests::matchUser(u.userPrincipalName), [this, index, &e, done](const SentRequest &answer) {
        SimulatedUser &user = state().directory.users()[index];
        if (!answer.ok()) {
            fail(e, answer, user.escrow, false, u"Match"_s);
            return done();
        }
        QJsonArray resources;
        if (!listResources(answer, &resources)) {
            failWith(e, IdpErrorCodes::incompatible(idp()), u"the match query's answer is not a ListResponse"_s,
                     user.escrow, u"Match"_s);
            return done();
        }
        if (resources.size() > 1) {
            failWith(e, IdpErrorCodes::duplicates(idp()),
                     u"%1 target users match userName %2"_s.arg(resources.size()).arg(user.userPrincipalName),
                     user.escrow, u"Match"_s);
            return done();
        }
        if (resources.isEmpty()) {
            e.addStep(u"Match"_s, u"Success"_s, u"No target user matches userName %1."_s.arg(user.userPrincipalName));
            user.targetId.clear();
            user.synced = {};
            return createUser(index, e, done);
        }
        const QString hit = resources.first().toObject().value("id"_L1).toString();
        e.addStep(u"Match"_s, u"Success"_s,
                  u"The target user %1 matches userName %2."_s.arg(hit, user.userPrincipalName));
        if (hit != user.targetId) {
            user.targetId = hit; // the object connection
            user.synced = {};
        }
        e.targetId = hit;
        updateUser(index, e, done);
    });
}

void EntraClient::createUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    if (!u.desiredActive()) {
        e.action = u"None"_s;
        e.status = u"Skipped"_s;
        e.addStep(u"Action"_s, u"Skipped"_s, u"The user is out of scope and absent from the target."_s);
        u.escrow.clear();
        return done();
    }
    const QJsonObject desired = AttributeMapping::withoutManager(AttributeMapping::entraUser(u, state().directory));
    e.action = u"Create"_s;
    send(e, EntraRequests::createUser(desired), [this, index, &e, desired, done](const SentRequest &answer) {
        SimulatedUser &user = state().directory.users()[index];
        if (answer.status == 409) {
            // Entra meets the conflict, then matches: the object connection lets the next cycle update.
            fail(e, answer, user.escrow, false, u"Action"_s);
            send(e, EntraRequests::matchUser(user.userPrincipalName), [this, index, &e, done](const SentRequest &m) {
                SimulatedUser &again = state().directory.users()[index];
                QJsonArray resources;
                if (m.ok() && listResources(m, &resources) && resources.size() == 1) {
                    again.targetId = resources.first().toObject().value("id"_L1).toString();
                    e.targetId = again.targetId;
                    e.addStep(u"Match"_s, u"Success"_s,
                              u"After the conflict the match finds target user %1; the next cycle updates it."_s.arg(
                                  again.targetId));
                } else {
                    e.addStep(u"Match"_s, u"Failure"_s,
                              u"After the conflict the match still finds no single target user: the create will "
                              "meet 409 again in every cycle."_s);
                }
                done();
            });
            return;
        }
        if (!answer.ok()) {
            fail(e, answer, user.escrow, false, u"Action"_s);
            return done();
        }
        const QString id = answer.json().value("id"_L1).toString();
        if (id.isEmpty()) {
            failWith(e, IdpErrorCodes::incompatible(idp()), u"the create answer carries no id"_s, user.escrow,
                     u"Action"_s);
            return done();
        }
        user.targetId = id;
        user.synced = desired;
        user.escrow.clear();
        e.targetId = id;
        e.status = u"Success"_s;
        e.modifiedProperties = modified({}, desired);
        e.addStep(u"Action"_s, u"Success"_s, u"User created on the target with id %1."_s.arg(id));
        done();
    });
}

void EntraClient::updateUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    const QJsonObject desired = AttributeMapping::withoutManager(AttributeMapping::entraUser(u, state().directory));
    const QJsonObject before = AttributeMapping::withoutManager(u.synced);
    const QJsonArray ops = EntraRequests::userOperations(before, desired, flagged());
    if (ops.isEmpty()) {
        e.action = u"None"_s;
        e.status = u"Skipped"_s;
        e.addStep(u"Action"_s, u"Skipped"_s, u"The target user already holds every mapped value."_s);
        u.escrow.clear();
        return done();
    }
    const bool disabling
        = !desired.value(AttributeMapping::kActive).toBool() && before.value(AttributeMapping::kActive).toBool(true);
    e.action = disabling ? u"Disable"_s : u"Update"_s;
    send(e, EntraRequests::patchUser(u.targetId, ops),
         [this, index, &e, before, desired, done](const SentRequest &answer) {
             SimulatedUser &user = state().directory.users()[index];
             if (!answer.ok()) {
                 fail(e, answer, user.escrow, true, u"Action"_s);
                 if (answer.status == 404) {
                     user.targetId.clear(); // InvalidAnchor: the next cycle matches again
                     user.synced = {};
                 }
                 return done();
             }
             QJsonObject synced = desired;
             if (user.synced.contains(AttributeMapping::kManager))
                 synced.insert(AttributeMapping::kManager, user.synced.value(AttributeMapping::kManager));
             user.synced = synced;
             user.escrow.clear();
             e.status = u"Success"_s;
             e.modifiedProperties = modified(before, desired);
             e.addStep(
                 u"Action"_s, u"Success"_s,
                 u"%1 attribute(s) updated on target user %2."_s.arg(e.modifiedProperties.size()).arg(user.targetId));
             done();
         });
}

void EntraClient::deleteUser(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    e.action = u"Delete"_s;
    send(e, EntraRequests::deleteUser(u.targetId), [this, index, &e, done](const SentRequest &answer) {
        SimulatedUser &user = state().directory.users()[index];
        if (!answer.ok() && answer.status != 404) {
            fail(e, answer, user.escrow, true, u"Action"_s);
            return done();
        }
        e.status = answer.ok() ? u"Success"_s : u"Warning"_s;
        e.addStep(u"Action"_s, e.status,
                  answer.ok() ? u"User deleted on the target."_s : u"The target user was already gone (404)."_s);
        for (SimulatedGroup &g : state().directory.groups())
            g.syncedMembers.removeAll(user.objectId); // the target drops a deleted user's memberships
        user.targetId.clear();
        user.synced = {};
        user.escrow.clear();
        done();
    });
}

void EntraClient::linkManager(int index, ProvisioningLogEntry &e, Done done)
{
    SimulatedUser &u = state().directory.users()[index];
    if (u.hardDeleted || u.targetId.isEmpty())
        return done();
    const QJsonValue wanted = AttributeMapping::entraUser(u, state().directory).value(AttributeMapping::kManager);
    const QJsonValue had = u.synced.value(AttributeMapping::kManager);
    if (wanted == had)
        return done();
    userIdentity(e, u);
    e.action = u"Update"_s;
    e.referenceFailure = true; // counted apart if it fails
    e.addStep(u"Import"_s, u"Success"_s, u"Received the user's manager reference from Entra ID."_s);
    e.addStep(u"Match"_s, u"Success"_s, u"Object connection: target user %1."_s.arg(u.targetId));
    QJsonObject before;
    QJsonObject after;
    if (!had.isUndefined())
        before.insert(AttributeMapping::kManager, had);
    if (!wanted.isUndefined())
        after.insert(AttributeMapping::kManager, wanted);
    const QJsonArray ops = EntraRequests::userOperations(before, after, flagged());
    send(e, EntraRequests::patchUser(u.targetId, ops),
         [this, index, &e, before, after, wanted, done](const SentRequest &answer) {
             SimulatedUser &user = state().directory.users()[index];
             if (!answer.ok()) {
                 fail(e, answer, user.escrow, true, u"Action"_s);
                 return done();
             }
             if (wanted.isUndefined())
                 user.synced.remove(AttributeMapping::kManager);
             else
                 user.synced.insert(AttributeMapping::kManager, wanted);
             user.escrow.clear();
             e.status = u"Success"_s;
             e.referenceFailure = false;
             e.modifiedProperties = modified(before, after);
             e.addStep(u"Action"_s, u"Success"_s, u"Manager reference updated."_s);
             done();
         });
}

void EntraClient::exportGroup(int index, int maxMembers, ProvisioningLogEntry &e, Done done)
{
    SimulatedGroup &g = state().directory.groups()[index];
    e.objectType = u"Group"_s;
    e.sourceId = g.objectId;
    e.identity = g.displayName;
    e.targetId = g.targetId;
    e.retryCount = g.escrow.attempts;
    e.addStep(u"Import"_s, u"Success"_s, u"Received the group %1 from Entra ID."_s.arg(g.displayName));
    if (g.hardDeleted) {
        if (g.targetId.isEmpty())
            return done();
        e.action = u"Delete"_s;
        send(e, EntraRequests::deleteGroup(g.targetId), [this, index, &e, done](const SentRequest &answer) {
            SimulatedGroup &group = state().directory.groups()[index];
            if (!answer.ok() && answer.status != 404) {
                fail(e, answer, group.escrow, true, u"Action"_s);
                return done();
            }
            e.status = answer.ok() ? u"Success"_s : u"Warning"_s;
            e.addStep(u"Action"_s, e.status, u"Group deleted on the target."_s);
            group.targetId.clear();
            group.escrow.clear();
            done();
        });
        return;
    }
    e.addStep(u"Scope"_s, u"Success"_s, u"The group is assigned to the app and in scope."_s);
    if (!g.targetId.isEmpty())
        return updateGroup(index, maxMembers, e, std::move(done));
    send(e, EntraRequests::matchGroup(g.displayName), [this, index, maxMembers, &e, done](const SentRequest &answer) {
        SimulatedGroup &group = state().directory.groups()[index];
        QJsonArray resources;
        if (!answer.ok() || !listResources(answer, &resources) || resources.size() > 1) {
            if (!answer.ok())
                fail(e, answer, group.escrow, false, u"Match"_s);
            else
                failWith(e,
                         resources.size() > 1 ? IdpErrorCodes::duplicates(idp()) : IdpErrorCodes::incompatible(idp()),
                         resources.size() > 1 ? u"several target groups match the displayName"_s
                                              : u"the group lookup's answer is not a ListResponse"_s,
                         group.escrow, u"Match"_s);
            return done();
        }
        if (resources.size() == 1) {
            group.targetId = resources.first().toObject().value("id"_L1).toString();
            group.syncedName = group.displayName;
            group.syncedMembers.clear(); // unknown: every member is added (adding one twice is a no-op)
            e.targetId = group.targetId;
            e.addStep(u"Match"_s, u"Success"_s, u"The target group %1 matches the displayName."_s.arg(group.targetId));
            return updateGroup(index, maxMembers, e, done);
        }
        e.addStep(u"Match"_s, u"Success"_s, u"No target group matches displayName %1."_s.arg(group.displayName));
        e.action = u"Create"_s;
        send(e, EntraRequests::createGroup(group.objectId, group.displayName),
             [this, index, maxMembers, &e, done](const SentRequest &created) {
                 SimulatedGroup &grp = state().directory.groups()[index];
                 const QString id = createdId(e, created, grp.escrow);
                 if (id.isEmpty()) {
                     return done();
                 }
                 grp.targetId = id;
                 grp.syncedName = grp.displayName;
                 grp.syncedMembers.clear();
                 e.targetId = id;
                 e.modifiedProperties.append({u"displayName"_s, QString(), grp.displayName});
                 e.addStep(u"Action"_s, u"Success"_s, u"Group created on the target with id %1."_s.arg(id));
                 updateGroup(index, maxMembers, e, done);
             });
    });
}

void EntraClient::updateGroup(int index, int maxMembers, ProvisioningLogEntry &e, Done done)
{
    SimulatedGroup &g = state().directory.groups()[index];
    const bool flag = flagged();
    QList<ScimCall> calls;
    QList<QStringList> batches; // objectIds per call; empty for the rename
    QList<bool> adding;
    if (g.syncedName != g.displayName) {
        calls.append(EntraRequests::renameGroup(g.targetId, g.displayName, flag));
        batches.append(QStringList());
        adding.append(false);
        e.modifiedProperties.append({u"displayName"_s, g.syncedName, g.displayName});
    }
    QStringList toAdd;
    QStringList toAddIds;
    int notExported = 0;
    const QStringList wanted = maxMembers >= 0 ? g.members.mid(0, maxMembers) : g.members;
    for (const QString &member : wanted) {
        if (g.syncedMembers.contains(member))
            continue;
        const SimulatedUser *u = state().directory.user(member);
        if (!u || u->targetId.isEmpty() || u->hardDeleted) {
            ++notExported;
            continue;
        }
        toAdd.append(member);
        toAddIds.append(u->targetId);
    }
    QStringList toRemove;
    QStringList toRemoveIds;
    if (maxMembers < 0) {
        for (const QString &member : std::as_const(g.syncedMembers)) {
            if (g.members.contains(member))
                continue;
            const SimulatedUser *u = state().directory.user(member);
            if (!u || u->targetId.isEmpty()) {
                g.syncedMembers.removeAll(member); // gone with its user
                continue;
            }
            toRemove.append(member);
            toRemoveIds.append(u->targetId);
        }
    }
    for (qsizetype i = 0; i < toAdd.size(); i += EntraRequests::kMemberBatch) {
        calls.append(EntraRequests::addMembers(g.targetId, toAddIds.mid(i, EntraRequests::kMemberBatch), flag));
        batches.append(toAdd.mid(i, EntraRequests::kMemberBatch));
        adding.append(true);
    }
    for (qsizetype i = 0; i < toRemove.size(); i += EntraRequests::kMemberBatch) {
        calls.append(EntraRequests::removeMembers(g.targetId, toRemoveIds.mid(i, EntraRequests::kMemberBatch), flag));
        batches.append(toRemove.mid(i, EntraRequests::kMemberBatch));
        adding.append(false);
    }
    if (!toAdd.isEmpty())
        e.modifiedProperties.append({u"members (added)"_s, QString(), QString::number(toAdd.size())});
    if (!toRemove.isEmpty())
        e.modifiedProperties.append({u"members (removed)"_s, QString::number(toRemove.size()), QString()});
    if (notExported > 0)
        e.addStep(u"Scope"_s, u"Skipped"_s,
                  u"%1 member(s) are not on the target (never exported or out of scope); their references are "
                  "skipped."_s.arg(notExported));
    if (calls.isEmpty()) {
        if (e.action.isEmpty() && !g.escrow.active() && options().cycle != SimulationCycle::OnDemand)
            return done(); // in sync (provision on demand still shows its steps)
        if (e.action.isEmpty()) {
            e.action = u"None"_s;
            e.addStep(u"Action"_s, u"Skipped"_s, u"The target group already holds the name and members."_s);
        }
        e.status = u"Success"_s;
        g.escrow.clear();
        return done();
    }
    if (e.action.isEmpty())
        e.action = u"Update"_s;
    sendAll(
        e, calls,
        [this, index, batches, adding](qsizetype i, const SentRequest &) {
            SimulatedGroup &group = state().directory.groups()[index];
            if (batches.at(i).isEmpty()) {
                group.syncedName = group.displayName;
            } else if (adding.at(i)) {
                group.syncedMembers.append(batches.at(i));
            } else {
                for (const QString &m : batches.at(i))
                    group.syncedMembers.removeAll(m);
            }
        },
        [this, index, &e, done](const SentRequest &answer) {
            SimulatedGroup &group = state().directory.groups()[index];
            e.referenceFailure = answer.method == "PATCH"_L1 && answer.requestBody.contains("\"members"_L1);
            fail(e, answer, group.escrow, true, u"Action"_s);
            if (answer.status == 404) {
                group.targetId.clear();
                group.syncedMembers.clear();
            }
            done();
        },
        [this, index, &e, done] {
            SimulatedGroup &group = state().directory.groups()[index];
            group.escrow.clear();
            e.status = u"Success"_s;
            e.addStep(u"Action"_s, u"Success"_s, u"Group name and members are up to date on the target."_s);
            done();
        });
}

} // namespace scimmon
