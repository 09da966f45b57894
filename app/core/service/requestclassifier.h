#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"

#include <QStringList>

namespace scimmon {

/// Names what a request did in the identity provider's own words, as the provisioning log shows
/// it. The router reports the SCIM operation it ran ("Get user", "Create user", "Deactivate
/// user", ...); classify() turns that into one of operationNames():
///
/// - reads of users or groups (by id, by filter, paged lists, POST …/.search) are "Lookup user" /
///   "Lookup group"; Entra's Test Connection (a lookup of a random GUID that answers no resource,
///   field guide §1.1) and Okta's connector test (`GET /Users?count=1&startIndex=1` from Okta,
///   field guide §5) are "Test Connection"; /ServiceProviderConfig, /Schemas and /ResourceTypes
///   are "Discovery"; /Bulk is "Bulk";
/// - a PUT that flips a user's `active` is "Deactivate user" / "Reactivate user" (Okta's AIW apps
///   deactivate that way), otherwise "Replace user"; a PUT on a group is named by what it changed
///   ("Rename group", "Add members", "Remove members" or "Update group");
/// - 401 is "Auth failure"; every other 4xx/5xx answer is "Rejected". For both, what the request
///   tried ("Create user", ...) is kept in RequestRecord::attemptedOperation.
class RequestClassifier
{
public:
    /// Every operation name the log uses, in the order a filter lists them.
    static const QStringList &operationNames();

    /// The final operation of `record` from the router's operation (record.operation), the status
    /// answered and the request; sets record.operation and record.attemptedOperation. Call after
    /// the IdP is known (record.idp): Okta's connector test is recognised by it.
    static void classify(RequestRecord &record, const HttpRequest &request);

    /// The operation a request on `method` + `path` (under the Tenant URL) would be, from the
    /// request line alone: what an unauthenticated request tried. Empty when it names no endpoint.
    static QString fromRequestLine(const QString &method, const QString &path);
};

} // namespace scimmon
