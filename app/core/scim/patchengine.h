#pragma once

#include "model/quirk.h"
#include "model/resource.h"
#include "model/resourcekind.h"
#include "scim/filter.h"
#include "scim/result.h"

#include <QJsonObject>
#include <QStringList>

namespace scimmon {

struct PatchPath;

/// A change to a group's membership asked for by a PATCH operation. Membership lives in its own
/// table, so the engine does not apply these; the caller does, in order, in the same transaction.
struct MemberChange
{
    enum class Kind {
        Add, ///< add `members` (already present ones are kept, not duplicated)
        Remove, ///< remove `members` (absent ones are ignored)
        RemoveAll, ///< remove every member
        Replace, ///< the membership becomes exactly `members`
        RemoveMatching, ///< remove the members matching `filter` (evaluated on {value, type, display})
    };
    Kind kind = Kind::Add;
    QList<MemberRef> members;
    FilterNodePtr filter;
};

/// The outcome of applying a PatchOp request to a resource's attributes.
struct PatchResult
{
    QJsonObject data; ///< the attributes after every operation
    QList<MemberChange> memberChanges; ///< group membership changes, in request order
    QList<Quirk> quirks; ///< the IdP quirks accepted while reading the request, each once
};

/// Applies RFC 7644 §3.5.2 PATCH requests to a resource's canonical attributes, in memory: the
/// caller stores the result only when every operation succeeded, so a request applies whole or
/// not at all. Accepted beyond the RFC, as Entra ID and Okta send them: `op` in any letter case,
/// booleans as strings, path-less operations whose value keys are dotted (`name.givenName`) or
/// URN-qualified, value-path add/replace on an element that does not exist yet (the element is
/// created from the filter's `eq` terms and later operations merge into it), member removal with a
/// `value` array (only those members are removed), and a manager given as a bare id.
/// After each operation a multi-valued attribute keeps at most one `primary: true`: the element
/// the operation made primary keeps it, the others are set to false (RFC 7643 §2.4, RFC 7644
/// §3.5.2; see PrimaryValue).
class PatchEngine
{
public:
    /// Applies `body` (a PatchOp message) to `data` of a resource of `kind`.
    /// Errors, all 400: `invalidSyntax` (no Operations array, unknown op, a path-less op whose value
    /// is not an object), `invalidPath` (malformed or unknown path), `noTarget` (remove without a
    /// path), `mutability` (a read-only attribute such as id or meta), `invalidValue` (a value of
    /// the wrong type), `invalidFilter` (a bad value filter).
    static Result<PatchResult> apply(ResourceKind kind, const QJsonObject &data, const QJsonObject &body);

private:
    enum class Op { Add, Replace, Remove };
    PatchEngine(ResourceKind kind, const QJsonObject &data);
    std::optional<ScimError> applyOperation(Op op, const QJsonValue &path, const QJsonValue &value, bool hasValue);
    std::optional<ScimError> applyPathless(Op op, const QJsonValue &value);
    std::optional<ScimError> applyPath(Op op, const PatchPath &path, const QJsonValue &value, bool hasValue);
    std::optional<ScimError> applyMembers(Op op, const PatchPath &path, const QJsonValue &value, bool hasValue);
    std::optional<ScimError> applyValuePath(Op op, const PatchPath &path, const QJsonValue &value);
    std::optional<ScimError> applyCustom(Op op, const PatchPath &path, const QJsonValue &value);

    ResourceKind m_kind;
    PatchResult m_result;
};

} // namespace scimmon
