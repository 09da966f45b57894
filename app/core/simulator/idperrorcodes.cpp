#include "simulator/idperrorcodes.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QString IdpErrorCodes::forAnswer(Idp idp, const SentRequest &r, bool knownId)
{
    const bool okta = idp == Idp::Okta;
    if (r.timedOut)
        return u"Timeout"_s;
    if (r.status == 0)
        return okta ? u"ConnectionFailed"_s : u"WebExceptionProtocolError"_s;
    if (r.ok())
        return {};
    switch (r.status) {
    case 400:
        return u"BadRequest"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return okta ? u"Forbidden"_s : u"InsufficientRights"_s;
    case 404:
        return knownId && !okta ? u"InvalidAnchor"_s : u"NotFound"_s;
    case 405:
        return u"MethodNotAllowed"_s;
    case 409:
        return okta ? u"Conflict"_s : u"EntryConflict"_s;
    case 422:
        return u"UnprocessableEntity"_s;
    case 429:
        return u"TooManyRequests"_s;
    case 501:
        return u"NotImplemented"_s;
    case 503:
        return u"ServiceUnavailable"_s;
    default:
        break;
    }
    if (r.status >= 500)
        return u"InternalServerError"_s;
    return u"HttpStatus%1"_s.arg(r.status);
}

QString IdpErrorCodes::incompatible(Idp idp)
{
    return idp == Idp::Okta ? u"InvalidResponse"_s : u"SystemForCrossDomainIdentityManagementServiceIncompatible"_s;
}

QString IdpErrorCodes::duplicates(Idp idp)
{
    return idp == Idp::Okta ? u"MultipleMatches"_s : u"DuplicateTargetEntries"_s;
}

QString IdpErrorCodes::testConnectionMessage(Idp idp, const SentRequest &r, bool incompatibleAnswer)
{
    const QString where = u"%1 %2"_s.arg(r.method, r.url);
    if (idp == Idp::Okta) {
        if (r.status == 401 || r.status == 403)
            return u"Error authenticating: the SCIM server refused the API token (HTTP %1 from %2)."_s.arg(r.status)
                .arg(where);
        if (r.status == 0)
            return u"Failed to connect to the SCIM server: %1 (%2)."_s.arg(
                r.timedOut ? u"no answer within 60 seconds"_s : r.networkError, where);
        return u"The SCIM server did not answer the connector test as expected: HTTP %1 from %2%3."_s.arg(r.status).arg(
            where, incompatibleAnswer ? u" (not a SCIM ListResponse)"_s : QString());
    }
    if (r.status == 401 || r.status == 403)
        return u"You appear to have entered invalid credentials. Please confirm you are using the correct "
               "information for an administrative account. Error code: "
               "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable. Details: we received "
               "HTTP %1 (%2) from %3."_s.arg(r.status)
                   .arg(r.status == 401 ? u"Unauthorized"_s : u"Forbidden"_s, where);
    if (r.status == 0)
        return u"We are unable to connect to the Tenant URL. Error code: %1. Details: %2 (%3)."_s.arg(
            r.timedOut ? u"Timeout"_s : u"WebExceptionProtocolError"_s,
            r.timedOut ? u"no answer within 60 seconds"_s : r.networkError, where);
    return u"The Tenant URL does not answer like a SCIM 2.0 endpoint. Error code: "
           "SystemForCrossDomainIdentityManagementServiceIncompatible. Details: we received HTTP %1 from %2%3; "
           "Test Connection expects 200 with an empty ListResponse."_s.arg(r.status)
               .arg(where, incompatibleAnswer ? u" that is not a SCIM ListResponse"_s : QString());
}

} // namespace scimmon
