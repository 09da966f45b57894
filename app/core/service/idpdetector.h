#pragma once

#include "model/httpexchange.h"
#include "model/idp.h"
#include "model/requestrecord.h"

#include <QHash>
#include <QString>

namespace scimmon {

/// Tells which identity provider sent a request: Okta when the User-Agent says so (Okta sends
/// `Okta SCIM Client 1.0.0`, field guide §5); Entra when the User-Agent names Microsoft, Azure,
/// AAD or Entra (the field guide does not document Entra's User-Agent, so any of these words is
/// taken), or when the request shows a dialect only Entra speaks (field guide §2, Quirk::
/// isEntraDialect()): capitalised PATCH ops, booleans sent as strings, member removal by value
/// array, path-less operations with dotted or URN keys; or the ADSCIM group schema, the
/// `aadOptscim062020` flag, or Test Connection's random-GUID lookup. Otherwise Other.
///
/// A request without a tell (a plain lookup) gets the IdP learned earlier from the same Secret
/// Token and User-Agent, so that a whole Entra cycle is labelled Entra once one of its requests
/// showed the dialect. Single-threaded: one detector per receiver thread.
class IdpDetector
{
public:
    /// The IdP of `record` (its quirks, operation and token label filled by the router) sent as
    /// `request`; remembers a confident answer for later requests with the same token and agent.
    Idp detect(const RequestRecord &record, const HttpRequest &request);

    /// Okta or Entra from the User-Agent value alone; nullopt when it names neither.
    static std::optional<Idp> fromUserAgent(const QByteArray &userAgent);
    /// Entra when the request shows an Entra-only dialect (see the class comment); else nullopt.
    static std::optional<Idp> fromDialect(const RequestRecord &record, const HttpRequest &request);

private:
    QHash<QString, Idp> m_learned; ///< token label + '\n' + User-Agent → IdP
};

} // namespace scimmon
