#pragma once

#include "simulator/simulationoptions.h"
#include "simulator/simulationreport.h"
#include "simulator/simulator.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace scimmon {

namespace Ui {
class SimulateDialog;
}

class AppSettings;
class Receiver;
class SimulatedIdpLogModel;

/// Simulate…: plays Microsoft Entra ID or Okta against this app's own receiver (the default) or
/// another SCIM server, with the IdP simulator (Simulator). The form chooses the IdP and its
/// flavour, the cycle (Test Connection, initial, incremental, provision on demand), the size and
/// seed of a new simulated directory, the pace (IdP-like, or as fast as the target answers) and
/// the target (another server's Tenant URL and Secret Token, optionally accepting any TLS
/// certificate). Start runs the cycle on the window's event loop: a progress bar counts the
/// objects, Cancel (or Esc) stops it, and the simulated IdP's provisioning log fills live below
/// (one row per object; the selected row's steps, modified properties and requests in a detail
/// pane; when the run ends, the first failed entry, or else the first, is selected). For the own receiver a Secret
/// Token labelled "Simulator …" is created through the receiver's writer for the run and revoked and deleted when it
/// ends. The state file is the one `scim-monitor simulate` uses (SimulatorState::defaultPath()), so the command line
/// and the window continue each other's directory. Non-modal; deletes itself when closed. Closing it while a cycle runs
/// only cancels the cycle; deleting it cancels the cycle silently.
class SimulateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `settings` (its data directory) and `receiver` must outlive the dialog.
    SimulateDialog(AppSettings &settings, Receiver &receiver, QWidget *parent = nullptr);
    ~SimulateDialog() override;

    /// The simulation options the form describes (a new run id each call).
    SimulationOptions options() const;
    /// True when the target is this app's own receiver.
    bool targetsOwnReceiver() const;
    /// The state file a run with the current form uses.
    QString statePath() const;

    /// Starts a run with the form's options (what Start does). Problems (the receiver is not
    /// listening, no Tenant URL, a state file that cannot be used) are shown in the dialog.
    void start();
    /// Cancels the running cycle (what Cancel and Esc do); finished() follows.
    void cancel();
    /// True from start() until finished().
    bool isRunning() const { return m_running; }

    /// The simulated IdP's provisioning log of the current or last run.
    SimulatedIdpLogModel *logModel() const { return m_log; }
    QTableView *logView() const { return m_view; }
    /// The detail pane of the selected entry (steps, modified properties, requests).
    QTextBrowser *detailPane() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The line under the progress bar: what runs, or how the last run ended.
    QLabel *statusLabel() const { return m_status; }
    /// The report of the last run that ended.
    const SimulationReport &report() const { return m_report; }

Q_SIGNALS:
    /// A run ended (completed, cancelled or aborted), or could not start (`report.outcome`
    /// Aborted, `report.message` why).
    void finished(const scimmon::SimulationReport &report);

public Q_SLOTS:
    /// Esc: cancels a running cycle, else closes.
    void reject() override;

private:
    struct RunToken
    {
        qint64 id = 0;
        QString secret;
        QString error;
    };

    void fillFlavors();
    void updateEnabled();
    void begin(const QUrl &url, const QByteArray &token, bool insecure, const QString &identity);
    void fail(const QString &message);
    void ended(const SimulationReport &report);
    void dropToken();
    void showEntry();

    AppSettings &m_settings;
    Receiver &m_receiver;
    std::unique_ptr<Ui::SimulateDialog> m_ui;
    Simulator m_simulator;
    SimulationOptions m_options;
    SimulationReport m_report;
    SimulatedIdpLogModel *m_log;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    qint64 m_tokenId = 0; ///< the run's Secret Token on the own receiver; 0: none
    bool m_running = false;
};

} // namespace scimmon
