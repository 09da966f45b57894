// Filter parsing and evaluation (RFC 7644 §3.4.2.2) as Entra ID and Okta use it.

#include "scim/filter.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

class TestFilter : public QObject
{
    Q_OBJECT

    QJsonObject user() const
    {
        return obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
            "id":"2819c223-7f76-453a-919d-413861904646","externalId":"bjensen-ext",
            "userName":"Bjensen@Example.com","displayName":"Babs Jensen","active":true,
            "name":{"givenName":"Barbara","familyName":"Jensen"},
            "emails":[{"type":"work","value":"bjensen@example.com","primary":true},
                      {"type":"home","value":"babs@jensen.org"}],
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984","manager":{"value":"26118915"}},
            "meta":{"created":"2026-01-10T08:00:00.000Z","lastModified":"2026-03-01T12:30:00.000Z"}})");
    }

    bool match(const QString &text, ResourceKind kind = ResourceKind::User)
    {
        auto f = Filter::parse(kind, text);
        if (!f) {
            qWarning("unexpected parse error for %s: %s", qPrintable(text), qPrintable(f.error().detail));
            return false;
        }
        return f.value().matches(user());
    }

private Q_SLOTS:
    void userNameEqIgnoresCase()
    {
        // userName is caseExact=false (RFC 7643 §4.1.1); Okta's SPEC test looks it up upper-cased.
        QVERIFY(match(u"userName eq \"bjensen@example.com\""_s));
        QVERIFY(match(u"userName eq \"BJENSEN@EXAMPLE.COM\""_s));
        QVERIFY(!match(u"userName eq \"bjensen\""_s));
    }

    void idAndExternalIdAreCaseExact()
    {
        QVERIFY(match(u"externalId eq \"bjensen-ext\""_s));
        QVERIFY(!match(u"externalId eq \"BJENSEN-EXT\""_s));
        QVERIFY(match(u"id eq \"2819c223-7f76-453a-919d-413861904646\""_s));
        QVERIFY(!match(u"id eq \"2819C223-7F76-453A-919D-413861904646\""_s));
    }

    void attributeNamesInAnyCase()
    {
        QVERIFY(match(u"USERNAME eq \"bjensen@example.com\""_s));
        QVERIFY(match(u"name.FamilyName eq \"Jensen\""_s));
        QVERIFY(match(u"ActiVe eq true"_s));
    }

    void andIsNotTruncated()
    {
        QVERIFY(match(u"userName eq \"bjensen@example.com\" and externalId eq \"bjensen-ext\""_s));
        QVERIFY(!match(u"userName eq \"bjensen@example.com\" and externalId eq \"other\""_s));
        QVERIFY(!match(u"userName eq \"bjensen@example.com\" and active eq true and externalId eq \"x\""_s));
    }

    void entraWorkEmailFilter()
    {
        QVERIFY(match(u"emails[type eq \"work\"].value eq \"bjensen@example.com\""_s));
        QVERIFY(match(u"emails[type eq \"work\"].value eq \"BJensen@Example.com\""_s));
        // the home address is not the work address
        QVERIFY(!match(u"emails[type eq \"work\"].value eq \"babs@jensen.org\""_s));
        QVERIFY(match(u"emails.value eq \"babs@jensen.org\""_s));
    }

    void valuePathWithAndInside()
    {
        QVERIFY(match(u"emails[type eq \"work\" and primary eq true]"_s));
        QVERIFY(!match(u"emails[type eq \"home\" and primary eq true]"_s));
    }

    void orNotAndGrouping()
    {
        QVERIFY(match(
            u"name.familyName eq \"Jensen\" and (emails.value co \"example.org\" or emails.value co \"example.com\")"_s));
        QVERIFY(!match(
            u"name.familyName eq \"Jensen\" and (emails.value co \"example.org\" or emails.value co \"nowhere\")"_s));
        QVERIFY(match(u"not (userName eq \"someone\")"_s));
        QVERIFY(!match(u"not (userName eq \"bjensen@example.com\")"_s));
        // and binds tighter than or
        QVERIFY(match(u"userName eq \"x\" and active eq false or displayName eq \"Babs Jensen\""_s));
    }

    void substringOperators()
    {
        QVERIFY(match(u"userName sw \"bjen\""_s));
        QVERIFY(match(u"userName ew \"EXAMPLE.COM\""_s));
        QVERIFY(match(u"displayName co \"bs je\""_s));
        QVERIFY(!match(u"displayName sw \"Jensen\""_s));
    }

    void presentAndNotEqual()
    {
        QVERIFY(match(u"title pr"_s) == false);
        QVERIFY(match(u"displayName pr"_s));
        QVERIFY(match(u"title ne \"Boss\""_s));
        QVERIFY(!match(u"displayName ne \"babs jensen\""_s));
    }

    void typedComparisons()
    {
        QVERIFY(match(u"meta.lastModified gt \"2026-02-01T00:00:00Z\""_s));
        QVERIFY(!match(u"meta.lastModified lt \"2026-02-01T00:00:00Z\""_s));
        // .NET sends seven fraction digits and an offset, unquoted (Entra's reference collection)
        QVERIFY(match(u"meta.Created gt 2015-10-10T14:38:21.8617979-07:00"_s));
        QVERIFY(match(u"meta.created ge \"2026-01-10T09:00:00+01:00\""_s)); // the same instant
        QVERIFY(match(u"active eq \"True\""_s));
        QVERIFY(!match(u"active eq false"_s));
    }

    void extensionAttributes()
    {
        QVERIFY(match(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\""_s));
        QVERIFY(match(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915\""_s));
        QVERIFY(match(u"urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bjensen@example.com\""_s));
    }

    void quotedValuesWithSpacesEscapesAndUnicode()
    {
        QJsonObject u = user();
        u.insert(u"displayName"_s, u"Zoë \"Babs\" Ångström"_s);
        auto f = Filter::parse(ResourceKind::User, u"displayName eq \"zoë \\\"babs\\\" ångström\""_s);
        QVERIFY(f);
        QVERIFY(f.value().matches(u));
        auto g = Filter::parse(ResourceKind::User, u"displayName eq \"Zo\\u00eb \\\"Babs\\\" \\u00c5ngstr\\u00f6m\""_s);
        QVERIFY(g);
        QVERIFY(g.value().matches(u));
    }

    void unquotedSingleWordValue()
    {
        // Entra's older sample: filter=externalId eq jyoung
        QVERIFY(match(u"externalId eq bjensen-ext"_s));
    }

    void invalidFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("empty") << u"   "_s << u"empty"_s;
        QTest::newRow("no operator") << u"userName \"x\""_s << u"comparison operator"_s;
        QTest::newRow("unknown operator") << u"userName like \"x\""_s << u"comparison operator"_s;
        QTest::newRow("missing value") << u"userName eq"_s << u"a value"_s;
        QTest::newRow("unterminated string") << u"userName eq \"abc"_s << u"unterminated"_s;
        QTest::newRow("unbalanced paren") << u"(userName eq \"a\""_s << u"')'"_s;
        QTest::newRow("trailing junk") << u"userName eq \"a\" \"b\""_s << u"'and', 'or'"_s;
        QTest::newRow("unclosed value path") << u"emails[type eq \"work\""_s << u"']'"_s;
        QTest::newRow("boolean with gt") << u"active gt true"_s << u"boolean"_s;
        QTest::newRow("bad dateTime") << u"meta.created gt \"yesterday\""_s << u"dateTime"_s;
        QTest::newRow("complex compared whole") << u"name eq \"x\""_s << u"complex"_s;
        QTest::newRow("nested value path") << u"emails[type[value eq \"x\"]]"_s << u"nested"_s;
    }

    void invalidFilters()
    {
        QFETCH(QString, text);
        QFETCH(QString, detailPart);
        auto f = Filter::parse(ResourceKind::User, text);
        QVERIFY(!f);
        QCOMPARE(f.error().status, 400);
        QCOMPARE(f.error().scimType, u"invalidFilter"_s);
        QVERIFY2(f.error().detail.contains(detailPart, Qt::CaseInsensitive), qPrintable(f.error().detail));
    }

    void deepNestingIsRefusedNotACrash()
    {
        const QString deep = QString(10000, u'(') + u"userName eq \"a\""_s + QString(10000, u')');
        auto f = Filter::parse(ResourceKind::User, deep);
        QVERIFY(!f);
        QCOMPARE(f.error().scimType, u"invalidFilter"_s);
        QVERIFY(f.error().detail.contains(u"levels"_s));
        QString nots;
        for (int i = 0; i < 6000; ++i)
            nots += u"not("_s;
        QVERIFY(!Filter::parse(ResourceKind::User, nots + u"active eq true"_s + QString(6000, u')')));
        // 32 levels are still fine
        QVERIFY(match(QString(31, u'(') + u"userName eq \"bjensen@example.com\""_s + QString(31, u')')));
    }

    void tooManyComparisonsAreRefused()
    {
        QStringList terms;
        for (int i = 0; i < 300; ++i)
            terms.append(u"userName eq \"u%1\""_s.arg(i));
        auto f = Filter::parse(ResourceKind::User, terms.join(u" or "_s));
        QVERIFY(!f);
        QCOMPARE(f.error().scimType, u"invalidFilter"_s);
        QVERIFY(Filter::parse(ResourceKind::User, terms.mid(0, 200).join(u" or "_s)));
    }

    void unknownAttributesAreInvalidFilters()
    {
        for (const QString &text :
             {u"usrName eq \"x\""_s, u"name.nickname eq \"x\""_s, u"emails[kind eq \"work\"]"_s,
              u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:shoeSize eq \"9\""_s}) {
            auto f = Filter::parse(ResourceKind::User, text);
            QVERIFY2(!f, qPrintable(text));
            QCOMPARE(f.error().scimType, u"invalidFilter"_s);
            QVERIFY2(f.error().detail.contains(u"is not one"_s), qPrintable(f.error().detail));
        }
        // attributes of a custom extension the server does not know are filterable
        QVERIFY(Filter::parse(ResourceKind::User, u"urn:contoso:scim:1.0:User:badge eq \"7\""_s));
        // and so is an extension attribute named without its URN, as Entra's older samples do
        QVERIFY(match(u"manager.value eq \"26118915\""_s));
    }

    void groupDisplayNameIgnoresCase()
    {
        const QJsonObject group
            = obj(R"({"id":"g1","displayName":"Finance Team","members":[{"value":"u1","type":"User"}]})");
        auto f = Filter::parse(ResourceKind::Group, u"displayName eq \"finance team\""_s);
        QVERIFY(f);
        QVERIFY(f.value().matches(group));
        auto m = Filter::parse(ResourceKind::Group, u"members[value eq \"u1\"]"_s);
        QVERIFY(m);
        QVERIFY(m.value().matches(group));
        auto n = Filter::parse(ResourceKind::Group, u"members.value eq \"u2\""_s);
        QVERIFY(n);
        QVERIFY(!n.value().matches(group));
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
