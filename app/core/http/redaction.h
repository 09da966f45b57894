#pragma once

#include "model/httpexchange.h"

#include <QString>

namespace scimmon {

/// Removes secrets from what the provisioning log keeps and shows: the Authorization header's
/// credential, `password` values in JSON bodies (Okta sends passwords), and the OAuth 2.0
/// credentials of token requests and answers (`client_secret`, `access_token`, the signature of an
/// `assertion`). Applied before a
/// request record leaves the receiver, so nothing downstream ever sees a secret.
class Redaction
{
public:
    /// Longest body text kept per request or response, in bytes; longer ones are cut with a note.
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;

    /// "Name: value" lines; Authorization becomes "Bearer [redacted]" (the scheme stays visible).
    static QString headers(const HeaderList &headers);
    /// The body as text with every JSON member named password, access_token, refresh_token,
    /// id_token or client_secret (any case) replaced by "[redacted]", cut to kMaxBodyBytes. A form
    /// body (a token request, RFC 6749 §4.4.2) keeps its fields but those values, and an
    /// assertion's signature (RFC 7523 §2.1). Other non-JSON bodies are kept as text (cut the same
    /// way), or not at all when they may name a password.
    static QString body(const QByteArray &body);
    /// `pathAndQuery` ("/scim/v2/Users?…") with the value of every query parameter that is a
    /// credential replaced by "[redacted]": `access_token` (a bearer token in the URI, RFC 6750
    /// §2.3; never accepted, but a client may send one), `client_secret`, `password` and the like,
    /// and an `assertion`'s signature (a token request's fields in the query are refused, and kept
    /// out of the log all the same).
    static QString path(const QString &pathAndQuery);
    /// The redacted form of an Authorization header value.
    static QByteArray authorization(const QByteArray &value);
    /// Header text as headers() writes it ("Name: value" lines) with the same redaction applied
    /// again: for texts read back from storage (exports), whatever wrote them.
    static QString headerText(const QString &lines);
};

} // namespace scimmon
