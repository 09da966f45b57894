#include "simulator/simulateddirectory.h"

#include "model/identitygenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QUuid kNamespace(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s); ///< RFC 4122's URL namespace
constexpr int kManagerBlock = 8; ///< users per manager
const QString kDefaultDomain = u"contoso.example"_s;
const QStringList kTitles = {u"Senior Analyst"_s, u"Lead Engineer"_s, u"Team Lead"_s, u"Principal Specialist"_s};
const QStringList kDepartments = {u"Finance"_s, u"Sales"_s, u"Engineering"_s, u"Support"_s};

QString guid(quint32 seed, const QString &domain, const QString &kind, int index)
{
    return QUuid::createUuidV5(kNamespace, u"%1/%2/%3/%4"_s.arg(seed).arg(domain, kind).arg(index))
        .toString(QUuid::WithoutBraces);
}

} // namespace

SimulatedUser SimulatedDirectory::newUser(int index) const
{
    const Identity id = IdentityGenerator::user(m_seed, index, m_domain);
    SimulatedUser u;
    u.objectId = guid(m_seed, m_domain, u"user"_s, index);
    u.userPrincipalName = id.userName;
    u.mail = id.mail;
    u.givenName = id.givenName;
    u.surname = id.familyName;
    u.displayName = id.displayName;
    u.department = id.department;
    u.title = id.title;
    u.employeeNumber = id.employeeNumber;
    return u;
}

SimulatedDirectory SimulatedDirectory::generate(int users, int groups, int membersPerGroup, quint32 seed,
                                                const QString &domain)
{
    SimulatedDirectory d;
    d.m_seed = seed;
    d.m_domain = domain;
    for (int i = 0; i < users; ++i)
        d.m_users.append(d.newUser(i));
    d.m_nextIndex = users;
    for (int i = 0; i < users; ++i) {
        const int boss = i - i % kManagerBlock;
        if (boss != i && !IdentityGenerator::user(seed, i, domain).serviceAccount)
            d.m_users[i].managerObjectId = d.m_users.at(boss).objectId;
    }
    QRandomGenerator rng(seed);
    for (int g = 0; g < groups; ++g) {
        SimulatedGroup group;
        group.objectId = guid(seed, domain, u"group"_s, g);
        // Another tenant's teams are told apart by its domain, e.g. "Finance Platform 1 (fabrikam)".
        group.displayName = IdentityGenerator::groupName(g);
        if (domain != kDefaultDomain)
            group.displayName += u" ("_s + domain.section(u'.', 0, 0) + u')';
        const int count = std::min(membersPerGroup, users);
        const int start = users > 0 ? int(rng.bounded(quint32(users))) : 0;
        for (int m = 0; m < count; ++m)
            group.members.append(d.m_users.at((start + m) % users).objectId);
        d.m_groups.append(group);
    }
    d.reindex();
    return d;
}

void SimulatedDirectory::reindex()
{
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users.at(i).objectId, i);
}

SimulatedUser *SimulatedDirectory::user(const QString &objectId)
{
    const auto it = m_userIndex.constFind(objectId);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[*it];
}

const SimulatedUser *SimulatedDirectory::user(const QString &objectId) const
{
    const auto it = m_userIndex.constFind(objectId);
    return it == m_userIndex.constEnd() ? nullptr : &m_users.at(*it);
}

QPair<int, int> SimulatedDirectory::find(const QString &key) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const SimulatedUser &u = m_users.at(i);
        if (u.objectId == key || u.userPrincipalName.compare(key, Qt::CaseInsensitive) == 0)
            return {int(i), -1};
    }
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const SimulatedGroup &g = m_groups.at(i);
        if (g.objectId == key || g.displayName.compare(key, Qt::CaseInsensitive) == 0)
            return {-1, int(i)};
    }
    return {-1, -1};
}

QStringList SimulatedDirectory::makeIncrementalChanges(int cycleNumber)
{
    QStringList changes;
    QRandomGenerator rng(m_seed ^ (0x9e3779b9u * quint32(cycleNumber)));
    QList<qsizetype> alive;
    for (qsizetype i = 0; i < m_users.size(); ++i)
        if (!m_users.at(i).hardDeleted && m_users.at(i).desiredActive())
            alive.append(i);
    // Distinct users for the changes, in a seeded order.
    std::shuffle(alive.begin(), alive.end(), rng);
    const int each = std::max(1, int(m_users.size() / 50));
    auto take = [&]() -> SimulatedUser * {
        if (alive.isEmpty())
            return nullptr;
        return &m_users[alive.takeFirst()];
    };
    auto line
        = [](const QString &what, const SimulatedUser &u) -> QString { return what + u": "_s + u.userPrincipalName; };
    for (int i = 0; i < each; ++i) {
        if (SimulatedUser *u = take()) {
            u->title = kTitles.at(int(rng.bounded(quint32(kTitles.size()))));
            u->department = kDepartments.at(int(rng.bounded(quint32(kDepartments.size()))));
            changes.append(line(u"edited title and department"_s, *u));
        }
    }
    if (SimulatedUser *u = take(); u && !u->surname.isEmpty()) {
        u->surname += u"-Novak"_s;
        u->displayName = u->givenName + u' ' + u->surname;
        changes.append(line(u"changed surname"_s, *u));
    }
    QStringList disabledNow; // not enabled again in the same cycle
    for (int i = 0; i < each; ++i)
        if (SimulatedUser *u = take()) {
            u->accountEnabled = false;
            disabledNow.append(u->objectId);
            changes.append(line(u"disabled"_s, *u));
        }
    for (int i = 0; i < each; ++i)
        if (SimulatedUser *u = take()) {
            u->softDeleted = true;
            changes.append(line(u"soft-deleted"_s, *u));
        }
    for (int i = 0; i < each; ++i)
        if (SimulatedUser *u = take()) {
            u->assigned = false;
            changes.append(line(u"unassigned from the app"_s, *u));
        }
    for (int i = 0; i < std::max(1, each / 2); ++i) {
        SimulatedUser *u = take();
        if (!u)
            break;
        u->hardDeleted = true;
        for (SimulatedGroup &g : m_groups)
            g.members.removeAll(u->objectId);
        for (SimulatedUser &other : m_users)
            if (other.managerObjectId == u->objectId)
                other.managerObjectId.clear();
        changes.append(line(u"hard-deleted"_s, *u));
    }
    for (SimulatedUser &u : m_users)
        if (!u.hardDeleted && !u.accountEnabled && !u.targetId.isEmpty() && !disabledNow.contains(u.objectId)) {
            u.accountEnabled = true; // one disabled in an earlier cycle
            changes.append(line(u"enabled again"_s, u));
            break;
        }
    if (SimulatedUser *u = take()) {
        if (SimulatedUser *boss = take()) {
            u->managerObjectId = boss->objectId;
            changes.append(line(u"manager changed to "_s + boss->userPrincipalName, *u));
        }
    }
    QStringList added;
    for (int i = 0; i < 2; ++i) {
        m_users.append(newUser(m_nextIndex++));
        added.append(m_users.constLast().objectId);
        changes.append(line(u"created"_s, m_users.constLast()));
    }
    reindex();
    if (!m_groups.isEmpty()) {
        for (const QString &id : std::as_const(added))
            m_groups[0].members.append(id);
        changes.append(u"added the 2 new users to group "_s + m_groups.first().displayName);
    }
    QStringList candidates;
    for (const SimulatedUser &u : std::as_const(m_users))
        if (!u.hardDeleted && u.desiredActive())
            candidates.append(u.objectId);
    for (qsizetype g = 0; g < std::min<qsizetype>(3, m_groups.size()); ++g) {
        SimulatedGroup &group = m_groups[g];
        if (!group.members.isEmpty()) {
            const QString removed = group.members.takeAt(qsizetype(rng.bounded(quint32(group.members.size()))));
            changes.append(u"removed a member from group "_s + group.displayName);
            Q_UNUSED(removed)
        }
        int addedHere = 0;
        for (qsizetype tries = 0; tries < candidates.size() && addedHere < 2; ++tries) {
            const QString id = candidates.at(qsizetype(rng.bounded(quint32(candidates.size()))));
            if (!group.members.contains(id)) {
                group.members.append(id);
                ++addedHere;
            }
        }
        if (addedHere > 0)
            changes.append(u"added %1 members to group %2"_s.arg(addedHere).arg(group.displayName));
    }
    if (!m_groups.isEmpty()) {
        SimulatedGroup &group = m_groups.last();
        const QString old = group.displayName;
        const qsizetype earlier = group.displayName.indexOf(u" [cycle "_s);
        group.displayName
            = (earlier < 0 ? group.displayName : group.displayName.left(earlier)) + u" [cycle %1]"_s.arg(cycleNumber);
        changes.append(u"renamed group %1 to %2"_s.arg(old, group.displayName));
    }
    return changes;
}

QJsonObject SimulatedDirectory::toJson() const
{
    QJsonArray users;
    for (const SimulatedUser &u : m_users)
        users.append(u.toJson());
    QJsonArray groups;
    for (const SimulatedGroup &g : m_groups)
        groups.append(g.toJson());
    return {{u"seed"_s, qint64(m_seed)},
            {u"domain"_s, m_domain},
            {u"nextIndex"_s, m_nextIndex},
            {u"users"_s, users},
            {u"groups"_s, groups}};
}

bool SimulatedDirectory::fromJson(const QJsonObject &json, SimulatedDirectory *directory, QString *error)
{
    if (!json.value("users"_L1).isArray() || !json.value("groups"_L1).isArray()) {
        *error = u"the state file holds no directory (users and groups)"_s;
        return false;
    }
    SimulatedDirectory d;
    d.m_seed = quint32(json.value("seed"_L1).toInteger());
    d.m_domain = json.value("domain"_L1).toString();
    d.m_nextIndex = json.value("nextIndex"_L1).toInt();
    for (const QJsonValue &v : json.value("users"_L1).toArray())
        d.m_users.append(SimulatedUser::fromJson(v.toObject()));
    for (const QJsonValue &v : json.value("groups"_L1).toArray())
        d.m_groups.append(SimulatedGroup::fromJson(v.toObject()));
    for (const SimulatedUser &u : std::as_const(d.m_users))
        if (u.objectId.isEmpty()) {
            *error = u"the state file holds a user without an objectId"_s;
            return false;
        }
    d.reindex();
    *directory = std::move(d);
    return true;
}

} // namespace scimmon
