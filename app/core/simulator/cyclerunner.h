#pragma once

#include "simulator/provisioninglogentry.h"
#include "simulator/quarantinerules.h"
#include "simulator/scimtransport.h"
#include "simulator/simulationoptions.h"
#include "simulator/simulationreport.h"
#include "simulator/simulatorstate.h"

#include <QObject>

#include <functional>
#include <memory>

namespace scimmon {

/// Runs one provisioning cycle of a simulated IdP as a queue of object tasks, one after the
/// other, each ending in one provisioning-log entry (EntraClient and OktaClient plan the tasks).
/// Fully asynchronous on the caller's event loop: start() and cancel() return at once; progress,
/// entries and the end come as signals. The state (object connections, escrows) is updated as
/// answers arrive, so a cancelled cycle continues where it stopped.
class CycleRunner : public QObject
{
    Q_OBJECT

public:
    /// `state` and `transport` must outlive the runner.
    CycleRunner(SimulatorState &state, const SimulationOptions &options, ScimTransport &transport,
                QObject *parent = nullptr);

    /// Plans the tasks and starts the first. Returns at once.
    void start();
    /// Stops at once: the request under way is aborted, the object under way is logged as
    /// Skipped, finished() follows with the Cancelled outcome.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Filled as the cycle runs; complete once finished() was emitted.
    const SimulationReport &report() const { return m_report; }

Q_SIGNALS:
    /// `done` of `total` tasks ended.
    void progress(qint64 done, qint64 total);
    /// One object's entry is complete.
    void objectFinished(const scimmon::ProvisioningLogEntry &entry);
    /// The cycle ended (completed, aborted or cancelled); report() is complete.
    void finished();

protected:
    using Done = std::function<void()>;
    /// A task fills `entry` and calls `done` once. An entry whose status is left empty is not
    /// logged (nothing to do for that object).
    using Task = std::function<void(ProvisioningLogEntry &entry, Done done)>;
    /// What to do with a successful answer; false: treat it as a failure (the entry is set).
    using OnAnswer = std::function<bool(const SentRequest &answer)>;

    /// Fills the task queue for the cycle of options().
    virtual void plan() = 0;

    void addTask(Task task) { m_tasks.append(std::move(task)); }
    /// Ends the cycle early with the Aborted outcome and `message` (Test Connection's words).
    void abort(const QString &message);
    /// Sends `call`, records its tries in `entry`, notes what the quarantine rules look at, and
    /// calls `next` with the decisive try (not after cancel()).
    void send(ProvisioningLogEntry &entry, const ScimCall &call, std::function<void(const SentRequest &)> next);
    /// Marks `entry` failed by `answer` (code by IdpErrorCodes), escrows the object in `escrow`
    /// and names the failed step.
    void fail(ProvisioningLogEntry &entry, const SentRequest &answer, Escrow &escrow, bool knownId,
              const QString &step);
    /// Marks `entry` failed with `code` and `detail`, escrowing the object.
    void failWith(ProvisioningLogEntry &entry, const QString &code, const QString &detail, Escrow &escrow,
                  const QString &step);
    /// The id a create answer gave the object; empty when the create failed or its answer carries
    /// no id, and then `entry` is marked failed at the Action step and the object escrowed.
    QString createdId(ProvisioningLogEntry &entry, const SentRequest &created, Escrow &escrow);
    /// Sends `calls` one after the other; `onAnswer` is called for each 2xx answer; the first
    /// failure calls `failed`, and stops; `done` follows the last success.
    void sendAll(ProvisioningLogEntry &entry, QList<ScimCall> calls,
                 std::function<void(qsizetype index, const SentRequest &)> onAnswer,
                 std::function<void(const SentRequest &)> failed, Done done);
    /// The Resources of a ListResponse answer; false when `answer` is not one.
    static bool listResources(const SentRequest &answer, QJsonArray *resources, qint64 *totalResults = nullptr);
    /// A new GUID without braces.
    static QString newGuid();

    SimulatorState &state() { return m_state; }
    const SimulationOptions &options() const { return m_options; }
    Idp idp() const { return m_options.idp; }

private:
    void runNext();
    void finishTask();
    void finish(SimulationReport::Outcome outcome);

    SimulatorState &m_state;
    SimulationOptions m_options;
    ScimTransport &m_transport;
    SimulationReport m_report;
    QList<Task> m_tasks;
    qsizetype m_next = 0;
    std::unique_ptr<ProvisioningLogEntry> m_current;
    QuarantineCounters m_counters;
    bool m_running = false;
    bool m_aborted = false;
    QString m_abortMessage;
};

} // namespace scimmon
