#pragma once

// Signing JWTs in tests with cjose (the library the receiver verifies them with): RSA and EC P-256
// keys, their public JWKs and key sets, tokens signed as an issuer would sign them and tokens
// crafted by hand (any header, payload and signature bytes).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cjose/cjose.h>

#include <memory>

namespace scimmon::test {

struct JwkRelease
{
    void operator()(cjose_jwk_t *jwk) const { cjose_jwk_release(jwk); }
};
struct JwsRelease
{
    void operator()(cjose_jws_t *jws) const { cjose_jws_release(jws); }
};
struct HeaderRelease
{
    void operator()(cjose_header_t *header) const { cjose_header_release(header); }
};
struct CjoseFree
{
    void operator()(char *text) const { cjose_get_dealloc()(text); }
};
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkRelease>;

inline QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A token made by hand: any header, payload and signature bytes.
inline QByteArray craft(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return base64url(header) + '.' + base64url(payload) + '.' + base64url(signature);
}

/// The public JWK of `jwk` (cjose_jwk_to_json without the private members) with `kid` and `extra`.
inline QJsonObject publicJwk(const cjose_jwk_t *jwk, const QString &kid, const QJsonObject &extra = {})
{
    cjose_err err{};
    const std::unique_ptr<char, CjoseFree> json(cjose_jwk_to_json(jwk, false, &err));
    if (!json)
        qFatal("cjose_jwk_to_json: %s", err.message);
    QJsonObject key = QJsonDocument::fromJson(QByteArray(json.get())).object();
    if (!kid.isEmpty())
        key.insert(QStringLiteral("kid"), kid);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        key.insert(it.key(), it.value());
    return key;
}

inline QByteArray keySet(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return compact(QJsonObject{{QStringLiteral("keys"), array}});
}

/// A JWS signed by cjose with `jwk`; the header's string members are set as strings.
inline QByteArray sign(const cjose_jwk_t *jwk, const QJsonObject &header, const QJsonObject &claims)
{
    cjose_err err{};
    const std::unique_ptr<cjose_header_t, HeaderRelease> hdr(cjose_header_new(&err));
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray value = it.value().toString().toUtf8();
        if (!cjose_header_set(hdr.get(), name.constData(), value.constData(), &err))
            qFatal("cjose_header_set: %s", err.message);
    }
    const QByteArray payload = compact(claims);
    const std::unique_ptr<cjose_jws_t, JwsRelease> jws(cjose_jws_sign(
        jwk, hdr.get(), reinterpret_cast<const uint8_t *>(payload.constData()), size_t(payload.size()), &err));
    if (!jws)
        qFatal("cjose_jws_sign: %s", err.message);
    const char *serialized = nullptr;
    if (!cjose_jws_export(jws.get(), &serialized, &err))
        qFatal("cjose_jws_export: %s", err.message);
    return QByteArray(serialized);
}

inline JwkPtr rsaKey(size_t bits)
{
    static const uint8_t e[] = {0x01, 0x00, 0x01};
    cjose_err err{};
    JwkPtr key(cjose_jwk_create_RSA_random(bits, e, sizeof(e), &err));
    if (!key)
        qFatal("cjose_jwk_create_RSA_random: %s", err.message);
    return key;
}

inline JwkPtr ecKey()
{
    cjose_err err{};
    JwkPtr key(cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &err));
    if (!key)
        qFatal("cjose_jwk_create_EC_random: %s", err.message);
    return key;
}

} // namespace scimmon::test
