#pragma once

#include "conformance/conformancecase.h"

namespace scimmon {

/// The `rfc` suite's query tests: filters (operators, no match, invalid filter, attribute names
/// in any letter case), paging, `attributes` and `excludedAttributes`, sorting, ETags and Bulk
/// (each skipped when /ServiceProviderConfig says it is not supported). RFC 7644 §3.4, §3.7, §3.14.
class RfcQueryTests
{
public:
    static QList<ConformanceCase> cases();
};

} // namespace scimmon
