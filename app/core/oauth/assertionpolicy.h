#pragma once

#include <QString>
#include <QStringList>

namespace scimmon {

/// What the token endpoint accepts from one trusted issuer of JWT bearer assertions (RFC 7523
/// §3, "workload identity federation" as Microsoft Entra ID uses it). AssertionVerifier checks an
/// assertion's claims against it after the signature (RFC 7515) has been verified with the
/// issuer's key set.
struct AssertionPolicy
{
    /// The one accepted `iss` claim (RFC 7519 §4.1.1, RFC 7523 §3 item 1), compared exactly,
    /// character for character: e.g. "https://login.microsoftonline.com/<tenant>/v2.0".
    QString issuer;
    /// The accepted `aud` values (RFC 7519 §4.1.3, RFC 7523 §3 item 3), usually the token
    /// endpoint's URL or an application ID URI. An assertion must name at least one of them;
    /// compared exactly, except that a trailing "/" on either side is ignored. Empty: no
    /// assertion is accepted.
    QStringList audiences;
    /// The required `sub` claim (RFC 7519 §4.1.2, RFC 7523 §3 item 2), compared exactly: for
    /// Entra the object id of the service principal or managed identity. Empty: any subject.
    QString subject;
    /// Seconds of clock difference tolerated between the issuer and this machine when checking
    /// `exp`, `nbf` and `iat` (RFC 7519 §4.1.4–4.1.6 allow "some small leeway"). Not negative.
    int clockSkewSeconds = 120;
    /// Longest accepted lifetime of an assertion, seconds: `exp` minus `iat` (or `nbf` when there
    /// is no `iat`, or the time of the check when there is neither). Limits how long a leaked
    /// assertion can be replayed (RFC 7523 §3 item 4).
    int maxLifetimeSeconds = 3600 * 24;
};

} // namespace scimmon
