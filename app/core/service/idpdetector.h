#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"

#include <QHash>
#include <QString>

namespace scimmon {

/// Tells which identity provider sent a request: "Okta" when the User-Agent says so (Okta sends
/// `Okta SCIM Client 1.0.0`, field guide §5); "Entra" when the User-Agent names Microsoft, Azure,
/// AAD or Entra (the field guide does not document Entra's User-Agent, so any of these words is
/// taken), or when the request shows a dialect only Entra speaks (field guide §2): capitalised
/// PATCH ops, booleans sent as strings, member removal by value array, path-less operations with
/// dotted or URN keys, the ADSCIM group schema, the `aadOptscim062020` flag, or Test Connection's
/// random-GUID lookup. Otherwise "Other".
///
/// A request without a tell (a plain lookup) gets the IdP learned earlier from the same Secret
/// Token and User-Agent, so that a whole Entra cycle is labelled Entra once one of its requests
/// showed the dialect. Single-threaded: one detector per receiver thread.
class IdpDetector
{
public:
    static inline const QString kEntra = QStringLiteral("Entra");
    static inline const QString kOkta = QStringLiteral("Okta");
    static inline const QString kOther = QStringLiteral("Other");

    /// The IdP of `record` (its notes, operation and token label filled by the router) sent as
    /// `request`; remembers a confident answer for later requests with the same token and agent.
    QString detect(const RequestRecord &record, const HttpRequest &request);

    /// "Okta", "Entra" or empty, from the User-Agent value alone.
    static QString fromUserAgent(const QByteArray &userAgent);
    /// "Entra" when the request shows an Entra-only dialect (see the class comment), else empty.
    static QString fromDialect(const RequestRecord &record, const HttpRequest &request);

private:
    QHash<QString, QString> m_learned; ///< token label + '\n' + User-Agent → IdP
};

} // namespace scimmon
