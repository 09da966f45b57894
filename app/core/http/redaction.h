#pragma once

#include "model/httpexchange.h"

#include <QString>

namespace scimmon {

/// Removes secrets from what the provisioning log keeps and shows: the Authorization header's
/// credential, and `password` values in JSON bodies (Okta sends passwords). Applied before a
/// request record leaves the receiver, so nothing downstream ever sees a secret.
class Redaction
{
public:
    /// Longest body text kept per request or response, in bytes; longer ones are cut with a note.
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;

    /// "Name: value" lines; Authorization becomes "Bearer [redacted]" (the scheme stays visible).
    static QString headers(const HeaderList &headers);
    /// The body as text with every JSON member named password (any case) replaced by "[redacted]",
    /// cut to kMaxBodyBytes. Non-JSON bodies are kept as text (cut the same way).
    static QString body(const QByteArray &body);
    /// `pathAndQuery` ("/scim/v2/Users?…") with the value of every `access_token` query parameter
    /// (a bearer token in the URI, RFC 6750 §2.3; never accepted, but a client may send one)
    /// replaced by "[redacted]".
    static QString path(const QString &pathAndQuery);
    /// The redacted form of an Authorization header value.
    static QByteArray authorization(const QByteArray &value);
    /// Header text as headers() writes it ("Name: value" lines) with the same redaction applied
    /// again: for texts read back from storage (exports), whatever wrote them.
    static QString headerText(const QString &lines);
};

} // namespace scimmon
