#pragma once

#include "model/idp.h"
#include "simulator/sentrequest.h"

#include <QString>

namespace scimmon {

/// How the IdP names the outcome of an answer in its provisioning log (idp-behaviour.md §2):
/// 409 → EntryConflict, 429 → TooManyRequests, 500 → InternalServerError, 401 → Unauthorized,
/// 403 → InsufficientRights, 405 → MethodNotAllowed, 422 → UnprocessableEntity, 501 →
/// NotImplemented, slow → Timeout, TCP or TLS failure → WebExceptionProtocolError, 404 on a cached
/// id → InvalidAnchor, and the messages of Entra's Test Connection. Pure functions.
class IdpErrorCodes
{
public:
    /// The code for `request`'s answer sent by `idp`; `knownId`: the request addressed the
    /// object connection (a 404 then means InvalidAnchor). Empty for a 2xx answer.
    static QString forAnswer(Idp idp, const SentRequest &request, bool knownId = false);
    /// The code for an answer that came with a 2xx status but could not be read as the SCIM
    /// message expected (Entra: SystemForCrossDomainIdentityManagementServiceIncompatible).
    static QString incompatible(Idp idp);
    /// The code for a match query with more than one hit (Entra: DuplicateTargetEntries).
    static QString duplicates(Idp idp);
    /// What Entra's Test Connection (or Okta's connector test) shows the admin when `request`
    /// failed: one or two English sentences naming the error code and the answer received.
    /// `incompatibleAnswer`: a 2xx that was not an empty ListResponse.
    static QString testConnectionMessage(Idp idp, const SentRequest &request, bool incompatibleAnswer);
};

} // namespace scimmon
