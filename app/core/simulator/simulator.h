#pragma once

#include "simulator/provisioninglogentry.h"
#include "simulator/simulationoptions.h"
#include "simulator/simulationreport.h"
#include "simulator/simulatorstate.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace scimmon {

class CycleRunner;
class ScimTransport;

/// The IdP simulator: plays Microsoft Entra ID's provisioning service or Okta's SCIM client
/// against any SCIM base URL (the app's own receiver, or another server), for demos, trials and
/// rehearsals. It keeps the simulated directory and the job's object connections and escrows in a
/// state file, so a later cycle continues where the last one stopped. Fully asynchronous on the
/// caller's event loop (it never blocks it): start() returns at once, the cycle reports through
/// progress(), objectFinished() and finished(). Every request carries the IdP's User-Agent and
/// an `X-Scim-Monitor-Simulation: <run id>` header, so that the receiver marks it as simulated.
class Simulator : public QObject
{
    Q_OBJECT

public:
    /// Where to send the requests.
    struct Target
    {
        QUrl tenantUrl; ///< the SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2 (http or https)
        QByteArray token; ///< the Secret Token
        bool insecure = false; ///< accept any TLS certificate (self-signed, wrong host)
        /// The target's identity in the state file; empty: SimulatorState::targetIdentity(tenantUrl).
        /// The app's own receiver names its data directory here, since its port changes.
        QString identity;
    };

    /// Entra's User-Agent as the simulator sends it (Entra's own is not documented; the words
    /// Microsoft and Provisioning let the receiver's IdP detection know it).
    static const QByteArray kEntraUserAgent;
    /// Okta's documented User-Agent.
    static const QByteArray kOktaUserAgent;

    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    /// Loads the state file `statePath` (or creates a new directory of the options' size when
    /// it does not exist), makes the incremental changes when `options.cycle` is Incremental,
    /// and starts the cycle. Returns false with `*error` (one English sentence) without starting
    /// when the options do not fit together (a flavour of the other IdP, on demand for Okta, an
    /// on-demand object that does not exist) or the state file cannot be used (unreadable,
    /// written for another target or IdP). The state is saved when the cycle ends, and every
    /// 25 objects on the way.
    bool start(const SimulationOptions &options, const Target &target, const QString &statePath, QString *error);
    /// Cancels the running cycle at once (see CycleRunner::cancel()); finished() follows.
    void cancel();
    bool isRunning() const;
    /// The run id of the current or last run.
    QString runId() const { return m_runId; }
    /// The state as it stands (the directory with its object connections).
    const SimulatorState &state() const { return m_state; }
    /// Why the state file could not be saved at the end; empty when it was.
    QString saveError() const { return m_saveError; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void objectFinished(const scimmon::ProvisioningLogEntry &entry);
    void finished(const scimmon::SimulationReport &report);

private:
    void save();

    SimulatorState m_state;
    QString m_statePath;
    QString m_runId;
    QString m_saveError;
    std::unique_ptr<ScimTransport> m_transport;
    std::unique_ptr<CycleRunner> m_runner;
    qint64 m_sinceSave = 0;
};

} // namespace scimmon
