#pragma once

#include "scim/filter.h"
#include "scim/result.h"
#include "scim/schemaregistry.h"

namespace scimmon {

/// A PATCH operation's `path` (RFC 7644 §3.5.2): `attrPath`, `attrPath[valFilter]` or
/// `attrPath[valFilter].subAttr`, each optionally prefixed with a schema URN.
struct PatchPath
{
    AttributeRef ref; ///< the attribute, with `subName` set for `name.givenName` and `…].value`
    FilterNodePtr valueFilter; ///< the element filter of a value path; null when there is none

    /// Parses `text` for `kind`. Errors: 400 `invalidPath` with a detail for anything malformed.
    static Result<PatchPath> parse(ResourceKind kind, const QString &text);
};

} // namespace scimmon
