#include "oauth/assertionverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cjose/header.h>
#include <cjose/jwk.h>
#include <cjose/jws.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

using Failure = AssertionCheck::Failure;

struct JwkRelease
{
    void operator()(cjose_jwk_t *jwk) const { cjose_jwk_release(jwk); }
};
struct JwsRelease
{
    void operator()(cjose_jws_t *jws) const { cjose_jws_release(jws); }
};
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkRelease>;
using JwsPtr = std::unique_ptr<cjose_jws_t, JwsRelease>;

const QString kRs256 = u"RS256"_s;
const QString kEs256 = u"ES256"_s;
constexpr int kMinRsaBits = 2048; // RFC 7518 §3.3
constexpr qsizetype kEs256SignatureBytes = 64; // R || S, 32 bytes each (RFC 7518 §3.4)
constexpr int kMaxListedKeyIds = 5;

AssertionCheck &fail(AssertionCheck &check, Failure failure, const QString &reason)
{
    check.failure = failure;
    check.reason = reason;
    return check;
}

QString quoted(const QString &value)
{
    return u'"' + value + u'"';
}

/// Decodes one base64url part of a compact JWS (RFC 7515 §2: no padding, no other characters).
std::optional<QByteArray> decodePart(QByteArrayView part)
{
    for (const char c : part) {
        const bool fits
            = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!fits)
            return std::nullopt;
    }
    if (part.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// How a JSON value reads in a reason: strings quoted, anything else as compact JSON.
QString describe(const QJsonValue &value)
{
    if (value.isString())
        return quoted(value.toString());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return u"null"_s;
}

/// A NumericDate (RFC 7519 §2) for a reason: seconds and, when representable, the UTC time.
QString describeDate(double seconds)
{
    QString text = QString::number(seconds, 'f', seconds == std::floor(seconds) ? 0 : 3);
    if (std::abs(seconds) < 253402300800.0) { // before the year 10000
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
        if (time.isValid())
            text += u" ("_s + time.toString(Qt::ISODate) + u')';
    }
    return text;
}

QString withoutTrailingSlash(const QString &value)
{
    return value.endsWith(u'/') ? value.chopped(1) : value;
}

/// The number of significant bits of a big-endian unsigned integer.
int bitLength(const QByteArray &number)
{
    qsizetype first = 0;
    while (first < number.size() && number.at(first) == '\0')
        ++first;
    if (first == number.size())
        return 0;
    int top = 0;
    for (auto byte = static_cast<unsigned char>(number.at(first)); byte != 0; byte >>= 1)
        ++top;
    return int((number.size() - first - 1) * 8) + top;
}

/// A key of the key set that may verify the assertion: its public members only, ready for cjose.
struct Candidate
{
    QString keyId;
    QJsonObject publicKey;
};

/// Why `key` cannot verify a signature made with `alg` (RFC 7517 §4.1–4.4, RFC 7518 §6), or an
/// empty string when it can; fills `candidate` then.
QString unfitness(const QJsonObject &key, const QString &alg, Candidate &candidate)
{
    const QString kty = key.value(u"kty").toString();
    const QJsonValue keyAlg = key.value(u"alg");
    if (!keyAlg.isUndefined() && keyAlg.toString() != alg)
        return u"its \"alg\" is %1, not \"%2\""_s.arg(describe(keyAlg), alg);
    const QJsonValue use = key.value(u"use");
    if (!use.isUndefined() && use.toString() != u"sig")
        return u"its \"use\" is %1, not \"sig\""_s.arg(describe(use));
    const QJsonValue ops = key.value(u"key_ops");
    if (!ops.isUndefined() && !ops.toArray().contains(QJsonValue(u"verify"_s)))
        return u"its \"key_ops\" %1 do not include \"verify\""_s.arg(describe(ops));

    QJsonObject publicKey{{u"kty"_s, kty}};
    const auto member = [&key, &publicKey](const QString &name) {
        const QJsonValue value = key.value(name);
        if (!value.isString())
            return std::optional<QByteArray>();
        auto decoded = decodePart(value.toString().toLatin1());
        if (decoded && !decoded->isEmpty())
            publicKey.insert(name, value);
        return decoded && !decoded->isEmpty() ? decoded : std::nullopt;
    };
    if (alg == kRs256) {
        if (kty != u"RSA")
            return u"its \"kty\" is %1, not \"RSA\""_s.arg(describe(key.value(u"kty")));
        const auto modulus = member(u"n"_s);
        if (!modulus || !member(u"e"_s))
            return u"its \"n\" or \"e\" is missing or not base64url"_s;
        if (const int bits = bitLength(*modulus); bits < kMinRsaBits)
            return u"it has %1 bits, fewer than the %2 RS256 requires"_s.arg(bits).arg(kMinRsaBits);
    } else {
        if (kty != u"EC")
            return u"its \"kty\" is %1, not \"EC\""_s.arg(describe(key.value(u"kty")));
        const QJsonValue crv = key.value(u"crv");
        if (crv.toString() != u"P-256")
            return u"its \"crv\" is %1, not \"P-256\""_s.arg(describe(crv));
        publicKey.insert(u"crv"_s, crv);
        if (!member(u"x"_s) || !member(u"y"_s))
            return u"its \"x\" or \"y\" is missing or not base64url"_s;
    }
    candidate.keyId = key.value(u"kid").toString();
    if (!candidate.keyId.isEmpty())
        publicKey.insert(u"kid"_s, candidate.keyId);
    candidate.publicKey = publicKey;
    return {};
}

/// Fills `check` with the claim failure of `claims` under `policy` at `now`, if any.
void checkClaims(AssertionCheck &check, const QJsonObject &claims, const AssertionPolicy &policy, const QDateTime &now)
{
    // iss (RFC 7523 §3 item 1)
    const QJsonValue iss = claims.value(u"iss");
    if (iss.isUndefined() || iss.isNull()) {
        fail(check, Failure::MissingClaim, u"The assertion has no \"iss\" claim"_s);
        return;
    }
    if (!iss.isString() || iss.toString() != policy.issuer) {
        fail(check, Failure::WrongIssuer,
             u"\"iss\" is %1 but the token endpoint accepts only %2"_s.arg(describe(iss), quoted(policy.issuer)));
        return;
    }

    // aud (RFC 7523 §3 item 3, RFC 7519 §4.1.3)
    const QJsonValue aud = claims.value(u"aud");
    if (aud.isUndefined() || aud.isNull()) {
        fail(check, Failure::MissingClaim, u"The assertion has no \"aud\" claim"_s);
        return;
    }
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (!entry.isString()) {
                fail(check, Failure::Malformed,
                     u"\"aud\" is %1, which holds a value that is not a string"_s.arg(describe(aud)));
                return;
            }
            audiences.append(entry.toString());
        }
    } else {
        fail(check, Failure::Malformed,
             u"\"aud\" is %1, neither a string nor an array of strings"_s.arg(describe(aud)));
        return;
    }
    bool audienceFits = false;
    for (const QString &accepted : policy.audiences) {
        for (const QString &named : std::as_const(audiences)) {
            if (named == accepted
                || (!named.isEmpty() && withoutTrailingSlash(named) == withoutTrailingSlash(accepted)))
                audienceFits = true;
        }
    }
    if (!audienceFits) {
        QStringList accepted;
        for (const QString &value : policy.audiences)
            accepted.append(quoted(value));
        if (accepted.isEmpty()) {
            fail(check, Failure::WrongAudience,
                 u"\"aud\" is %1 but the token endpoint has no accepted audience configured"_s.arg(describe(aud)));
        } else {
            fail(
                check, Failure::WrongAudience,
                u"\"aud\" is %1 but the token endpoint accepts only %2"_s.arg(describe(aud), accepted.join(u" or "_s)));
        }
        return;
    }

    // sub (RFC 7523 §3 item 2)
    if (!policy.subject.isEmpty()) {
        const QJsonValue sub = claims.value(u"sub");
        if (sub.isUndefined() || sub.isNull()) {
            fail(
                check, Failure::MissingClaim,
                u"The assertion has no \"sub\" claim but the token endpoint requires %1"_s.arg(quoted(policy.subject)));
            return;
        }
        if (!sub.isString() || sub.toString() != policy.subject) {
            fail(check, Failure::WrongSubject,
                 u"\"sub\" is %1 but the token endpoint accepts only %2"_s.arg(describe(sub), quoted(policy.subject)));
            return;
        }
    }

    // exp, nbf, iat (RFC 7519 §4.1.4–4.1.6, NumericDate §2)
    const auto date = [&claims, &check](const QString &name, bool required) -> std::optional<double> {
        const QJsonValue value = claims.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(check, Failure::MissingClaim, u"The assertion has no \"%1\" claim"_s.arg(name));
            return std::nullopt;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(check, Failure::Malformed,
                 u"\"%1\" is %2, not a NumericDate (seconds since 1970)"_s.arg(name, describe(value)));
            return std::nullopt;
        }
        return value.toDouble();
    };
    const double nowSeconds = double(now.toMSecsSinceEpoch()) / 1000.0;
    const double skew = std::max(0, policy.clockSkewSeconds);
    const auto exp = date(u"exp"_s, true);
    if (!exp)
        return;
    const auto nbf = date(u"nbf"_s, false);
    if (!nbf && check.failure != Failure::None)
        return;
    const auto iat = date(u"iat"_s, false);
    if (!iat && check.failure != Failure::None)
        return;
    const QString nowText = describeDate(nowSeconds);
    if (*exp <= nowSeconds - skew) {
        fail(check, Failure::Expired,
             u"\"exp\" is %1, which is past: it is %2 and %3 s of clock skew are allowed"_s
                 .arg(describeDate(*exp), nowText)
                 .arg(policy.clockSkewSeconds));
        return;
    }
    if (nbf && *nbf > nowSeconds + skew) {
        fail(check, Failure::NotYetValid,
             u"\"nbf\" is %1, which is still ahead: it is %2 and %3 s of clock skew are allowed"_s
                 .arg(describeDate(*nbf), nowText)
                 .arg(policy.clockSkewSeconds));
        return;
    }
    if (iat && *iat > nowSeconds + skew) {
        fail(check, Failure::IssuedInFuture,
             u"\"iat\" is %1, which is in the future: it is %2 and %3 s of clock skew are allowed"_s
                 .arg(describeDate(*iat), nowText)
                 .arg(policy.clockSkewSeconds));
        return;
    }
    const double start = iat ? *iat : nbf ? *nbf : nowSeconds;
    const QString startName = iat ? u"\"iat\""_s : nbf ? u"\"nbf\""_s : u"now"_s;
    if (*exp - start > double(policy.maxLifetimeSeconds)) {
        fail(check, Failure::TooLongLived,
             u"\"exp\" is %1, %2 s after %3, %4, but the token endpoint accepts assertions valid for at most %5 s"_s
                 .arg(describeDate(*exp), QString::number(*exp - start, 'f', 0), startName, describeDate(start))
                 .arg(policy.maxLifetimeSeconds));
        return;
    }
}

} // namespace

AssertionCheck AssertionVerifier::verify(const QByteArray &compactJwt, const QByteArray &jwksJson,
                                         const AssertionPolicy &policy, const QDateTime &now)
{
    AssertionCheck check;

    // The form: three base64url parts, a JSON header and payload (RFC 7515 §7.1, RFC 7519 §7.2).
    if (compactJwt.isEmpty())
        return fail(check, Failure::Malformed, u"The assertion is empty"_s);
    if (compactJwt.size() > kMaxAssertionBytes) {
        return fail(
            check, Failure::Malformed,
            u"The assertion has %1 bytes, more than the %2 accepted"_s.arg(compactJwt.size()).arg(kMaxAssertionBytes));
    }
    const QList<QByteArray> parts = compactJwt.split('.');
    if (parts.size() != 3) {
        return fail(check, Failure::Malformed,
                    u"The assertion has %1 parts separated by \".\", not the 3 of a signed JWT"_s.arg(parts.size()));
    }
    const auto headerJson = decodePart(parts.at(0));
    if (!headerJson || headerJson->isEmpty())
        return fail(check, Failure::Malformed, u"The assertion's header is not base64url"_s);
    const auto header = parseObject(*headerJson);
    if (!header)
        return fail(check, Failure::Malformed, u"The assertion's header is not a JSON object"_s);
    const auto payloadJson = decodePart(parts.at(1));
    if (!payloadJson)
        return fail(check, Failure::Malformed, u"The assertion's payload is not base64url"_s);
    const auto payload = parseObject(*payloadJson);
    if (!payload)
        return fail(check, Failure::Malformed, u"The assertion's payload (the claims) is not a JSON object"_s);
    const auto signature = decodePart(parts.at(2));
    if (!signature)
        return fail(check, Failure::Malformed, u"The assertion's signature is not base64url"_s);

    // The algorithm, before any key is touched (RFC 7515 §5.2, RFC 8725 §3.1).
    const QJsonValue alg = header->value(u"alg");
    if (!alg.isString())
        return fail(check, Failure::Malformed, u"The assertion's header has no \"alg\" string"_s);
    check.algorithm = alg.toString();
    if (check.algorithm != kRs256 && check.algorithm != kEs256) {
        return fail(check, Failure::UnsupportedAlgorithm,
                    u"\"alg\" is %1 but the token endpoint accepts only \"RS256\" and \"ES256\""_s.arg(
                        quoted(check.algorithm)));
    }
    const QJsonValue kid = header->value(u"kid");
    if (!kid.isUndefined() && !kid.isString())
        return fail(check, Failure::Malformed, u"The assertion's \"kid\" is %1, not a string"_s.arg(describe(kid)));
    check.keyId = kid.toString();
    if (header->contains(u"crit")) {
        return fail(check, Failure::Malformed,
                    u"The assertion's header lists critical extensions (\"crit\": %1) that the token endpoint does "
                    u"not understand"_s.arg(describe(header->value(u"crit"))));
    }
    if (signature->isEmpty())
        return fail(check, Failure::BadSignature, u"The assertion's signature is empty"_s);
    if (check.algorithm == kEs256 && signature->size() != kEs256SignatureBytes) {
        return fail(check, Failure::BadSignature,
                    u"The ES256 signature has %1 bytes, not %2"_s.arg(signature->size()).arg(kEs256SignatureBytes));
    }

    // The keys (RFC 7517 §5): every key of the set that fits the header's kid and alg.
    const auto keySet = parseObject(jwksJson);
    if (!keySet || !keySet->value(u"keys").isArray())
        return fail(check, Failure::BadKeySet, u"The issuer's key set is not a JSON Web Key Set (no \"keys\" array)"_s);
    std::vector<Candidate> candidates;
    QStringList unfit;
    QStringList knownKeyIds;
    for (const QJsonValue &entry : keySet->value(u"keys").toArray()) {
        if (!entry.isObject())
            continue;
        const QJsonObject key = entry.toObject();
        const QString keyId = key.value(u"kid").toString();
        if (!keyId.isEmpty() && knownKeyIds.size() < kMaxListedKeyIds)
            knownKeyIds.append(quoted(keyId));
        if (!check.keyId.isEmpty() && keyId != check.keyId)
            continue;
        Candidate candidate;
        const QString why = unfitness(key, check.algorithm, candidate);
        if (why.isEmpty())
            candidates.push_back(candidate);
        else
            unfit.append(u"the key "_s + (keyId.isEmpty() ? u"without \"kid\""_s : quoted(keyId)) + u" does not fit: "_s
                         + why);
    }
    if (candidates.empty()) {
        if (!unfit.isEmpty())
            return fail(check, Failure::UnknownKey,
                        u"No key of the issuer's key set fits %1: %2"_s.arg(check.algorithm, unfit.join(u"; "_s)));
        if (!check.keyId.isEmpty()) {
            return fail(check, Failure::UnknownKey,
                        u"\"kid\" is %1 but the issuer's key set has no such key (it has %2)"_s.arg(
                            quoted(check.keyId), knownKeyIds.isEmpty() ? u"no key ids"_s : knownKeyIds.join(u", "_s)));
        }
        return fail(check, Failure::UnknownKey, u"The issuer's key set has no key for %1"_s.arg(check.algorithm));
    }

    // The signature (RFC 7515 §5.2), with cjose: a fresh JWS object per key.
    QStringList unreadable;
    bool verified = false;
    for (const Candidate &candidate : candidates) {
        const QByteArray keyJson = QJsonDocument(candidate.publicKey).toJson(QJsonDocument::Compact);
        cjose_err err{};
        const JwkPtr jwk(cjose_jwk_import(keyJson.constData(), size_t(keyJson.size()), &err));
        if (!jwk) {
            unreadable.append(u"the key %1 could not be read (%2)"_s.arg(
                quoted(candidate.keyId), QString::fromUtf8(err.message ? err.message : "unknown error")));
            continue;
        }
        if (check.algorithm == kEs256 && cjose_jwk_EC_get_curve(jwk.get(), &err) != CJOSE_JWK_EC_P_256)
            continue;
        const JwsPtr jws(cjose_jws_import(compactJwt.constData(), size_t(compactJwt.size()), &err));
        if (!jws) {
            return fail(check, Failure::Malformed,
                        u"The assertion is not a JWS that can be verified (%1)"_s.arg(
                            QString::fromUtf8(err.message ? err.message : "unknown error")));
        }
        // The header as cjose read it must name the same algorithm as Qt's reading (duplicate
        // members in the header could otherwise make the two disagree).
        const char *cjoseAlg = cjose_header_get(cjose_jws_get_protected(jws.get()), CJOSE_HDR_ALG, &err);
        if (!cjoseAlg || QString::fromUtf8(cjoseAlg) != check.algorithm)
            return fail(check, Failure::Malformed, u"The assertion's header names \"alg\" ambiguously"_s);
        if (cjose_jws_verify(jws.get(), jwk.get(), &err)) {
            verified = true;
            if (check.keyId.isEmpty())
                check.keyId = candidate.keyId;
            break;
        }
    }
    if (!verified) {
        if (!unreadable.isEmpty() && unreadable.size() == qsizetype(candidates.size()))
            return fail(check, Failure::UnknownKey,
                        u"No key of the issuer's key set is usable: %1"_s.arg(unreadable.join(u"; "_s)));
        if (!check.keyId.isEmpty())
            return fail(
                check, Failure::BadSignature,
                u"The %1 signature does not verify with the key %2"_s.arg(check.algorithm, quoted(check.keyId)));
        if (candidates.size() == 1) {
            return fail(check, Failure::BadSignature,
                        u"The %1 signature does not verify with the one fitting key of the issuer's key set"_s.arg(
                            check.algorithm));
        }
        return fail(check, Failure::BadSignature,
                    u"The %1 signature does not verify with any of the %2 fitting keys of the issuer's key set"_s
                        .arg(check.algorithm)
                        .arg(candidates.size()));
    }

    // The claims (RFC 7523 §3).
    check.claims = *payload;
    check.failure = Failure::None;
    checkClaims(check, *payload, policy, now);
    return check;
}

} // namespace scimmon
