#pragma once

#include "model/httpexchange.h"
#include "oauth/tokenendpoint.h"
#include "scim/scimconstants.h"
#include "scim/scimoutcome.h"
#include "service/requestclassifier.h"
#include "service/resourceservice.h"
#include "store/store.h"

namespace scimmon {

class TokenService;

/// Maps SCIM HTTP requests under `/scim/v2` to the engine (RFC 7644 §3.2 endpoints), and
/// `/oauth2/token` to the token endpoint: bearer-token authentication (a Secret Token or an issued
/// access token) on every SCIM endpoint, routing with 404 for unknown paths and 405 + Allow for a
/// method an endpoint does not take, JSON body parsing, and the wire format (application/scim+json,
/// Location, ETag, SCIM error bodies with `status` as a string). It never throws and never answers
/// 500 for bad input. Single-threaded: one router per receiver thread.
class ScimRouter
{
public:
    /// `maxBodyBytes`: the receiver's request body limit, advertised as `bulk.maxPayloadSize`.
    /// `keys`: the key sets of the token endpoint's jwt-bearer grant (nullptr: that grant is
    /// refused).
    ScimRouter(Store &store, TokenService &tokens, qint64 maxBodyBytes = 10 * 1024 * 1024, JwksCache *keys = nullptr);

    /// The OAuth 2.0 token endpoint beside the Tenant URL (TokenEndpoint::kPath), which handle()
    /// answers too.
    TokenEndpoint &tokenEndpoint() { return m_tokenEndpoint; }

    /// Handles one request. `record` receives what the provisioning log needs: operation (named by
    /// RequestClassifier), IdP (IdpDetector), target, resource, token label, authentication
    /// failure, accepted quirks (the caller fills the transport fields and the redacted texts).
    HttpResponse handle(const HttpRequest &request, RequestRecord &record);

    /// The response to a request the receiver cannot serve at all (its store failed): `error` as a
    /// SCIM error body with its status.
    static HttpResponse errorResponse(const ScimError &error);

private:
    ScimOutcome route(const HttpRequest &request, const QString &baseUrl, const QStringList &segments,
                      QByteArray &allow);
    ScimOutcome resourceEndpoint(const HttpRequest &request, const QString &baseUrl, ResourceKind kind,
                                 const QStringList &segments, QByteArray &allow);
    static HttpResponse render(const ScimOutcome &outcome);
    /// A ResourceService for this request, auditing as the request's token.
    ResourceService service(const QString &baseUrl) const;

    Store &m_store;
    TokenService &m_tokens;
    qint64 m_maxBodyBytes;
    TokenEndpoint m_tokenEndpoint;
    RequestClassifier m_classifier; ///< what each request did and who sent it (learns IdPs per token)
    AuditContext m_audit; ///< the current request's actor and reference
};

} // namespace scimmon
