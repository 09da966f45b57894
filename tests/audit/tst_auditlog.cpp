// The audit trail: every action is produced by the matching SCIM request or app action, in the
// same transaction as its change.

#include "audit/auditlog.h"
#include "service/localactions.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::obj;

namespace {

QJsonObject patchOps(const QString &ops)
{
    QJsonObject body{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}}};
    body.insert(u"Operations"_s, QJsonDocument::fromJson(ops.toUtf8()).array());
    return body;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_svc;

    QList<AuditEvent> events(const QString &action = QString())
    {
        AuditFilter f;
        if (!action.isEmpty())
            f.actions = {action};
        QList<AuditEvent> out;
        (*m_store)->audit().forEach(f, [&](const AuditEvent &e) {
            out.append(e);
            return true;
        });
        return out;
    }
    QString createUser(const QString &name)
    {
        return m_svc->create(ResourceKind::User, QJsonObject{{u"userName"_s, name}, {u"active"_s, true}}).resourceId;
    }
    /// Runs `sql` on a connection of its own (to install a failure trigger).
    void exec(const QString &sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inject"_s);
            db.setDatabaseName(m_store->config().sqlitePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(u"inject"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_svc.reset();
        m_store.reset();
        m_store = std::make_unique<test::TempStore>();
        m_svc = std::make_unique<ResourceService>(**m_store, u"http://h/scim/v2"_s);
        m_svc->setAuditContext(AuditContext{u"Entra ID"_s, u"req-1"_s});
    }

    void userLifecycle()
    {
        const QString id = createUser(u"ada@contoso.com"_s);
        auto created = events(u"user.created"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0].actor, u"Entra ID"_s);
        QCOMPARE(created[0].requestRef, u"req-1"_s);
        QCOMPARE(created[0].targetId, id);
        QCOMPARE(created[0].targetName, u"ada@contoso.com"_s);
        QCOMPARE(created[0].result, u"success"_s);
        QVERIFY(std::any_of(created[0].changes.begin(), created[0].changes.end(), [](const AuditChange &c) {
            return c.attribute == "userName"_L1 && c.oldValue.isUndefined();
        }));

        m_svc->patch(ResourceKind::User, id, patchOps(uR"([{"op":"Replace","path":"name.givenName","value":"Ada"}])"_s),
                     AttributeSelection(), false);
        const auto updated = events(u"user.updated"_s);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated[0].changes.size(), 1);
        QCOMPARE(updated[0].changes[0].attribute, u"name.givenName"_s);
        QCOMPARE(updated[0].changes[0].newValue.toString(), u"Ada"_s);

        // Multi-valued attributes are compared element by element, by the paths the log shows.
        m_svc->patch(
            ResourceKind::User, id,
            patchOps(
                u"[{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"ada@contoso.com\"}]"_s),
            AttributeSelection(), false);
        const auto emailed = events(u"user.updated"_s);
        QCOMPARE(emailed.size(), 2);
        const auto emailChange
            = std::find_if(emailed[1].changes.begin(), emailed[1].changes.end(),
                           [](const AuditChange &c) { return c.attribute == u"emails[type eq \"work\"].value"_s; });
        QVERIFY(emailChange != emailed[1].changes.end());
        QVERIFY(emailChange->oldValue.isUndefined());
        QCOMPARE(emailChange->newValue.toString(), u"ada@contoso.com"_s);

        m_svc->patch(ResourceKind::User, id, patchOps(uR"([{"op":"Replace","path":"active","value":"False"}])"_s),
                     AttributeSelection(), false);
        const auto deactivated = events(u"user.deactivated"_s);
        QCOMPARE(deactivated.size(), 1);
        QCOMPARE(deactivated[0].changes[0].oldValue, QJsonValue(true));
        QCOMPARE(deactivated[0].changes[0].newValue, QJsonValue(false));

        m_svc->replace(ResourceKind::User, id, QJsonObject{{u"userName"_s, u"ada@contoso.com"_s}, {u"active"_s, true}});
        QCOMPARE(events(u"user.reactivated"_s).size(), 1); // PUT that flips active is a reactivation
        m_svc->replace(ResourceKind::User, id,
                       QJsonObject{{u"userName"_s, u"ada@contoso.com"_s}, {u"active"_s, true}, {u"title"_s, u"CFO"_s}});
        QCOMPARE(events(u"user.replaced"_s).size(), 1);

        m_svc->remove(ResourceKind::User, id);
        QCOMPARE(events(u"user.deleted"_s).size(), 1);
    }

    void groupLifecycleOneEventPerMember()
    {
        const QString u1 = createUser(u"m1"_s);
        const QString u2 = createUser(u"m2"_s);
        const QString g = m_svc
                              ->create(ResourceKind::Group,
                                       QJsonObject{{u"displayName"_s, u"Finance"_s},
                                                   {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u1}}}}})
                              .resourceId;
        QCOMPARE(events(u"group.created"_s).size(), 1);
        auto added = events(u"group.member_added"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].memberId, u1);
        QCOMPARE(added[0].memberName, u"m1"_s);
        QCOMPARE(added[0].targetName, u"Finance"_s);

        const auto addTwo = m_svc->patch(
            ResourceKind::Group, g,
            patchOps(QString::fromUtf8(R"([{"op":"Add","path":"members","value":[{"value":"%1"},{"value":"%2"}]}])")
                         .arg(u1, u2)),
            AttributeSelection(), false);
        QCOMPARE(addTwo.status, 204);
        QCOMPARE(events(u"group.member_added"_s).size(), 2); // u1 was already there: only u2 is new
        QCOMPARE(events(u"group.updated"_s).size(), 0); // a membership change is not an update

        m_svc->patch(ResourceKind::Group, g,
                     patchOps(uR"([{"op":"Replace","path":"displayName","value":"Finance EMEA"}])"_s),
                     AttributeSelection(), false);
        const auto renamed = events(u"group.renamed"_s);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed[0].changes[0].oldValue.toString(), u"Finance"_s);
        m_svc->patch(ResourceKind::Group, g, patchOps(uR"([{"op":"add","path":"externalId","value":"ext-9"}])"_s),
                     AttributeSelection(), false);
        QCOMPARE(events(u"group.updated"_s).size(), 1);

        m_svc->patch(
            ResourceKind::Group, g,
            patchOps(QString::fromUtf8(R"([{"op":"Remove","path":"members","value":[{"value":"%1"}]}])").arg(u1)),
            AttributeSelection(), false);
        QCOMPARE(events(u"group.member_removed"_s).size(), 1);
        // deleting a member user ends its memberships, each one an event
        m_svc->remove(ResourceKind::User, u2);
        const auto removed = events(u"group.member_removed"_s);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed[1].memberId, u2);
        QCOMPARE(removed[1].targetId, g);
        m_svc->remove(ResourceKind::Group, g);
        QCOMPARE(events(u"group.deleted"_s).size(), 1);
    }

    void refusedChangeIsRecordedWithItsError()
    {
        createUser(u"dup"_s);
        const auto o = m_svc->create(ResourceKind::User, QJsonObject{{u"userName"_s, u"DUP"_s}});
        QCOMPARE(o.status, 409);
        const auto created = events(u"user.created"_s);
        QCOMPARE(created.size(), 2);
        QVERIFY2(created[1].result.startsWith(u"409 uniqueness: "_s), qPrintable(created[1].result));
        QVERIFY(created[1].changes.isEmpty());
    }

    void failedChangeLeavesNoEvent()
    {
        const QString id = createUser(u"steady"_s);
        const qint64 before = (*m_store)->audit().count(AuditFilter{});
        exec(u"CREATE TRIGGER fail_rename BEFORE UPDATE ON scim_users WHEN NEW.user_name = 'boom' "
             "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s);
        const auto o = m_svc->patch(ResourceKind::User, id,
                                    patchOps(uR"([{"op":"replace","path":"userName","value":"boom"}])"_s),
                                    AttributeSelection(), false);
        QCOMPARE(o.status, 500);
        QCOMPARE((*m_store)->audit().count(AuditFilter{}), before);
        QCOMPARE((*m_store)->resources().resource(ResourceKind::User, id)->data.value("userName"_L1).toString(),
                 u"steady"_s);
    }

    void eventNeverExistsWithoutItsChange()
    {
        const QString id = createUser(u"keep-me"_s);
        exec(u"CREATE TRIGGER fail_audit BEFORE INSERT ON audit_events WHEN NEW.action = 'user.deleted' "
             "BEGIN SELECT RAISE(ABORT, 'audit disk full'); END"_s);
        QCOMPARE(m_svc->remove(ResourceKind::User, id).status, 500);
        QVERIFY((*m_store)->resources().resource(ResourceKind::User, id)); // the delete was undone with its event
        QCOMPARE(events(u"user.deleted"_s).size(), 0);
    }

    void tokenActions()
    {
        TokenService tokens(**m_store);
        QString error;
        const auto t = tokens.create(u"Okta"_s, 90, &error);
        QVERIFY(t);
        const auto created = events(u"token.created"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0].actor, u"local"_s);
        QCOMPARE(created[0].targetName, u"Okta"_s);
        const auto rotated = tokens.rotate(t->record.id, 24, &error);
        QVERIFY2(rotated, qPrintable(error));
        QCOMPARE(events(u"token.rotated"_s).size(), 1);
        // the old token works during the grace period, and not after
        QVERIFY(tokens.check("Bearer " + t->secret.toLatin1()).ok());
        QCOMPARE(
            tokens.check("Bearer " + t->secret.toLatin1(), QDateTime::currentDateTimeUtc().addSecs(25 * 3600)).failure,
            AuthCheck::Failure::Expired);
        QVERIFY(tokens.check("Bearer " + rotated->secret.toLatin1(), QDateTime::currentDateTimeUtc().addDays(30)).ok());
        QVERIFY(tokens.revoke(rotated->record.id, &error));
        QCOMPARE(events(u"token.revoked"_s).size(), 1);
        // no secret is ever in the audit trail
        for (const AuditEvent &e : events())
            for (const AuditChange &c : e.changes)
                QVERIFY(!c.newValue.toString().contains(t->secret) && !c.newValue.toString().contains(rotated->secret));
    }

    void localActions()
    {
        createUser(u"x"_s);
        QVERIFY(LocalActions(**m_store).resetAllData());
        const auto reset = events(u"data.reset"_s);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset[0].actor, u"local"_s);
        QCOMPARE((*m_store)->resources().count(ResourceKind::User, ResourceQuery{}), 0);
        QVERIFY(LocalActions(**m_store).recordSettingsChange(u"receiver/listen"_s, u"127.0.0.1:8080"_s,
                                                             u"127.0.0.1:9090"_s));
        const auto settings = events(u"settings.changed"_s);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings[0].changes[0].attribute, u"receiver/listen"_s);
        const QString id = createUser(u"local-delete"_s);
        QCOMPARE(LocalActions(**m_store).deleteResource(ResourceKind::User, id).status, 204);
        const auto deleted = events(u"user.deleted"_s);
        QCOMPARE(deleted.last().actor, u"local"_s);
    }

    void changesSerializeAsQtWritesThem()
    {
        // Each kind of value, strings needing escapes and not, absent and null sides: the JSON
        // form must be exactly what QJsonDocument writes for the same array, and the text form
        // each side's JSON with "(none)" for absent or null.
        const QList<QJsonValue> values{QJsonValue(QJsonValue::Undefined),
                                       QJsonValue(QJsonValue::Null),
                                       QJsonValue(u"plain"_s),
                                       QJsonValue(u""_s),
                                       QJsonValue(u"Zoë 東京 \u00e9"_s),
                                       QJsonValue(u"quote \" backslash \\ slash /"_s),
                                       QJsonValue(u"tab\tnew\nline\u0001"_s),
                                       QJsonValue(QString(QChar(0xd83d)) + QChar(0xde00)),
                                       QJsonValue(true),
                                       QJsonValue(false),
                                       QJsonValue(0),
                                       QJsonValue(42),
                                       QJsonValue(-1.5),
                                       QJsonValue(1e300),
                                       QJsonValue(QJsonArray{1, u"a\"b"_s, QJsonObject{{u"k"_s, u"v"_s}}}),
                                       QJsonValue(QJsonObject{{u"value"_s, u"a@b"_s}, {u"primary"_s, true}})};
        for (const QJsonValue &oldValue : values) {
            for (const QJsonValue &newValue : values) {
                const QList<AuditChange> changes{{u"name.givenName"_s, oldValue, newValue},
                                                 {u"emails[type eq \"work\"].value"_s, newValue, oldValue}};
                QJsonArray expected;
                for (const AuditChange &c : changes) {
                    QJsonObject o{{u"attribute"_s, c.attribute}};
                    if (!c.oldValue.isUndefined())
                        o.insert(u"old"_s, c.oldValue);
                    if (!c.newValue.isUndefined())
                        o.insert(u"new"_s, c.newValue);
                    expected.append(o);
                }
                const AuditLog::SerializedChanges got = AuditLog::serialize(changes);
                QCOMPARE(got.json, QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
                auto side = [](const QJsonValue &v) {
                    if (v.isUndefined() || v.isNull())
                        return u"(none)"_s;
                    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
                    return QString::fromUtf8(a.mid(1).chopped(1));
                };
                QCOMPARE(got.text,
                         u"name.givenName: %1 \u2192 %2; emails[type eq \"work\"].value: %2 \u2192 %1"_s.arg(
                             side(oldValue), side(newValue)));
            }
        }
        QCOMPARE(AuditLog::serialize({{u"active"_s, true, false}}).text, u"active: true \u2192 false"_s);
        QCOMPARE(AuditLog::serialize({{u"title"_s, QJsonValue(), u"Engineer"_s}}).text,
                 u"title: (none) \u2192 \"Engineer\""_s);
        QCOMPARE(AuditLog::serialize({}).json, QString());
        QCOMPARE(AuditLog::serialize({}).text, QString());
    }

    void filtersAndPaging()
    {
        for (int i = 0; i < 5; ++i)
            createUser(u"page-%1"_s.arg(i));
        AuditFilter f;
        f.search = u"PAGE-3"_s;
        QCOMPARE((*m_store)->audit().count(f), 1);
        f = AuditFilter{};
        f.actions = {u"user.created"_s};
        QCOMPARE((*m_store)->audit().events(f, 0, 2).size(), 2);
        QCOMPARE((*m_store)->audit().events(f, 0, 2).first().targetName, u"page-4"_s); // newest first
        f.actor = u"someone else"_s;
        QCOMPARE((*m_store)->audit().count(f), 0);
        f = AuditFilter{};
        f.from = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE((*m_store)->audit().count(f), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
