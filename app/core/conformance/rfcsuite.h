#pragma once

#include "conformance/conformancecase.h"

namespace scimmon {

/// The `rfc` suite: probes of RFC 7643/7644 as a SCIM client sees them. This class holds
/// discovery, authentication, content types, error bodies and status codes, PUT, DELETE and the
/// rule that a multi-valued attribute has at most one `primary: true` (RFC 7643 §2.4; RFC 7644
/// §3.5.2: the server clears it on the others); RfcQueryTests adds filters, paging,
/// `attributes`/`excludedAttributes`, sorting, ETags and Bulk when advertised.
class RfcSuite
{
public:
    /// Every test of the suite.
    static QList<ConformanceCase> cases();
    /// A test of the suite.
    static ConformanceCase make(const QString &name, const QString &description, const QString &why,
                                QList<ConformanceNeed> needs = {});
};

} // namespace scimmon
