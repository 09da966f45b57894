#pragma once

#include "scim/filter.h"
#include "scim/sortorder.h"
#include "store/resourcequery.h"

namespace scimmon {

/// How a filter is answered: the conditions the store can look up by index, and whether they say
/// everything the filter says (then the store also counts and pages) or candidates still have to
/// be checked against the whole filter.
struct QueryPlan
{
    QList<IndexCondition> conditions;
    bool exact = true;
};

/// Turns a filter into index lookups (RFC 7644 §3.4.2.2 filters as Entra and Okta send them):
/// each top-level `and` term of the form `id`, `externalId`, `userName` (users), `displayName`,
/// `emails.value` or `emails[type eq "…" and value eq "…"]`/`emails[type eq "…"].value` `eq "…"`
/// becomes an IndexCondition; anything else makes the plan inexact.
class QueryPlanner
{
public:
    static QueryPlan plan(const Filter &filter);
    /// The column the store sorts `sort` by in SQL (RFC 7644 §3.4.2.3 `sortBy` on `id`,
    /// `externalId`, `userName`, `displayName`, `meta.created` or `meta.lastModified`); nullopt
    /// when the resources must be sorted in memory (SortOrder::lessThan) or `sort` is not active.
    static std::optional<SortKey> sortColumn(ResourceKind kind, const SortOrder &sort);
};

} // namespace scimmon
