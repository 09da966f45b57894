#pragma once

#include "conformance/conformancecase.h"

namespace scimmon {

/// The `okta` suite: the steps of Okta's SPEC test (idp-behaviour.md §4: a 401 body for a bad
/// token, `GET /Users?count=1&startIndex=1`, get by id, 404 with a `detail` for an unknown id, a
/// random user absent, create with `application/json`, 409 for a duplicate, a `userName` filter
/// in another letter case, `GET /Groups`) and Okta's CRUD behaviour in both app flavours, played
/// with the simulator's OktaRequests: the OIN template's PATCHes (path-less `active` replace; Push
/// Groups with a path-less `{id, displayName}` replace, member adds, `members[value eq "…"]`
/// removals, "Push now" of an emptied group) and the AIW app's GET then full PUT.
class OktaSuite
{
public:
    static QList<ConformanceCase> cases();
};

} // namespace scimmon
