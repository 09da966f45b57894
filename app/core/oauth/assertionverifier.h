#pragma once

#include "oauth/assertionpolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace scimmon {

/// The outcome of checking one JWT bearer assertion (AssertionVerifier::verify()).
struct AssertionCheck
{
    /// Why an assertion was refused; None when it was accepted.
    enum class Failure {
        None, ///< accepted: signed by a key of the key set, every claim fits the policy
        Malformed, ///< not a compact JWS of three base64url parts with JSON objects (RFC 7515
                   ///< §7.1, RFC 7519 §7.2), larger than kMaxAssertionBytes, a claim of the wrong
                   ///< type, or an unknown critical header parameter (RFC 7515 §4.1.11)
        UnsupportedAlgorithm, ///< `alg` is not RS256 or ES256 (RFC 7518 §3.1): none, HS256, …
        UnknownKey, ///< no key of the key set fits the `kid` and `alg` of the header (RFC 7517 §4)
        BadSignature, ///< the signature does not verify with any fitting key (RFC 7515 §5.2)
        WrongIssuer, ///< `iss` is not AssertionPolicy::issuer (RFC 7523 §3 item 1)
        WrongAudience, ///< `aud` names none of AssertionPolicy::audiences (RFC 7523 §3 item 3)
        WrongSubject, ///< `sub` is not AssertionPolicy::subject (RFC 7523 §3 item 2)
        Expired, ///< `exp` has passed, beyond the clock skew (RFC 7519 §4.1.4)
        NotYetValid, ///< `nbf` is still ahead, beyond the clock skew (RFC 7519 §4.1.5)
        IssuedInFuture, ///< `iat` is ahead, beyond the clock skew (RFC 7519 §4.1.6)
        MissingClaim, ///< `iss`, `aud` or `exp` is absent; `sub` when the policy names a subject
        TooLongLived, ///< `exp` is further than AssertionPolicy::maxLifetimeSeconds ahead of
                      ///< `iat` (or `nbf`, or now)
        BadKeySet, ///< the key set is not a JSON Web Key Set (RFC 7517 §5): no JSON object with
                   ///< a "keys" array
    };

    /// Failure::None when the assertion was accepted.
    Failure failure = Failure::Malformed;
    /// For the request log, one sentence naming the claim or header parameter and the values
    /// involved, e.g. `"aud" is "https://x" but the token endpoint accepts only "https://y"`.
    /// Empty when accepted. Never contains the signature.
    QString reason;
    /// The assertion's claims (RFC 7519 §4), filled once the signature verified, so also when a
    /// claim check failed; empty when the signature did not verify. Trust them only when ok().
    QJsonObject claims;
    /// The header's `kid` (RFC 7515 §4.1.4), or, for a header without one, the `kid` of the key
    /// that verified the signature; empty when neither is known.
    QString keyId;
    /// The header's `alg` (RFC 7515 §4.1.1) when the header could be read, even when refused.
    QString algorithm;

    /// True when the assertion was accepted (failure is Failure::None).
    bool ok() const { return failure == Failure::None; }
};

/// Verifies a JWT bearer assertion (RFC 7523 §2.1, §3) as a token endpoint receives it in the
/// `assertion` parameter: a JWT (RFC 7519) signed as a compact JWS (RFC 7515 §7.1) by a key of
/// the issuer's JSON Web Key Set (RFC 7517 §5), e.g. a federated credential of Microsoft Entra
/// ID. Stateless and thread-safe.
class AssertionVerifier
{
public:
    /// Largest accepted assertion, bytes; a larger one is Malformed before anything is decoded.
    static constexpr qsizetype kMaxAssertionBytes = 16 * 1024;

    /// Checks `compactJwt` (the assertion: "header.payload.signature", base64url without
    /// padding, RFC 7515 §7.1) against `jwksJson` (the issuer's key set as JSON, RFC 7517 §5) and
    /// `policy`, at time `now` (any time zone; compared in seconds since the epoch).
    ///
    /// In this order: the size and form of the token and its header and payload (Malformed);
    /// the header's `alg`, before any key is used: only RS256 and ES256 (RFC 7518 §3.3, §3.4),
    /// anything else including "none" and HS256 is UnsupportedAlgorithm; a `crit` header
    /// (Malformed); the key set (BadKeySet); the keys: a key fits when its `kty` fits the
    /// algorithm (RSA of at least 2048 bits for RS256, EC on P-256 for ES256), its `alg`, when
    /// present, is the header's, and its `use`, when present, is "sig"; with a `kid` in the
    /// header only the fitting keys of that `kid` are tried, without one every fitting key
    /// (UnknownKey when none fits); the signature (BadSignature); then the claims against
    /// `policy`: `iss`, `aud` (a string or an array of strings), `sub`, `exp`, `nbf`, `iat`
    /// (NumericDates, RFC 7519 §2: integers or fractions of seconds) and the lifetime. The
    /// first failure is returned, with AssertionCheck::reason saying what and why. Never
    /// throws; any input, however broken, comes back as a failure.
    static AssertionCheck verify(const QByteArray &compactJwt, const QByteArray &jwksJson,
                                 const AssertionPolicy &policy, const QDateTime &now);
};

} // namespace scimmon
