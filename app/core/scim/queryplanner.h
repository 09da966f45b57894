#pragma once

#include "../store/storetypes.h"
#include "filter.h"

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
};

} // namespace scimmon
