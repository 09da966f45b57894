#pragma once

#include "service/resourceservice.h"

#include <QStringList>

#include <functional>

namespace scimmon {

/// How much demo data to create.
struct SeedOptions
{
    int users = 100;
    int groups = 10;
    int membersPerGroup = 10;
    quint32 seed = 20261129; ///< the same seed gives the same identities
};

/// Fills a store with realistic, reproducible fake identities through the SCIM engine (the same
/// ResourceService calls a provisioning request makes): users with names, a work email, an
/// externalId, department and title (one in ten deactivated; as in real tenants, one in 89 is a
/// service account without name.givenName and name.familyName and one in 97 has no mailbox, so no
/// work email: gaps that mapping health reports), and groups named after teams with members
/// drawn from the users. The same seed gives the same identities (ids are assigned by the
/// engine). For demos and benchmarks.
class Seeder
{
public:
    /// Called after each resource with the number done and the total, for a progress line.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit Seeder(ResourceService &service);

    /// Creates the users, then the groups with their members. Existing resources are kept;
    /// names already taken are skipped. Returns false with `*error` set when a write fails for
    /// another reason than a taken name.
    bool run(const SeedOptions &options, const Progress &progress, QString *error);

    /// The ids of the users created by the last run, in creation order.
    const QStringList &userIds() const { return m_userIds; }
    /// The user body for index `i` under `seed` (also used by benchmarks to know what exists).
    static QJsonObject userBody(quint32 seed, int i);

private:
    ResourceService &m_service;
    QStringList m_userIds;
};

} // namespace scimmon
