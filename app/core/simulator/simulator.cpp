#include "simulator/simulator.h"

#include "simulator/entraclient.h"
#include "simulator/oktaclient.h"
#include "simulator/scimtransport.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qint64 kSaveEvery = 25; ///< objects between two saves of the state file during a cycle

} // namespace

const QByteArray Simulator::kEntraUserAgent = "Microsoft.Identity.Provisioning/1.0 (scim-monitor simulation)";
const QByteArray Simulator::kOktaUserAgent = "Okta SCIM Client 1.0.0";

Simulator::Simulator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ProvisioningLogEntry>();
    qRegisterMetaType<SimulationReport>();
}

Simulator::~Simulator()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->disconnect(this);
        m_runner->cancel();
        save();
    }
}

bool Simulator::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool Simulator::start(const SimulationOptions &given, const Target &target, const QString &statePath, QString *error)
{
    if (isRunning()) {
        *error = u"a simulation is already running"_s;
        return false;
    }
    SimulationOptions options = given;
    if (options.idp != Idp::Entra && options.idp != Idp::Okta) {
        *error = u"the simulator plays Entra ID or Okta"_s;
        return false;
    }
    if (!flavorFitsIdp(options.flavor, options.idp)) {
        *error = u"the flavor %1 does not belong to %2"_s.arg(flavorKey(options.flavor), idpKey(options.idp));
        return false;
    }
    if (options.idp == Idp::Okta && options.cycle == SimulationCycle::OnDemand) {
        *error = u"provision on demand is an Entra ID feature; Okta pushes at assignment"_s;
        return false;
    }
    if (!target.tenantUrl.isValid()
        || (target.tenantUrl.scheme() != "http"_L1 && target.tenantUrl.scheme() != "https"_L1)
        || target.tenantUrl.host().isEmpty()) {
        *error = u"the Tenant URL must be an http:// or https:// URL with a host"_s;
        return false;
    }
    const QString identity
        = target.identity.isEmpty() ? SimulatorState::targetIdentity(target.tenantUrl) : target.identity;
    bool exists = false;
    SimulatorState state;
    if (!SimulatorState::load(statePath, identity, options.idp, &state, &exists, error)) {
        if (exists || !error->isEmpty())
            return false;
        state.target = identity;
        state.idp = options.idp;
        state.directory
            = SimulatedDirectory::generate(options.users, options.groups, options.membersPerGroup, options.seed,
                                           options.idp == Idp::Okta ? u"fabrikam.example"_s : u"contoso.example"_s);
    }
    if (options.cycle == SimulationCycle::OnDemand && !options.onDemandObject.isEmpty()
        && state.directory.find(options.onDemandObject) == QPair<int, int>(-1, -1)) {
        *error = u"no user or group '%1' in the simulated directory (give an objectId, a userPrincipalName or a "
                 "group's displayName)"_s.arg(options.onDemandObject);
        return false;
    }
    m_state = std::move(state);
    m_statePath = statePath;
    m_saveError.clear();
    m_sinceSave = 0;
    if (options.runId.isEmpty())
        options.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_runId = options.runId;

    QStringList changes;
    if (options.cycle == SimulationCycle::Incremental)
        changes = m_state.directory.makeIncrementalChanges(m_state.cycles + 1);

    ScimTransport::Settings settings;
    settings.tenantUrl = target.tenantUrl;
    settings.token = target.token;
    settings.userAgent = options.idp == Idp::Okta ? kOktaUserAgent : kEntraUserAgent;
    settings.runId = options.runId.toLatin1();
    settings.requestsPerSecond = options.requestsPerSecond;
    settings.timeoutMs = options.timeoutMs;
    settings.maxRetryAfterSeconds = options.maxRetryAfterSeconds;
    settings.insecure = target.insecure;
    m_runner.reset(); // before its transport
    m_transport = std::make_unique<ScimTransport>(settings);
    if (options.idp == Idp::Okta)
        m_runner = std::make_unique<OktaClient>(m_state, options, *m_transport);
    else
        m_runner = std::make_unique<EntraClient>(m_state, options, *m_transport);
    CycleRunner *runner = m_runner.get();
    connect(runner, &CycleRunner::progress, this, &Simulator::progress);
    connect(runner, &CycleRunner::objectFinished, this, [this](const ProvisioningLogEntry &entry) {
        if (++m_sinceSave >= kSaveEvery) {
            m_sinceSave = 0;
            save();
        }
        Q_EMIT objectFinished(entry);
    });
    connect(runner, &CycleRunner::finished, this, [this, runner, changes] {
        save();
        SimulationReport report = runner->report();
        report.changes = changes;
        Q_EMIT finished(report);
    });
    runner->start();
    return true;
}

void Simulator::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void Simulator::save()
{
    QString error;
    if (!m_statePath.isEmpty() && !m_state.save(m_statePath, &error))
        m_saveError = error;
}

} // namespace scimmon
