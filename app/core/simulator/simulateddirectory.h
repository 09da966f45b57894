#pragma once

#include "simulator/simulatedgroup.h"
#include "simulator/simulateduser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace scimmon {

/// The simulated identity provider's directory: users (names, mail, department, title, employee
/// number, manager; some without a mailbox, some service accounts, as real tenants have) and
/// groups with members, each with its own object id (a GUID, sent as `externalId` as Entra's
/// default mapping does) and its object connection on the target. The same seed gives the same
/// directory. The incremental changes it makes to itself are what an admin does between two
/// provisioning cycles (idp-behaviour.md §1).
class SimulatedDirectory
{
public:
    /// A new directory of `users` users (identities of IdentityGenerator under `seed`, with
    /// userNames in `domain`; every user but the first of each block of eight reports to that
    /// first one, service accounts to nobody) and `groups` groups of up to `membersPerGroup`
    /// members each, drawn from the users. Object ids are GUIDs derived from seed, domain and
    /// index, so two runs with the same arguments build the same directory.
    static SimulatedDirectory generate(int users, int groups, int membersPerGroup, quint32 seed, const QString &domain);

    /// Makes the changes an admin makes between cycles, chosen by the seed and `cycleNumber`, and
    /// returns one English line per change. About 2 % of the users each: attribute edits (title,
    /// department, a surname), accounts disabled, soft deletes (→ `active` false), unassignments,
    /// hard deletes (→ DELETE, and gone from their groups); a disabled account enabled again, two
    /// new users (added to the first group), a manager change; in up to three groups two members
    /// added and one removed; one group renamed.
    QStringList makeIncrementalChanges(int cycleNumber);

    QList<SimulatedUser> &users() { return m_users; }
    const QList<SimulatedUser> &users() const { return m_users; }
    QList<SimulatedGroup> &groups() { return m_groups; }
    const QList<SimulatedGroup> &groups() const { return m_groups; }
    /// The user with `objectId`, or nullptr.
    SimulatedUser *user(const QString &objectId);
    const SimulatedUser *user(const QString &objectId) const;
    /// The user or group whose objectId, userPrincipalName or displayName is `key` (any case),
    /// for provision on demand: {user index, -1}, {-1, group index} or {-1, -1} when none.
    QPair<int, int> find(const QString &key) const;

    QJsonObject toJson() const;
    /// Reads a directory written by toJson(); false with `*error` when `json` is not one.
    static bool fromJson(const QJsonObject &json, SimulatedDirectory *directory, QString *error);

private:
    SimulatedUser newUser(int index) const;
    void reindex();

    quint32 m_seed = 0;
    QString m_domain;
    int m_nextIndex = 0; ///< generator index of the next new user
    QList<SimulatedUser> m_users;
    QList<SimulatedGroup> m_groups;
    QHash<QString, qsizetype> m_userIndex; ///< objectId → position in m_users
};

} // namespace scimmon
