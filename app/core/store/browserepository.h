#pragma once

#include "model/overviewcounts.h"
#include "model/resourcekind.h"
#include "store/browsequery.h"

#include <QDateTime>

namespace scimmon {

/// What the window's Users and Groups tables and its Overview read: pages searched, filtered and
/// sorted in the database on indexed columns, and the counts of everything stored.
class BrowseRepository
{
public:
    virtual ~BrowseRepository() = default;

    /// The Users (kind User) or Groups table: one page of the resources matching `query`'s search
    /// and filter in its order, with the number that match (counted unless `query.knownMatching`
    /// gives it) and the number of resources of the kind, read in one read transaction. Counts are
    /// -1 and rows empty on failure (see Database::lastError()).
    virtual BrowsePage page(ResourceKind kind, const BrowseQuery &query) = 0;
    /// Counts of users, active users, groups, memberships, usable tokens (at `now`) and log entries.
    virtual OverviewCounts overviewCounts(const QDateTime &now) = 0;
};

} // namespace scimmon
