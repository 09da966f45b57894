#pragma once

#include <QtGlobal>

namespace scimmon {

/// What the Overview shows about the stored data.
struct OverviewCounts
{
    qint64 users = -1; ///< -1: the store failed
    qint64 activeUsers = -1;
    qint64 groups = -1;
    qint64 memberships = -1;
    qint64 tokens = -1; ///< Secret Tokens that are neither revoked nor expired
    qint64 requests = -1; ///< entries in the request log
    qint64 faults = -1; ///< entries in the request log a fault injection rule answered
};

} // namespace scimmon
