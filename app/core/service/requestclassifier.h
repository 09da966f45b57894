#pragma once

#include "model/httpexchange.h"
#include "model/operation.h"
#include "model/requestrecord.h"
#include "model/resourcekind.h"
#include "service/idpdetector.h"

namespace scimmon {

/// The kind of SCIM write a request made (RFC 7644 §3.3, §3.5.1, §3.5.2, §3.6).
enum class WriteKind { Create, Replace, Patch, Delete };

/// What the member operations of a group write ask for: PatchEngine's MemberChange kinds for a
/// PATCH, the difference made for a PUT. It tells "Add members" from "Update group".
enum class MemberIntent {
    None, ///< no member operation
    AddOnly, ///< only additions
    RemoveOnly, ///< only removals (by value, by filter, or all)
    Mixed, ///< additions and removals, or a replacement of the membership
};

/// The one place that decides what a request did, in the identity provider's own words (see
/// Operation), and who sent it (IdpDetector). ResourceService asks ofWrite() inside a write's
/// transaction (the audit trail records the same operation); classify() then settles the
/// request's final operation once the status is known:
///
/// - reads of users or groups (by id, by filter, paged lists, POST …/.search) are LookupUser /
///   LookupGroup; Entra's Test Connection (a lookup of a random GUID that answers no resource,
///   field guide §1.1) and Okta's connector test (`GET /Users?count=1&startIndex=1` from Okta,
///   field guide §5) are TestConnection; /ServiceProviderConfig, /Schemas and /ResourceTypes are
///   Discovery; /Bulk is Bulk;
/// - a write that flips a user's `active` is DeactivateUser / ReactivateUser (Okta's AIW apps
///   deactivate with PUT), otherwise UpdateUser (PATCH) or ReplaceUser (PUT); a group write is
///   named by what it changed (RenameGroup, AddMembers, RemoveMembers or UpdateGroup);
/// - 401 is AuthFailure; every other 4xx/5xx answer is Rejected. For both, what the request tried
///   is kept in RequestRecord::attemptedOperation.
///
/// Single-threaded: one classifier per receiver thread (IdpDetector learns per token and agent).
class RequestClassifier
{
public:
    /// The operation of a write of `kind` that made `change` (before and after empty for a refused
    /// write: then the operation it attempted), with `members` the member intent of a group write.
    static Operation ofWrite(ResourceKind kind, WriteKind write, const ResourceChange &change,
                             MemberIntent members = MemberIntent::None);
    /// The member intent of a PUT that made `change`.
    static MemberIntent intentOf(const ResourceChange &change);
    /// LookupUser or LookupGroup.
    static Operation ofLookup(ResourceKind kind);
    /// True when `value`, the value of a lookup's `eq` filter that matched nothing, is a GUID:
    /// Entra's Test Connection probe (field guide §1.1).
    static bool isTestConnectionProbe(const QString &value);

    /// Settles `record` (its operation, change and quirks filled by the router, its status set):
    /// sets record.idp, then the final record.operation and record.attemptedOperation.
    void classify(RequestRecord &record, const HttpRequest &request);

    /// The operation a request on `method` + `path` (under the Tenant URL) would be, from the
    /// request line alone: what an unauthenticated request tried. None when it names no endpoint.
    static Operation fromRequestLine(const QString &method, const QString &path);

private:
    IdpDetector m_idp;
};

} // namespace scimmon
