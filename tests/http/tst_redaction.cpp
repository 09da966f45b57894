// What the request log keeps never holds a secret.

#include "http/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationHeader()
    {
        const QString text = Redaction::headers({{"Host", "x"}, {"authorization", "Bearer abc.def-secret"}});
        QVERIFY(text.contains(u"authorization: Bearer [redacted]"_s));
        QVERIFY(!text.contains(u"abc.def-secret"_s));
        QVERIFY(text.contains(u"Host: x"_s));
        QCOMPARE(Redaction::authorization("tokenwithoutscheme"), QByteArray("[redacted]"));
    }

    void passwordsInBodies()
    {
        const QString create = Redaction::body(R"({"userName":"u","password":"S3cret!","nested":{"Password":"x2"}})");
        QVERIFY(!create.contains(u"S3cret!"_s));
        QVERIFY(!create.contains(u"x2"_s));
        QVERIFY(create.contains(u"[redacted]"_s));
        QVERIFY(create.contains(u"\"userName\":\"u\""_s));
        const QString patch = Redaction::body(
            R"({"Operations":[{"op":"replace","path":"password","value":"N3w!"},{"op":"replace","path":"title","value":"T"}]})");
        QVERIFY(!patch.contains(u"N3w!"_s));
        QVERIFY(patch.contains(u"\"value\":\"T\""_s));
        QVERIFY(!Redaction::body("password=hunter2 (not JSON)").contains(u"hunter2"_s));
    }

    void passwordsInAnyCaseOrEscaped()
    {
        for (
            const QByteArray &body :
            {QByteArray(R"({"userName":"u","PASSWORD":"Leak1"})"), QByteArray(R"({"userName":"u","PassWord":"Leak1"})"),
             QByteArray(R"({"userName":"u","p\u0061ssword":"Leak1"})"),
             QByteArray(R"({"Operations":[{"op":"replace","path":"PASSWORD","value":"Leak1"}]})"),
             QByteArray(R"({"Operations":[{"op":"replace","value":{"Password":"Leak1"}}]})"),
             QByteArray(
                 R"({"Operations":[{"op":"replace","path":"urn:ietf:params:scim:schemas:core:2.0:User:password","value":"Leak1"}]})")}) {
            const QString kept = Redaction::body(body);
            QVERIFY2(!kept.contains(u"Leak1"_s), body.constData());
            QVERIFY(kept.contains(u"[redacted]"_s));
        }
        QVERIFY(!Redaction::body("PASSWORD=Leak1").contains(u"Leak1"_s));
    }

    void bodiesWithoutPasswordsAreKeptAsSent()
    {
        const QByteArray sent = "{ \"userName\" : \"u\",\n  \"active\": true }";
        QCOMPARE(Redaction::body(sent), QString::fromUtf8(sent));
    }

    void longBodiesAreCut()
    {
        const QByteArray big(Redaction::kMaxBodyBytes + 100, 'a');
        const QString kept = Redaction::body(big);
        QVERIFY(kept.size() < big.size());
        QVERIFY(kept.contains(u"100 more bytes"_s));
    }

    void accessTokenInTheQuery()
    {
        QCOMPARE(Redaction::path(u"/scim/v2/Users?access_token=abc123&count=1"_s),
                 u"/scim/v2/Users?access_token=[redacted]&count=1"_s);
        QCOMPARE(Redaction::path(u"/scim/v2/Users?count=1&ACCESS%5FTOKEN=abc"_s),
                 u"/scim/v2/Users?count=1&ACCESS%5FTOKEN=[redacted]"_s);
        QCOMPARE(Redaction::path(u"/scim/v2/Users?filter=userName+eq+%22token%22"_s),
                 u"/scim/v2/Users?filter=userName+eq+%22token%22"_s);
        QCOMPARE(Redaction::path(u"/scim/v2/Users"_s), u"/scim/v2/Users"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
