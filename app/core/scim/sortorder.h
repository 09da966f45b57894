#pragma once

#include "model/resourcekind.h"
#include "scim/result.h"
#include "scim/schemaregistry.h"

#include <QJsonObject>

#include <optional>

namespace scimmon {

/// The `sortBy` / `sortOrder` of a list or search request (RFC 7644 §3.4.2.3). Strings sort by
/// the attribute's `caseExact` rule, other types by value; a multi-valued attribute sorts by its
/// primary value (else its first); resources without a value sort last in either direction.
struct SortOrder
{
    bool active = false; ///< false: creation order
    AttributeRef attr; ///< the attribute sorted by
    bool descending = false;

    /// Reads the parameters for resources of `kind`. Errors: 400 `invalidValue` for an unknown or
    /// complex `sortBy`, or a `sortOrder` other than "ascending"/"descending" (any case).
    static Result<SortOrder> parse(ResourceKind kind, const QString &sortBy, const QString &sortOrder);

    /// Strict weak ordering of two representations under this sort order.
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const;
};

} // namespace scimmon
