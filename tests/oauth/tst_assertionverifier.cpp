// JWT bearer assertions (RFC 7523) verified against key sets made here with cjose: RS256 and
// ES256 accepted, every claim rule, forged and broken tokens refused with the right reason.

#include "oauth/assertionverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include "support/jwtsigning.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace scimmon;

using Failure = AssertionCheck::Failure;
using namespace scimmon::test;

namespace {

const QString kIssuer = u"https://login.microsoftonline.com/0c0a3bd5-0000-4000-8000-000000000001/v2.0"_s;
const QString kAudience = u"https://scim.example.test/oauth2/token"_s;
const QString kSubject = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
const qint64 kNowSeconds = 1'800'000'000;

/// Claims Entra would send for a federated credential: valid from 10 s ago for 10 minutes.
QJsonObject goodClaims()
{
    return {{u"iss"_s, kIssuer},          {u"aud"_s, kAudience},        {u"sub"_s, kSubject},
            {u"iat"_s, kNowSeconds - 10}, {u"nbf"_s, kNowSeconds - 10}, {u"exp"_s, kNowSeconds + 600},
            {u"jti"_s, u"a8f1c2"_s}};
}

AssertionPolicy policy()
{
    AssertionPolicy p;
    p.issuer = kIssuer;
    p.audiences = {u"api://AzureADTokenExchange"_s, kAudience};
    p.subject = kSubject;
    return p;
}

} // namespace

class TestAssertionVerifier : public QObject
{
    Q_OBJECT

    JwkPtr m_rsa;
    JwkPtr m_otherRsa;
    JwkPtr m_ec;
    QByteArray m_keys; ///< m_rsa as "rsa-1", m_ec as "ec-1"

    QByteArray rsToken(const QJsonObject &claims) const
    {
        return sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}, {u"typ"_s, u"JWT"_s}}, claims);
    }
    AssertionCheck check(const QByteArray &token, const AssertionPolicy &p = policy()) const
    {
        return AssertionVerifier::verify(token, m_keys, p, kNow);
    }
    AssertionCheck checkClaims(const QJsonObject &claims, const AssertionPolicy &p = policy()) const
    {
        return check(rsToken(claims), p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = rsaKey(2048);
        m_otherRsa = rsaKey(2048);
        m_ec = ecKey();
        m_keys = keySet({publicJwk(m_rsa.get(), u"rsa-1"_s), publicJwk(m_ec.get(), u"ec-1"_s)});
    }

    void validRs256()
    {
        const AssertionCheck result = check(rsToken(goodClaims()));
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.failure, Failure::None);
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.algorithm, u"RS256"_s);
        QCOMPARE(result.keyId, u"rsa-1"_s);
        QCOMPARE(result.claims.value(u"sub").toString(), kSubject);
        QCOMPARE(result.claims.value(u"jti").toString(), u"a8f1c2"_s);
    }

    void validEs256()
    {
        const QByteArray token = sign(m_ec.get(), {{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"ec-1"_s}}, goodClaims());
        const AssertionCheck result = check(token);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.algorithm, u"ES256"_s);
        QCOMPARE(result.keyId, u"ec-1"_s);
        QCOMPARE(result.claims.value(u"iss").toString(), kIssuer);
    }

    void keyWithMatchingAlgAndUseIsUsed()
    {
        const QByteArray keys
            = keySet({publicJwk(m_rsa.get(), u"rsa-1"_s, {{u"alg"_s, u"RS256"_s}, {u"use"_s, u"sig"_s}})});
        const AssertionCheck result = AssertionVerifier::verify(rsToken(goodClaims()), keys, policy(), kNow);
        QVERIFY2(result.ok(), qPrintable(result.reason));
    }

    void signedByAnotherKeyWithTheSameKid()
    {
        const QByteArray token = sign(m_otherRsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, goodClaims());
        const AssertionCheck result = check(token);
        QCOMPARE(result.failure, Failure::BadSignature);
        QVERIFY2(result.reason.contains(u"\"rsa-1\""_s), qPrintable(result.reason));
        QVERIFY(result.claims.isEmpty());
    }

    void tamperedPayload()
    {
        const QList<QByteArray> parts = rsToken(goodClaims()).split('.');
        QJsonObject claims = goodClaims();
        claims.insert(u"sub"_s, u"someone-else"_s);
        const QByteArray forged = parts.at(0) + '.' + base64url(compact(claims)) + '.' + parts.at(2);
        const AssertionCheck result = check(forged);
        QCOMPARE(result.failure, Failure::BadSignature);
        QVERIFY(result.claims.isEmpty());
        // The untouched token still verifies: the refusal comes from the change alone.
        QVERIFY(check(parts.join('.')).ok());
    }

    void tamperedSignature()
    {
        QByteArray token = rsToken(goodClaims());
        const qsizetype at = token.lastIndexOf('.') + 10;
        token[at] = token.at(at) == 'A' ? 'B' : 'A';
        QCOMPARE(check(token).failure, Failure::BadSignature);
    }

    void wrongIssuer()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"iss"_s, u"https://sts.windows.net/evil/"_s);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::WrongIssuer);
        QVERIFY2(result.reason.contains(u"\"iss\" is \"https://sts.windows.net/evil/\""_s), qPrintable(result.reason));
        QVERIFY(result.reason.contains(kIssuer));
        // The issuer is compared exactly: no trailing-slash leniency there.
        claims.insert(u"iss"_s, QString(kIssuer + u'/'));
        QCOMPARE(checkClaims(claims).failure, Failure::WrongIssuer);
    }

    void wrongAudience()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"aud"_s, u"https://x"_s);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::WrongAudience);
        QVERIFY2(result.reason.contains(u"\"aud\" is \"https://x\" but the token endpoint accepts only"_s),
                 qPrintable(result.reason));
        QVERIFY(result.reason.contains(u'"' + kAudience + u'"'));
        QVERIFY(result.reason.contains(u"\"api://AzureADTokenExchange\""_s));
        // Signed and otherwise valid: the claims are there for the log.
        QCOMPARE(result.claims.value(u"aud").toString(), u"https://x"_s);
    }

    void audienceInAnArray()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"aud"_s, QJsonArray{u"https://other.example"_s, u"api://AzureADTokenExchange"_s});
        const AssertionCheck result = checkClaims(claims);
        QVERIFY2(result.ok(), qPrintable(result.reason));

        claims.insert(u"aud"_s, QJsonArray{u"https://other.example"_s, u"https://third.example"_s});
        const AssertionCheck wrong = checkClaims(claims);
        QCOMPARE(wrong.failure, Failure::WrongAudience);
        QVERIFY2(wrong.reason.contains(u"\"aud\" is [\"https://other.example\",\"https://third.example\"]"_s),
                 qPrintable(wrong.reason));
    }

    void audienceWithATrailingSlash()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"aud"_s, QString(kAudience + u'/'));
        QVERIFY(checkClaims(claims).ok());
        AssertionPolicy p = policy();
        p.audiences = {kAudience + u'/'};
        claims.insert(u"aud"_s, kAudience);
        QVERIFY(checkClaims(claims, p).ok());
        claims.insert(u"aud"_s, QString(kAudience + u"//"_s));
        QCOMPARE(checkClaims(claims).failure, Failure::WrongAudience);

        // Without any accepted audience nothing is accepted.
        AssertionPolicy none = policy();
        none.audiences.clear();
        claims.insert(u"aud"_s, kAudience);
        const AssertionCheck refused = checkClaims(claims, none);
        QCOMPARE(refused.failure, Failure::WrongAudience);
        QVERIFY2(refused.reason.contains(u"no accepted audience"_s), qPrintable(refused.reason));
    }

    void wrongSubject()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"sub"_s, u"intruder"_s);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::WrongSubject);
        QVERIFY2(result.reason.contains(u"\"sub\" is \"intruder\""_s), qPrintable(result.reason));
        QVERIFY(result.reason.contains(kSubject));
        // Without a subject in the policy any subject is accepted.
        AssertionPolicy anySubject = policy();
        anySubject.subject.clear();
        QVERIFY(checkClaims(claims, anySubject).ok());
        claims.remove(u"sub"_s);
        QVERIFY(checkClaims(claims, anySubject).ok());
        const AssertionCheck missing = checkClaims(claims);
        QCOMPARE(missing.failure, Failure::MissingClaim);
        QVERIFY(missing.reason.contains(u"\"sub\""_s));
    }

    void expired()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"iat"_s, kNowSeconds - 900);
        claims.insert(u"nbf"_s, kNowSeconds - 900);
        claims.insert(u"exp"_s, kNowSeconds - 121);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::Expired);
        QVERIFY2(result.reason.contains(u"\"exp\" is 1799999879"_s), qPrintable(result.reason));
        // exp exactly at now - skew is already past (exp <= now - skew).
        claims.insert(u"exp"_s, kNowSeconds - 120);
        QCOMPARE(checkClaims(claims).failure, Failure::Expired);
    }

    void expiredWithinTheClockSkew()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"iat"_s, kNowSeconds - 900);
        claims.insert(u"nbf"_s, kNowSeconds - 900);
        claims.insert(u"exp"_s, kNowSeconds - 119);
        QVERIFY(checkClaims(claims).ok());
        AssertionPolicy noSkew = policy();
        noSkew.clockSkewSeconds = 0;
        QCOMPARE(checkClaims(claims, noSkew).failure, Failure::Expired);
    }

    void notYetValid()
    {
        QJsonObject claims = goodClaims();
        claims.remove(u"iat"_s);
        claims.insert(u"nbf"_s, kNowSeconds + 300);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::NotYetValid);
        QVERIFY2(result.reason.contains(u"\"nbf\" is 1800000300"_s), qPrintable(result.reason));
        claims.insert(u"nbf"_s, kNowSeconds + 100); // within the skew
        QVERIFY(checkClaims(claims).ok());
    }

    void issuedInTheFuture()
    {
        QJsonObject claims = goodClaims();
        claims.remove(u"nbf"_s);
        claims.insert(u"iat"_s, kNowSeconds + 300);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::IssuedInFuture);
        QVERIFY2(result.reason.contains(u"\"iat\" is 1800000300"_s), qPrintable(result.reason));
        claims.insert(u"iat"_s, kNowSeconds + 100);
        QVERIFY(checkClaims(claims).ok());
    }

    void missingClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::newRow("iss") << u"iss"_s;
        QTest::newRow("aud") << u"aud"_s;
        QTest::newRow("exp") << u"exp"_s;
    }

    void missingClaim()
    {
        QFETCH(QString, claim);
        QJsonObject claims = goodClaims();
        claims.remove(claim);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::MissingClaim);
        QVERIFY2(result.reason.contains(u'"' + claim + u'"'), qPrintable(result.reason));
    }

    void claimOfTheWrongType()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"exp"_s, u"tomorrow"_s);
        const AssertionCheck exp = checkClaims(claims);
        QCOMPARE(exp.failure, Failure::Malformed);
        QVERIFY2(exp.reason.contains(u"\"exp\" is \"tomorrow\""_s), qPrintable(exp.reason));
        claims = goodClaims();
        claims.insert(u"aud"_s, 42);
        QCOMPARE(checkClaims(claims).failure, Failure::Malformed);
        claims = goodClaims();
        claims.insert(u"iss"_s, QJsonArray{kIssuer});
        QCOMPARE(checkClaims(claims).failure, Failure::WrongIssuer);
    }

    void tooLongLived()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"exp"_s, kNowSeconds - 10 + 24 * 3600 + 1);
        const AssertionCheck result = checkClaims(claims);
        QCOMPARE(result.failure, Failure::TooLongLived);
        QVERIFY2(result.reason.contains(u"\"exp\""_s) && result.reason.contains(u"\"iat\""_s),
                 qPrintable(result.reason));
        claims.insert(u"exp"_s, kNowSeconds - 10 + 24 * 3600); // exactly the maximum
        QVERIFY(checkClaims(claims).ok());

        // Without iat the lifetime counts from nbf, without both from now.
        claims = goodClaims();
        claims.remove(u"iat"_s);
        claims.insert(u"nbf"_s, kNowSeconds - 3600);
        claims.insert(u"exp"_s, kNowSeconds + 24 * 3600 - 3599);
        QCOMPARE(checkClaims(claims).failure, Failure::TooLongLived);
        claims.remove(u"nbf"_s);
        QVERIFY(checkClaims(claims).ok());
        claims.insert(u"exp"_s, kNowSeconds + 24 * 3600 + 1);
        const AssertionCheck fromNow = checkClaims(claims);
        QCOMPARE(fromNow.failure, Failure::TooLongLived);
        QVERIFY(fromNow.reason.contains(u"after now"_s));
    }

    void fractionalNumericDates()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"iat"_s, double(kNowSeconds) - 0.25);
        claims.insert(u"nbf"_s, double(kNowSeconds) - 0.25);
        claims.insert(u"exp"_s, double(kNowSeconds) + 600.5);
        const AssertionCheck result = checkClaims(claims);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        claims.insert(u"exp"_s, double(kNowSeconds) - 120.5);
        QCOMPARE(checkClaims(claims).failure, Failure::Expired);
    }

    void algNone_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty signature") << QByteArray();
        QTest::newRow("some signature") << QByteArray("signature");
    }

    void algNone()
    {
        QFETCH(QByteArray, signature);
        const QByteArray token = craft(R"({"alg":"none","kid":"rsa-1"})", compact(goodClaims()), signature);
        const AssertionCheck result = check(token);
        QCOMPARE(result.failure, Failure::UnsupportedAlgorithm);
        QVERIFY2(result.reason.contains(u"\"alg\" is \"none\""_s), qPrintable(result.reason));
        QCOMPARE(result.algorithm, u"none"_s);
        QVERIFY(result.claims.isEmpty());
    }

    void hs256WithThePublicKeyAsSecret_data()
    {
        QTest::addColumn<QByteArray>("secret");
        const QJsonObject jwk = publicJwk(m_rsa.get(), u"rsa-1"_s);
        QTest::newRow("the JWK") << compact(jwk);
        QTest::newRow("the key set") << m_keys;
        QTest::newRow("the modulus") << QByteArray::fromBase64(jwk.value(u"n").toString().toLatin1(),
                                                               QByteArray::Base64UrlEncoding);
    }

    void hs256WithThePublicKeyAsSecret()
    {
        QFETCH(QByteArray, secret);
        const QByteArray header = base64url(R"({"alg":"HS256","kid":"rsa-1"})");
        const QByteArray payload = base64url(compact(goodClaims()));
        const QByteArray mac
            = QMessageAuthenticationCode::hash(header + '.' + payload, secret, QCryptographicHash::Sha256);
        const AssertionCheck result = check(header + '.' + payload + '.' + base64url(mac));
        QCOMPARE(result.failure, Failure::UnsupportedAlgorithm);
        QVERIFY2(result.reason.contains(u"\"alg\" is \"HS256\""_s), qPrintable(result.reason));
    }

    void otherAlgorithmsRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("RS512") << QByteArray(R"({"alg":"RS512","kid":"rsa-1"})");
        QTest::newRow("PS256") << QByteArray(R"({"alg":"PS256","kid":"rsa-1"})");
        QTest::newRow("lower case") << QByteArray(R"({"alg":"rs256","kid":"rsa-1"})");
        QTest::newRow("NONE") << QByteArray(R"({"alg":"NONE"})");
    }

    void otherAlgorithmsRefused()
    {
        QFETCH(QByteArray, header);
        const AssertionCheck result = check(craft(header, compact(goodClaims()), QByteArray(256, 'x')));
        QCOMPARE(result.failure, Failure::UnsupportedAlgorithm);
        QVERIFY(result.reason.contains(u"\"alg\""_s));
    }

    void unknownKid()
    {
        const QByteArray token
            = sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rotated-away"_s}}, goodClaims());
        const AssertionCheck result = check(token);
        QCOMPARE(result.failure, Failure::UnknownKey);
        QCOMPARE(result.keyId, u"rotated-away"_s);
        QVERIFY2(result.reason.contains(u"\"kid\" is \"rotated-away\""_s), qPrintable(result.reason));
        QVERIFY(result.reason.contains(u"\"rsa-1\""_s));
    }

    void kidOfAKeyOfTheWrongType()
    {
        // An ES256 signature whose kid names the RSA key: that key is not used.
        const QByteArray token = sign(m_ec.get(), {{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"rsa-1"_s}}, goodClaims());
        const AssertionCheck result = check(token);
        QCOMPARE(result.failure, Failure::UnknownKey);
        QVERIFY2(result.reason.contains(u"its \"kty\" is \"RSA\", not \"EC\""_s), qPrintable(result.reason));
    }

    void kidlessHeaderTriesEveryKey()
    {
        const QByteArray keys = keySet({publicJwk(m_otherRsa.get(), u"old"_s), publicJwk(m_ec.get(), u"ec-1"_s),
                                        publicJwk(m_rsa.get(), u"rsa-1"_s)});
        const QByteArray token = sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}}, goodClaims());
        const AssertionCheck result = AssertionVerifier::verify(token, keys, policy(), kNow);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QCOMPARE(result.keyId, u"rsa-1"_s);

        // Signed by a key the set does not hold: every fitting key fails.
        const QByteArray foreign = sign(m_otherRsa.get(), {{u"alg"_s, u"RS256"_s}}, goodClaims());
        const AssertionCheck refused = check(foreign);
        QCOMPARE(refused.failure, Failure::BadSignature);
        QVERIFY(refused.keyId.isEmpty());
    }

    void keyForEncryptionIsSkipped()
    {
        const QByteArray keys = keySet({publicJwk(m_rsa.get(), u"rsa-1"_s, {{u"use"_s, u"enc"_s}})});
        const AssertionCheck result = AssertionVerifier::verify(rsToken(goodClaims()), keys, policy(), kNow);
        QCOMPARE(result.failure, Failure::UnknownKey);
        QVERIFY2(result.reason.contains(u"\"use\" is \"enc\""_s), qPrintable(result.reason));

        const QByteArray kidless = sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}}, goodClaims());
        QCOMPARE(AssertionVerifier::verify(kidless, keys, policy(), kNow).failure, Failure::UnknownKey);
    }

    void keyForAnotherAlgorithmIsSkipped()
    {
        const QByteArray keys = keySet({publicJwk(m_rsa.get(), u"rsa-1"_s, {{u"alg"_s, u"RS512"_s}})});
        const AssertionCheck result = AssertionVerifier::verify(rsToken(goodClaims()), keys, policy(), kNow);
        QCOMPARE(result.failure, Failure::UnknownKey);
        QVERIFY2(result.reason.contains(u"\"alg\" is \"RS512\""_s), qPrintable(result.reason));
    }

    void shortRsaKeyIsSkipped()
    {
        const JwkPtr small = rsaKey(1024);
        const QByteArray keys = keySet({publicJwk(small.get(), u"small"_s)});
        const QByteArray token = sign(small.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"small"_s}}, goodClaims());
        const AssertionCheck result = AssertionVerifier::verify(token, keys, policy(), kNow);
        QCOMPARE(result.failure, Failure::UnknownKey);
        QVERIFY2(result.reason.contains(u"1024 bits"_s), qPrintable(result.reason));
    }

    void criticalHeaderRefused()
    {
        const QByteArray token = sign(m_rsa.get(), {{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rsa-1"_s}}, goodClaims());
        const QList<QByteArray> parts = token.split('.');
        const QByteArray header = base64url(R"({"alg":"RS256","kid":"rsa-1","crit":["exp"],"exp":1})");
        const AssertionCheck result = check(header + '.' + parts.at(1) + '.' + parts.at(2));
        QCOMPARE(result.failure, Failure::Malformed);
        QVERIFY(result.reason.contains(u"\"crit\""_s));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray header = base64url(R"({"alg":"RS256","kid":"rsa-1"})");
        const QByteArray payload = base64url(compact(goodClaims()));
        const QByteArray signature = base64url(QByteArray(256, 's'));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one dot") << QByteArray(".");
        QTest::newRow("two dots") << QByteArray("..");
        QTest::newRow("two parts") << header + '.' + payload;
        QTest::newRow("four parts") << header + '.' + payload + '.' + signature + '.' + signature;
        QTest::newRow("five parts (a JWE)")
            << header + '.' + payload + '.' + signature + '.' + signature + '.' + signature;
        QTest::newRow("bad base64url header") << QByteArray("!!!.") + payload + '.' + signature;
        QTest::newRow("padded header") << base64url(R"({"alg":"RS256"})") + "==." + payload + '.' + signature;
        QTest::newRow("standard base64 signature") << header + '.' + payload + ".ab+/cd";
        QTest::newRow("impossible base64 length") << header + '.' + payload + ".abcde";
        QTest::newRow("header not JSON") << base64url("not json") + '.' + payload + '.' + signature;
        QTest::newRow("header an array") << base64url("[\"RS256\"]") + '.' + payload + '.' + signature;
        QTest::newRow("header without alg") << base64url(R"({"kid":"rsa-1"})") + '.' + payload + '.' + signature;
        QTest::newRow("alg not a string") << base64url(R"({"alg":256})") + '.' + payload + '.' + signature;
        QTest::newRow("kid not a string") << base64url(R"({"alg":"RS256","kid":7})") + '.' + payload + '.' + signature;
        QTest::newRow("payload not JSON") << header + '.' + base64url("claims") + '.' + signature;
        QTest::newRow("payload a string") << header + '.' + base64url("\"claims\"") + '.' + signature;
        QTest::newRow("empty payload") << header + ".." + signature;
        QTest::newRow("nul bytes") << QByteArray("\0.\0.\0", 5);
        QTest::newRow("spaces") << QByteArray(" . . ");
        QTest::newRow("over 16 KiB") << header + '.' + QByteArray(16 * 1024, 'A') + '.' + signature;
        QTest::newRow("huge") << QByteArray(1024 * 1024, '.');
    }

    void garbage()
    {
        QFETCH(QByteArray, token);
        const AssertionCheck result = check(token);
        QCOMPARE(result.failure, Failure::Malformed);
        QVERIFY(!result.ok());
        QVERIFY(!result.reason.isEmpty());
        QVERIFY(result.claims.isEmpty());
    }

    void emptySignatureWithAGoodAlgorithm()
    {
        const QList<QByteArray> parts = rsToken(goodClaims()).split('.');
        QCOMPARE(check(parts.at(0) + '.' + parts.at(1) + '.').failure, Failure::BadSignature);
        const QByteArray es = sign(m_ec.get(), {{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"ec-1"_s}}, goodClaims());
        const QList<QByteArray> esParts = es.split('.');
        const QByteArray shortSignature = base64url(QByteArray(63, 'x'));
        QCOMPARE(check(esParts.at(0) + '.' + esParts.at(1) + '.' + shortSignature).failure, Failure::BadSignature);
    }

    void badKeySet_data()
    {
        QTest::addColumn<QByteArray>("keys");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("<html>Not Found</html>");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no keys") << QByteArray("{}");
        QTest::newRow("keys an object") << QByteArray(R"({"keys":{"kid":"rsa-1"}})");
        QTest::newRow("truncated") << m_keys.left(m_keys.size() / 2);
    }

    void badKeySet()
    {
        QFETCH(QByteArray, keys);
        const AssertionCheck result = AssertionVerifier::verify(rsToken(goodClaims()), keys, policy(), kNow);
        QCOMPARE(result.failure, Failure::BadKeySet);
        QVERIFY(result.reason.contains(u"\"keys\""_s));
    }

    void brokenKeysInTheSet()
    {
        // Keys that are not objects or lack members are skipped; the good key still verifies.
        QJsonObject noModulus = publicJwk(m_otherRsa.get(), u"rsa-1"_s);
        noModulus.remove(u"n"_s);
        QJsonObject badModulus = publicJwk(m_otherRsa.get(), u"rsa-1"_s);
        badModulus.insert(u"n"_s, u"!!not base64url!!"_s);
        QJsonArray keys{42, u"key"_s, QJsonValue(), noModulus, badModulus, publicJwk(m_rsa.get(), u"rsa-1"_s)};
        const QByteArray set = compact(QJsonObject{{u"keys"_s, keys}});
        const AssertionCheck result = AssertionVerifier::verify(rsToken(goodClaims()), set, policy(), kNow);
        QVERIFY2(result.ok(), qPrintable(result.reason));

        keys.removeLast();
        const QByteArray broken = compact(QJsonObject{{u"keys"_s, keys}});
        const AssertionCheck refused = AssertionVerifier::verify(rsToken(goodClaims()), broken, policy(), kNow);
        QCOMPARE(refused.failure, Failure::UnknownKey);
        QVERIFY2(refused.reason.contains(u"\"n\""_s), qPrintable(refused.reason));
    }
};

QTEST_GUILESS_MAIN(TestAssertionVerifier)
#include "tst_assertionverifier.moc"
