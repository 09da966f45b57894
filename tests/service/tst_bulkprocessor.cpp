// Bulk requests (RFC 7644 §3.7): bulkId references in any order, failOnErrors, per-operation
// results, and refusals of the request as a whole.

#include "service/bulkprocessor.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

QJsonObject bulk(const QJsonArray &operations, int failOnErrors = 0)
{
    QJsonObject b{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                  {u"Operations"_s, operations}};
    if (failOnErrors > 0)
        b.insert(u"failOnErrors"_s, failOnErrors);
    return b;
}

QJsonObject op(const QString &method, const QString &path, const QString &bulkId = QString(),
               const QJsonObject &data = {})
{
    QJsonObject o{{u"method"_s, method}, {u"path"_s, path}};
    if (!bulkId.isEmpty())
        o.insert(u"bulkId"_s, bulkId);
    if (!data.isEmpty())
        o.insert(u"data"_s, data);
    return o;
}

QStringList statuses(const ScimOutcome &o)
{
    QStringList out;
    for (const auto &r : o.body.value("Operations"_L1).toArray())
        out.append(r.toObject().value("status"_L1).toString());
    return out;
}

} // namespace

class TestBulkProcessor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;

    ScimOutcome run(const QJsonObject &body) { return BulkProcessor(*m_service).process(body); }

private Q_SLOTS:
    void initTestCase() { SCIMMON_REQUIRE_STORE_BACKEND(); }

    void init()
    {
        m_service.reset();
        m_store.reset();
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, u"http://h/scim/v2"_s);
    }

    void forwardReferenceRunsTheCreatorFirst()
    {
        const auto o = run(bulk({op(u"POST"_s, u"/Groups"_s, u"g"_s,
                                    QJsonObject{{u"displayName"_s, u"Team"_s},
                                                {u"members"_s,
                                                 QJsonArray{QJsonObject{{u"value"_s, u"bulkId:a"_s}},
                                                            QJsonObject{{u"value"_s, u"bulkId:b"_s}}}}}),
                                 op(u"POST"_s, u"/Users"_s, u"a"_s, QJsonObject{{u"userName"_s, u"a"_s}}),
                                 op(u"POST"_s, u"/Users"_s, u"b"_s, QJsonObject{{u"userName"_s, u"b"_s}})}));
        QCOMPARE(o.status, 200);
        QCOMPARE(statuses(o), (QStringList{u"201"_s, u"201"_s, u"201"_s}));
        // results are in request order, each with its bulkId, location and version
        const QJsonObject first = o.body.value("Operations"_L1).toArray().at(0).toObject();
        QCOMPARE(first.value("bulkId"_L1).toString(), u"g"_s);
        QVERIFY(first.value("location"_L1).toString().startsWith(u"http://h/scim/v2/Groups/"_s));
        QCOMPARE(first.value("version"_L1).toString(), u"W/\"1\""_s);
        const QString groupId = first.value("location"_L1).toString().section(u'/', -1);
        QCOMPARE((*m_store)->resources().memberCount(groupId), 2);
    }

    void referenceInAPathAndLaterOperations()
    {
        const auto o = run(
            bulk({op(u"POST"_s, u"/Users"_s, u"u"_s, QJsonObject{{u"userName"_s, u"u"_s}}),
                  op(u"PATCH"_s, u"/Users/bulkId:u"_s, QString(),
                     QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                                 {u"Operations"_s,
                                  QJsonArray{QJsonObject{
                                      {u"op"_s, u"Replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, u"False"_s}}}}}),
                  op(u"DELETE"_s, u"/Users/bulkId:u"_s)}));
        QCOMPARE(statuses(o), (QStringList{u"201"_s, u"200"_s, u"204"_s}));
        QCOMPARE((*m_store)->resources().count(ResourceKind::User, ResourceQuery{}), 0);
    }

    void unknownAndCircularReferencesFail()
    {
        const auto unknown
            = run(bulk({op(u"POST"_s, u"/Groups"_s, u"g"_s,
                           QJsonObject{{u"displayName"_s, u"G"_s},
                                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"bulkId:nope"_s}}}}})}));
        QCOMPARE(statuses(unknown), QStringList{u"400"_s});
        QVERIFY(unknown.body.value("Operations"_L1)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("response"_L1)
                    .toObject()
                    .value("detail"_L1)
                    .toString()
                    .contains(u"nope"_s));
        const auto circular
            = run(bulk({op(u"POST"_s, u"/Groups"_s, u"x"_s,
                           QJsonObject{{u"displayName"_s, u"X"_s},
                                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"bulkId:y"_s}}}}}),
                        op(u"POST"_s, u"/Groups"_s, u"y"_s,
                           QJsonObject{{u"displayName"_s, u"Y"_s},
                                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"bulkId:x"_s}}}}})}));
        QCOMPARE(statuses(circular), (QStringList{u"409"_s, u"409"_s}));
        QCOMPARE((*m_store)->resources().count(ResourceKind::Group, ResourceQuery{}), 0);
    }

    void failOnErrorsStopsTheRest()
    {
        const auto o = run(bulk({op(u"POST"_s, u"/Users"_s, u"1"_s, QJsonObject{{u"userName"_s, u"dup"_s}}),
                                 op(u"POST"_s, u"/Users"_s, u"2"_s, QJsonObject{{u"userName"_s, u"DUP"_s}}),
                                 op(u"DELETE"_s, u"/Users/missing"_s),
                                 op(u"POST"_s, u"/Users"_s, u"4"_s, QJsonObject{{u"userName"_s, u"never"_s}})},
                                2));
        QCOMPARE(statuses(o), (QStringList{u"201"_s, u"409"_s, u"404"_s}));
        QCOMPARE((*m_store)->resources().count(ResourceKind::User, ResourceQuery{}), 1);
        // without failOnErrors every operation runs
        const auto all = run(bulk({op(u"DELETE"_s, u"/Users/missing"_s),
                                   op(u"POST"_s, u"/Users"_s, u"5"_s, QJsonObject{{u"userName"_s, u"five"_s}})}));
        QCOMPARE(statuses(all), (QStringList{u"404"_s, u"201"_s}));
    }

    void versionIsAPrecondition()
    {
        const auto created = m_service->create(ResourceKind::User, QJsonObject{{u"userName"_s, u"v"_s}});
        QJsonObject stale = op(u"DELETE"_s, u"/Users/"_s + created.resourceId);
        stale.insert(u"version"_s, u"W/\"5\""_s);
        QCOMPARE(statuses(run(bulk({stale}))), QStringList{u"412"_s});
    }

    void malformedRequests()
    {
        QCOMPARE(run(QJsonObject{{u"schemas"_s, QJsonArray{}}}).status, 400);
        QCOMPARE(run(QJsonObject{{u"Operations"_s, QJsonArray{}}, {u"failOnErrors"_s, -1}}).status, 400);
        const auto badOps
            = run(bulk({op(u"GET"_s, u"/Users"_s), op(u"POST"_s, u"/Users"_s), op(u"POST"_s, u"/Nothing"_s, u"n"_s)}));
        QCOMPARE(statuses(badOps), (QStringList{u"400"_s, u"400"_s, u"400"_s}));
        QJsonArray many;
        for (int i = 0; i <= BulkProcessor::kMaxOperations; ++i)
            many.append(op(u"DELETE"_s, u"/Users/x"_s));
        QCOMPARE(run(bulk(many)).status, 413);
    }
};

QTEST_GUILESS_MAIN(TestBulkProcessor)
#include "tst_bulkprocessor.moc"
