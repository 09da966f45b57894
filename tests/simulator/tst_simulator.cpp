// Acceptance of the IdP simulator against the app's own receiver: an Entra initial cycle of 300
// users and 10 groups of 20 members (default dialect), an incremental cycle in the
// aadOptscim062020 dialect that deactivates, deletes, edits and changes memberships, provision on
// demand (which keeps the default dialect), then an Okta AIW cycle of 40 users. After each, the
// store holds exactly what the simulated directory says, object by object; the receiver marks
// every request as simulated and still tells Entra from Okta. Also: cancel and continue.

#include "receiver/receiver.h"
#include "simulator/attributemapping.h"
#include "simulatortesthelpers.h"
#include "support/testcertificate.h"
#include "support/testsupport.h"

using namespace Qt::StringLiterals;
using namespace scimmon;
using namespace scimmon::test;

namespace {

const QString kEnt = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;

QString workEmail(const QJsonObject &data)
{
    for (const QJsonValue &e : data.value("emails"_L1).toArray())
        if (e.toObject().value("type"_L1).toString() == "work"_L1)
            return e.toObject().value("value"_L1).toString();
    return {};
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<Store> m_reader;
    QByteArray m_token;
    QList<RequestRecord> m_records;

    Simulator::Target target() const { return {QUrl(m_receiver->tenantUrl()), m_token, false, {}}; }
    QString state(const QString &name) const { return m_dir.filePath(name + u".json"_s); }

    /// Compares the store with `dir` object by object: every live user with its mapped values,
    /// deleted ones gone, every group with its name and exactly its exported members. Returns the
    /// users the directory accounts for.
    qint64 compare(const SimulatedDirectory &dir, Idp idp)
    {
        ResourceRepository &repo = m_reader->resources();
        qint64 users = 0;
        for (const SimulatedUser &u : dir.users()) {
            ResourceQuery byExternalId;
            byExternalId.conditions = {{IndexedField::ExternalId, u.objectId, {}}};
            const QList<Resource> found = repo.find(ResourceKind::User, byExternalId);
            const bool shouldExist = !u.targetId.isEmpty() && (idp == Idp::Okta || !u.hardDeleted);
            if (!shouldExist) {
                if (!found.isEmpty())
                    qWarning() << "still stored:" << u.userPrincipalName;
                if (!found.isEmpty())
                    return -1;
                continue;
            }
            ++users;
            if (found.size() != 1 || found.first().id != u.targetId) {
                qWarning() << "not stored as its object connection:" << u.userPrincipalName << found.size();
                return -1;
            }
            const QJsonObject data = found.first().data;
            const QJsonObject flat
                = idp == Idp::Okta ? AttributeMapping::oktaUser(u) : AttributeMapping::entraUser(u, dir);
            auto same = [&](const QString &what, const QJsonValue &stored, const QJsonValue &wanted) {
                if (stored == wanted)
                    return true;
                qWarning() << u.userPrincipalName << what << stored << "!=" << wanted;
                return false;
            };
            using M = AttributeMapping;
            const QJsonObject ent = data.value(kEnt).toObject();
            if (!same(u"userName"_s, data.value("userName"_L1), flat.value(M::kUserName))
                || !same(u"active"_s, data.value("active"_L1), flat.value(M::kActive))
                || !same(u"displayName"_s, data.value("displayName"_L1), flat.value(M::kDisplayName))
                || !same(u"givenName"_s, data.value("name"_L1).toObject().value("givenName"_L1),
                         flat.value(M::kGivenName))
                || !same(u"familyName"_s, data.value("name"_L1).toObject().value("familyName"_L1),
                         flat.value(M::kFamilyName))
                || !same(u"work email"_s,
                         workEmail(data).isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(workEmail(data)),
                         flat.value(M::kWorkEmail))
                || !same(u"title"_s, data.value("title"_L1), flat.value(M::kTitle)))
                return -1;
            if (idp == Idp::Entra
                && (!same(u"department"_s, ent.value("department"_L1), flat.value(M::kDepartment))
                    || !same(u"employeeNumber"_s, ent.value("employeeNumber"_L1), flat.value(M::kEmployeeNumber))
                    || !same(u"manager"_s, ent.value("manager"_L1).toObject().value("value"_L1),
                             flat.value(M::kManager))))
                return -1;
        }
        for (const SimulatedGroup &g : dir.groups()) {
            const auto stored = repo.resource(ResourceKind::Group, g.targetId);
            if (!stored || stored->data.value("displayName"_L1).toString() != g.displayName) {
                qWarning() << "group missing or misnamed:" << g.displayName;
                return -1;
            }
            QStringList want;
            for (const QString &member : g.members)
                if (const SimulatedUser *u = dir.user(member); u && !u->targetId.isEmpty())
                    want.append(u->targetId);
            QStringList have;
            for (const MemberRef &m : repo.members(g.targetId))
                have.append(m.value);
            want.sort();
            have.sort();
            if (want != have) {
                qWarning() << "members differ in" << g.displayName << have.size() << want.size();
                return -1;
            }
        }
        return users;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_reader = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"reader"_s, &error);
        QVERIFY2(m_reader, qPrintable(error));
        const auto t = TokenService(*m_reader).create(u"Entra ID"_s, 0, &error);
        QVERIFY(t);
        m_token = t->secret.toLatin1();
        m_receiver = std::make_unique<Receiver>();
        connect(m_receiver.get(), &Receiver::requestHandled, this,
                [this](const RequestRecord &r) { m_records.append(r); });
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(m_dir.path());
        c.port = 0;
        m_receiver->start(c);
        QVERIFY(QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 10000));
    }

    void cleanupTestCase() { m_receiver.reset(); }

    void entraInitialCycle()
    {
        Simulator sim;
        QSignalSpy progress(&sim, &Simulator::progress);
        const auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 300, 10, 20);
        const SimulationReport report = runCycle(sim, options, target(), state(u"entra"_s));
        QCOMPARE(report.outcome, SimulationReport::Outcome::Completed);
        QCOMPARE(report.exitCode(), 0);
        qsizetype managed = 0;
        for (const SimulatedUser &u : sim.state().directory.users())
            managed += !u.managerObjectId.isEmpty();
        QVERIFY(managed > 250);
        QCOMPARE(entries(report, u"User"_s, u"Success"_s).size(), 300 + managed); // creates, then manager links
        QCOMPARE(entries(report, u"Group"_s, u"Success"_s).size(), 10);
        QCOMPARE(report.count(u"Failure"_s), 0);
        QVERIFY(!report.quarantine.quarantined);
        QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
        QCOMPARE(compare(sim.state().directory, Idp::Entra), 300);
        // Members went in batches of ten, with the default dialect's capitalised Add.
        QVERIFY(QTest::qWaitFor([&] { return m_records.size() >= report.requests; }, 10000));
        qint64 memberPatches = 0;
        for (const RequestRecord &r : std::as_const(m_records)) {
            QCOMPARE(r.simulationRun, sim.runId());
            QCOMPARE(r.idp, Idp::Entra);
            if (r.method == "PATCH"_L1 && r.path.contains(u"/Groups/"_s)) {
                ++memberPatches;
                QVERIFY(r.requestBody.contains(u"\"op\":\"Add\""_s));
            }
        }
        QCOMPARE(memberPatches, 20);
        // The stored log keeps the mark.
        const QList<RequestRecord> stored = m_reader->requestLog().recent(5);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.constLast().simulationRun, sim.runId());
        m_records.clear();
    }

    void entraIncrementalCycleInTheFlaggedDialect()
    {
        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::Incremental, 300, 10, 20);
        options.flavor = SimulationFlavor::EntraAadOptscim062020;
        const SimulationReport report = runCycle(sim, options, target(), state(u"entra"_s));
        QCOMPARE(report.exitCode(), 0);
        QVERIFY(report.changes.size() > 10);
        QStringList actions;
        for (const ProvisioningLogEntry &e : report.entries)
            actions.append(e.objectType + u' ' + e.action);
        for (const QString &a :
             {u"User Create"_s, u"User Update"_s, u"User Disable"_s, u"User Delete"_s, u"Group Update"_s})
            QVERIFY2(actions.contains(a), qPrintable(a));
        QCOMPARE(actions.count(u"User Disable"_s), 18); // 6 disabled, 6 soft-deleted, 6 unassigned
        QCOMPARE(actions.count(u"User Delete"_s), 3);
        // The flagged dialect: lowercase ops, a boolean active, removal by value filter.
        QString bodies;
        for (const ProvisioningLogEntry &e : report.entries)
            for (const SentRequest &r : e.requests)
                bodies += r.requestBody;
        QVERIFY(bodies.contains(u"{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"_s));
        QVERIFY(bodies.contains(u"members[value eq"_s));
        QVERIFY(!bodies.contains(u"\"op\":\"Replace\""_s));
        QCOMPARE(compare(sim.state().directory, Idp::Entra), 300 + 2 - 3);
    }

    void provisionOnDemandKeepsTheDefaultDialect()
    {
        // An admin edits one user; provision on demand sends it at once, ignoring the flag.
        SimulatorState s;
        bool exists = false;
        QString error;
        QVERIFY(SimulatorState::load(state(u"entra"_s), SimulatorState::targetIdentity(target().tenantUrl), Idp::Entra,
                                     &s, &exists, &error));
        SimulatedUser &u = s.directory.users()[1];
        u.title = u"Chief Demo Officer"_s;
        QVERIFY(s.save(state(u"entra"_s), &error));

        Simulator sim;
        auto options = quickOptions(Idp::Entra, SimulationCycle::OnDemand, 0, 0, 0);
        options.flavor = SimulationFlavor::EntraAadOptscim062020;
        options.onDemandObject = u.userPrincipalName;
        const SimulationReport report = runCycle(sim, options, target(), state(u"entra"_s));
        QCOMPARE(report.exitCode(), 0);
        const auto users = entries(report, u"User"_s, u"Success"_s);
        QCOMPARE(users.size(), 1);
        QStringList steps;
        for (const ProvisioningLogStep &step : users.first().steps)
            steps.append(step.name);
        QCOMPARE(steps, (QStringList{u"Import"_s, u"Scope"_s, u"Match"_s, u"Action"_s}));
        QCOMPARE(
            users.first().requests.constLast().requestBody,
            uR"({"Operations":[{"op":"Replace","path":"title","value":"Chief Demo Officer"}],"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})"_s);
        QCOMPARE(users.first().modifiedProperties.first().newValue, u"Chief Demo Officer"_s);
        QCOMPARE(compare(sim.state().directory, Idp::Entra), 299);
    }

    void oktaAiwCycle()
    {
        m_records.clear();
        Simulator sim;
        auto options = quickOptions(Idp::Okta, SimulationCycle::Initial, 40, 3, 8);
        options.flavor = SimulationFlavor::OktaAiw;
        const SimulationReport report = runCycle(sim, options, target(), state(u"okta"_s));
        QVERIFY2(report.exitCode() == 0, qPrintable(report.message));
        QCOMPARE(entries(report, u"User"_s, u"Success"_s).size(), 40);
        QCOMPARE(compare(sim.state().directory, Idp::Okta), 40);
        // AIW: group memberships by GET then a full PUT; Okta's agent is recognised.
        QVERIFY(QTest::qWaitFor([&] { return m_records.size() >= report.requests; }, 10000));
        qint64 puts = 0;
        for (const RequestRecord &r : std::as_const(m_records)) {
            QCOMPARE(r.idp, Idp::Okta);
            puts += r.method == "PUT"_L1;
        }
        QCOMPARE(puts, 3);

        Simulator next;
        options.cycle = SimulationCycle::Incremental;
        const SimulationReport second = runCycle(next, options, target(), state(u"okta"_s));
        QVERIFY2(second.exitCode() == 0,
                 qPrintable(second.message + QString::fromUtf8(QJsonDocument(second.toJson()).toJson()).left(3000)));
        for (const ProvisioningLogEntry &e : second.entries)
            for (const SentRequest &r : e.requests) {
                QVERIFY(r.method != "PATCH"_L1); // AIW never PATCHes
                QVERIFY(r.method != "DELETE"_L1 || e.objectType == "Group"_L1); // Okta never deletes users
            }
        QCOMPARE(compare(next.state().directory, Idp::Okta), 42);
        // Both directories together are the whole store.
        SimulatorState entra;
        bool exists = false;
        QString error;
        QVERIFY(SimulatorState::load(state(u"entra"_s), SimulatorState::targetIdentity(target().tenantUrl), Idp::Entra,
                                     &entra, &exists, &error));
        QCOMPARE(m_reader->resources().count(ResourceKind::User, {}), 299 + 42);
        QCOMPARE(m_reader->resources().count(ResourceKind::Group, {}), 13);
    }

    void tlsErrorsAreReportedAndInsecureAcceptsThem()
    {
        TestCertificate cert;
        QString error;
        if (!cert.generate(&error))
            QSKIP(qPrintable(error));
        QTemporaryDir dir;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"tls"_s, &error);
        const auto t = TokenService(*store).create(u"Entra ID"_s, 0, &error);
        Receiver receiver;
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(dir.path());
        c.port = 0;
        c.tls = TlsFiles{cert.certificate, cert.key, {}};
        receiver.start(c);
        QVERIFY(QTest::qWaitFor([&] { return receiver.state() == Receiver::State::Listening; }, 10000));
        QVERIFY(receiver.tenantUrl().startsWith(u"https://"_s));
        const auto options = quickOptions(Idp::Entra, SimulationCycle::TestConnection, 1, 0, 0);
        Simulator strict;
        const SimulationReport refused = runCycle(
            strict, options, {QUrl(receiver.tenantUrl()), t->secret.toLatin1(), false, {}}, dir.filePath(u"s.json"_s));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY2(refused.message.contains(u"TLS error"_s) && refused.message.contains(u"--insecure"_s),
                 qPrintable(refused.message));
        QCOMPARE(refused.entries.first().errorCode, u"WebExceptionProtocolError"_s);
        Simulator insecure;
        const SimulationReport accepted = runCycle(
            insecure, options, {QUrl(receiver.tenantUrl()), t->secret.toLatin1(), true, {}}, dir.filePath(u"s.json"_s));
        QCOMPARE(accepted.exitCode(), 0);
    }

    void cancelThenContinue()
    {
        QTemporaryDir dir;
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(dir.path()), u"cancel"_s, &error);
        const auto t = TokenService(*store).create(u"Entra ID"_s, 0, &error);
        Receiver receiver;
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(dir.path());
        c.port = 0;
        receiver.start(c);
        QVERIFY(QTest::qWaitFor([&] { return receiver.state() == Receiver::State::Listening; }, 10000));
        const Simulator::Target to{QUrl(receiver.tenantUrl()), t->secret.toLatin1(), false, {}};
        const QString path = dir.filePath(u"state.json"_s);
        const auto options = quickOptions(Idp::Entra, SimulationCycle::Initial, 40, 0, 0);

        Simulator sim;
        int seen = 0;
        connect(&sim, &Simulator::objectFinished, &sim, [&] {
            if (++seen == 10)
                sim.cancel();
        });
        const SimulationReport cancelled = runCycle(sim, options, to, path);
        QCOMPARE(cancelled.outcome, SimulationReport::Outcome::Cancelled);
        QCOMPARE(cancelled.exitCode(), 1);
        QCOMPARE(cancelled.entries.size(), 10);
        QCOMPARE(store->resources().count(ResourceKind::User, {}), 10);

        Simulator next;
        const SimulationReport rest = runCycle(next, options, to, path);
        QCOMPARE(rest.exitCode(), 0);
        QCOMPARE(store->resources().count(ResourceKind::User, {}), 40);
        int created = 0;
        for (const ProvisioningLogEntry &e : rest.entries)
            created += e.action == "Create"_L1;
        QCOMPARE(created, 30); // it continues where it stopped
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
