// The discovery documents say exactly what works: every capability /ServiceProviderConfig
// advertises is exercised over HTTP, every endpoint /ResourceTypes lists answers, and every
// writable attribute /Schemas lists is stored and returned.

#include "receiver/receiver.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

/// A sample value for an attribute of `type`.
QJsonValue sample(const QJsonObject &attr, int n)
{
    const QString type = attr.value("type"_L1).toString();
    if (type == "boolean"_L1)
        return true;
    if (type == "integer"_L1 || type == "decimal"_L1)
        return n;
    if (type == "dateTime"_L1)
        return u"2026-02-03T04:05:06Z"_s;
    if (type == "binary"_L1)
        return u"TUlJQ2dqQ0NBZXVnQXdJQkFnSUJBREFOQmdrcWhraUc5dzBCQVFVRkFEQ"_s;
    if (type == "reference"_L1)
        return u"https://example.com/ref/%1"_s.arg(n);
    const QJsonArray canonical = attr.value("canonicalValues"_L1).toArray();
    return canonical.isEmpty() ? QJsonValue(u"v%1"_s.arg(n)) : canonical.first();
}

bool writable(const QJsonObject &attr)
{
    const QString m = attr.value("mutability"_L1).toString();
    return m == "readWrite"_L1 || m == "immutable"_L1;
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token;
    std::unique_ptr<Receiver> m_receiver;
    QJsonObject m_spc;
    static constexpr qint64 kBodyLimit = 64 * 1024;

    HttpClient client() const { return HttpClient(m_receiver->port(), m_token); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"setup"_s, &error);
        QVERIFY(store);
        m_token = TokenService(*store).create(u"caps"_s, 0, &error)->secret.toLatin1();
        store.reset();
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(m_dir.path());
        c.port = 0;
        c.maxBodyBytes = kBodyLimit;
        m_receiver = std::make_unique<Receiver>();
        m_receiver->start(c);
        QVERIFY(QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 5000));
        const Reply r = client().get("/scim/v2/ServiceProviderConfig");
        QCOMPARE(r.status, 200);
        m_spc = r.json();
    }

    void cleanupTestCase() { m_receiver.reset(); }

    void authenticationSchemes()
    {
        const QJsonArray schemes = m_spc.value("authenticationSchemes"_L1).toArray();
        QCOMPARE(schemes.size(), 1);
        QCOMPARE(schemes.at(0).toObject().value("type"_L1).toString(), u"oauthbearertoken"_s);
        QCOMPARE(client().get("/scim/v2/Users").status, 200);
        HttpClient basic(m_receiver->port());
        QCOMPARE(basic.request("GET", "/scim/v2/Users", QByteArray(), {{"Authorization", "Basic dXNlcjpwYXNz"}}).status,
                 401);
    }

    void patchIsSupported()
    {
        QVERIFY(m_spc.value("patch"_L1).toObject().value("supported"_L1).toBool());
        HttpClient c = client();
        const QByteArray id = c.request("POST", "/scim/v2/Users", R"({"userName":"cap-patch"})")
                                  .json()
                                  .value("id"_L1)
                                  .toString()
                                  .toLatin1();
        const Reply r = c.request(
            "PATCH", "/scim/v2/Users/" + id,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"title","value":"T"}]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("title"_L1).toString(), u"T"_s);
    }

    void etagIsSupported()
    {
        QVERIFY(m_spc.value("etag"_L1).toObject().value("supported"_L1).toBool());
        HttpClient c = client();
        const Reply created = c.request("POST", "/scim/v2/Users", R"({"userName":"cap-etag"})");
        const QByteArray id = created.json().value("id"_L1).toString().toLatin1();
        const QByteArray etag = created.header("etag");
        QCOMPARE(etag, created.json().value("meta"_L1).toObject().value("version"_L1).toString().toLatin1());
        QCOMPARE(c.request("GET", "/scim/v2/Users/" + id, QByteArray(), {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(c.request("DELETE", "/scim/v2/Users/" + id, QByteArray(), {{"If-Match", "W/\"99\""}}).status, 412);
        QCOMPARE(c.request("DELETE", "/scim/v2/Users/" + id, QByteArray(), {{"If-Match", etag}}).status, 204);
    }

    void sortIsSupported()
    {
        QVERIFY(m_spc.value("sort"_L1).toObject().value("supported"_L1).toBool());
        HttpClient c = client();
        for (const char *name : {"sort-b", "sort-A", "sort-c"})
            QCOMPARE(c.request("POST", "/scim/v2/Users", QByteArray("{\"userName\":\"") + name + "\"}").status, 201);
        auto names = [&](const QByteArray &query) {
            QStringList out;
            for (const auto &r :
                 c.get("/scim/v2/Users?filter=userName+sw+%22sort-%22&" + query).json().value("Resources"_L1).toArray())
                out.append(r.toObject().value("userName"_L1).toString());
            return out;
        };
        QCOMPARE(names("sortBy=userName"), (QStringList{u"sort-A"_s, u"sort-b"_s, u"sort-c"_s}));
        QCOMPARE(names("sortBy=userName&sortOrder=descending"), (QStringList{u"sort-c"_s, u"sort-b"_s, u"sort-A"_s}));
        QCOMPARE(names("sortBy=userName&sortOrder=descending&startIndex=2&count=1"), QStringList{u"sort-b"_s});
        QCOMPARE(c.get("/scim/v2/Users?sortBy=shoeSize").status, 400);
        QCOMPARE(c.get("/scim/v2/Users?sortBy=userName&sortOrder=sideways").status, 400);
    }

    void filterIsSupportedUpToMaxResults()
    {
        const QJsonObject filter = m_spc.value("filter"_L1).toObject();
        QVERIFY(filter.value("supported"_L1).toBool());
        const int maxResults = filter.value("maxResults"_L1).toInt();
        QVERIFY(maxResults > 0);
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"fill"_s, &error);
        QVERIFY(store->begin());
        for (int i = 0; i <= maxResults; ++i) {
            Resource r;
            r.id = u"bulkfill-%1"_s.arg(i);
            r.data = QJsonObject{{u"userName"_s, r.id}};
            r.created = r.lastModified = QDateTime::currentDateTimeUtc();
            QVERIFY(store->resources().insert(ResourceKind::User, r));
        }
        QVERIFY(store->commit());
        store.reset();
        const Reply r = client().get("/scim/v2/Users?filter=userName+sw+%22bulkfill-%22&count="
                                     + QByteArray::number(maxResults * 2));
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), maxResults + 1);
        QCOMPARE(r.json().value("itemsPerPage"_L1).toInt(), maxResults);
    }

    void bulkIsSupportedWithinItsLimits()
    {
        const QJsonObject bulk = m_spc.value("bulk"_L1).toObject();
        QVERIFY(bulk.value("supported"_L1).toBool());
        QCOMPARE(bulk.value("maxPayloadSize"_L1).toInteger(), kBodyLimit);
        const int maxOperations = bulk.value("maxOperations"_L1).toInt();
        HttpClient c = client();
        const Reply ok
            = c.request("POST", "/scim/v2/Bulk", R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
            "Operations":[{"method":"POST","path":"/Groups","bulkId":"g","data":{"displayName":"Bulk group","members":[{"value":"bulkId:u"}]}},
                          {"method":"POST","path":"/Users","bulkId":"u","data":{"userName":"bulk-user"}}]})");
        QCOMPARE(ok.status, 200);
        const QJsonArray results = ok.json().value("Operations"_L1).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value("status"_L1).toString(), u"201"_s);
        QCOMPARE(results.at(1).toObject().value("status"_L1).toString(), u"201"_s);
        const QString groupLocation = results.at(0).toObject().value("location"_L1).toString();
        const QString userLocation = results.at(1).toObject().value("location"_L1).toString();
        const QJsonObject group = c.get(QUrl(groupLocation).path().toLatin1()).json();
        QCOMPARE(group.value("members"_L1).toArray().at(0).toObject().value("value"_L1).toString(),
                 userLocation.section(u'/', -1));

        QJsonArray many;
        for (int i = 0; i <= maxOperations; ++i)
            many.append(QJsonObject{{u"method"_s, u"DELETE"_s}, {u"path"_s, u"/Users/x"_s}});
        const QJsonObject tooMany{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                                  {u"Operations"_s, many}};
        QCOMPARE(c.post("/scim/v2/Bulk", tooMany).status, 413);
        QJsonObject big{{u"userName"_s, u"x"_s}, {u"title"_s, QString(kBodyLimit, u'x')}};
        const QJsonObject tooBig{
            {u"Operations"_s,
             QJsonArray{QJsonObject{
                 {u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s}, {u"bulkId"_s, u"x"_s}, {u"data"_s, big}}}}};
        QCOMPARE(client().post("/scim/v2/Bulk", tooBig).status, 413);
    }

    void searchWithPost()
    {
        HttpClient c = client();
        QCOMPARE(c.request("POST", "/scim/v2/Users", R"({"userName":"search-me"})").status, 201);
        const QByteArray request = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
            "filter":"userName eq \u0022search-me\u0022","attributes":["userName"],"startIndex":1,"count":10})";
        Reply r = c.request("POST", "/scim/v2/Users/.search", request);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 1);
        const QJsonObject found = r.json().value("Resources"_L1).toArray().at(0).toObject();
        QCOMPARE(found.value("userName"_L1).toString(), u"search-me"_s);
        QVERIFY(!found.contains("meta"_L1)); // only what `attributes` asked for, plus id and schemas
        r = c.request("POST", "/scim/v2/.search", request);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalResults"_L1).toInt(), 1);
        QCOMPARE(c.request("POST", "/scim/v2/Groups/.search", R"({"filter":"displayName eq \u0022none\u0022"})")
                     .json()
                     .value("totalResults"_L1)
                     .toInt(),
                 0);
        QCOMPARE(c.get("/scim/v2/.search").status, 405);
        QCOMPARE(c.request("POST", "/scim/v2/Users/.search", R"({"count":"ten"})").status, 400);
    }

    void attributesShapeWriteResponses()
    {
        HttpClient c = client();
        const Reply r = c.request("POST", "/scim/v2/Users?attributes=userName", R"({"userName":"shaped","title":"T"})");
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().contains("userName"_L1));
        QVERIFY(!r.json().contains("title"_L1));
        QVERIFY(r.json().contains("id"_L1));
    }

    void changePasswordIsNotSupported()
    {
        QVERIFY(!m_spc.value("changePassword"_L1).toObject().value("supported"_L1).toBool(true));
        HttpClient c = client();
        const QByteArray id = c.request("POST", "/scim/v2/Users", R"({"userName":"cap-pw","password":"Initial1!"})")
                                  .json()
                                  .value("id"_L1)
                                  .toString()
                                  .toLatin1();
        c.request(
            "PATCH", "/scim/v2/Users/" + id,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"Changed1!"}]})");
        const Reply r = c.get("/scim/v2/Users/" + id + "?attributes=password");
        QVERIFY(!r.json().contains("password"_L1)); // never kept, never returned
    }

    void everyResourceTypeEndpointAnswers()
    {
        HttpClient c = client();
        const QJsonArray types = c.get("/scim/v2/ResourceTypes").json().value("Resources"_L1).toArray();
        QCOMPARE(types.size(), 2);
        QSet<QString> schemaIds;
        for (const auto &s : c.get("/scim/v2/Schemas").json().value("Resources"_L1).toArray())
            schemaIds.insert(s.toObject().value("id"_L1).toString());
        for (const auto &t : types) {
            const QJsonObject type = t.toObject();
            QCOMPARE(c.get("/scim/v2" + type.value("endpoint"_L1).toString().toLatin1()).status, 200);
            QVERIFY(schemaIds.contains(type.value("schema"_L1).toString()));
            for (const auto &ext : type.value("schemaExtensions"_L1).toArray())
                QVERIFY(schemaIds.contains(ext.toObject().value("schema"_L1).toString()));
            QCOMPARE(c.get("/scim/v2/ResourceTypes/" + type.value("name"_L1).toString().toLatin1()).status, 200);
        }
    }

    void everyWritableUserAttributeIsKept()
    {
        HttpClient c = client();
        const QJsonObject userSchema = c.get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").json();
        const QJsonObject enterprise
            = c.get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").json();
        QJsonObject user{{u"userName"_s, u"every-attribute"_s}};
        QJsonObject ext;
        int n = 0;
        auto fill = [&](const QJsonObject &schemaDoc, QJsonObject &into) {
            for (const auto &a : schemaDoc.value("attributes"_L1).toArray()) {
                const QJsonObject attr = a.toObject();
                const QString name = attr.value("name"_L1).toString();
                if (!writable(attr) || into.contains(name) || attr.value("returned"_L1).toString() == "never"_L1)
                    continue;
                QJsonValue v;
                if (attr.value("type"_L1).toString() == "complex"_L1) {
                    QJsonObject o;
                    for (const auto &sa : attr.value("subAttributes"_L1).toArray())
                        if (writable(sa.toObject()))
                            o.insert(sa.toObject().value("name"_L1).toString(), sample(sa.toObject(), ++n));
                    v = o;
                } else {
                    v = sample(attr, ++n);
                }
                into.insert(name, attr.value("multiValued"_L1).toBool() ? QJsonValue(QJsonArray{v}) : v);
            }
        };
        fill(userSchema, user);
        fill(enterprise, ext);
        user.insert(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s, ext);
        const Reply created = c.post("/scim/v2/Users", user);
        QCOMPARE(created.status, 201);
        const QJsonObject back = c.get("/scim/v2/Users/" + created.json().value("id"_L1).toString().toLatin1()).json();
        for (auto it = user.begin(); it != user.end(); ++it)
            QVERIFY2(back.value(it.key()) == it.value(), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
