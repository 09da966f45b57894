#include "ui/simulate/simulatedialog.h"

#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "service/tokenservice.h"
#include "simulator/pacer.h"
#include "simulator/simulatorstate.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tableviews.h"
#include "ui/common/writetask.h"
#include "ui/simulate/simulatedidplogmodel.h"
#include "ui_simulatedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

SimulateDialog::SimulateDialog(AppSettings &settings, Receiver &receiver, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_receiver(receiver)
    , m_ui(std::make_unique<Ui::SimulateDialog>())
    , m_log(new SimulatedIdpLogModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"simulateDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);

    m_ui->idpCombo->addItem(tr("Microsoft Entra ID"), int(Idp::Entra));
    m_ui->idpCombo->addItem(tr("Okta"), int(Idp::Okta));
    m_ui->cycleCombo->addItem(tr("Test Connection"), int(SimulationCycle::TestConnection));
    m_ui->cycleCombo->addItem(tr("Initial cycle"), int(SimulationCycle::Initial));
    m_ui->cycleCombo->addItem(tr("Incremental cycle"), int(SimulationCycle::Incremental));
    m_ui->cycleCombo->addItem(tr("Provision on demand"), int(SimulationCycle::OnDemand));
    m_ui->cycleCombo->setCurrentIndex(1);
    m_ui->paceCombo->addItem(tr("IdP-like (%1 requests a second)").arg(Pacer::kIdpRequestsPerSecond),
                             Pacer::kIdpRequestsPerSecond);
    m_ui->paceCombo->addItem(tr("As fast as the target answers"), 0.0);
    m_ui->paceCombo->setToolTip(tr("At an IdP-like pace a cycle of 100 users takes about a minute"));
    for (QComboBox *combo : {m_ui->idpCombo, m_ui->flavorCombo, m_ui->cycleCombo, m_ui->paceCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillFlavors();
    connect(m_ui->idpCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillFlavors();
        updateEnabled();
    });
    connect(m_ui->ownTargetRadio, &QRadioButton::toggled, this, &SimulateDialog::updateEnabled);

    m_status = new QLabel(this);
    m_status->setObjectName(u"simulationStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"simulationProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m objects"));
    m_progress->hide(); // until the first start

    m_view = new QTableView(this);
    m_view->setObjectName(u"simulatedIdpLog"_s);
    TableViews::setUp(m_view);
    m_view->setModel(m_log);
    for (int column = 0; column < SimulatedIdpLogModel::ColumnCount; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(
            column, column == SimulatedIdpLogModel::Identity ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"simulatedIdpDetail"_s);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an entry to see its steps and the requests it sent."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SimulateDialog::showEntry);

    auto *logTitle = new QLabel(u"<b>%1</b>"_s.arg(tr("Provisioning log of the simulated identity provider")), this);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(u"simulationStart"_s);
    m_start->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"simulationCancel"_s);
    m_cancel->setToolTip(tr("Stop the cycle (Esc); the simulated directory is kept for the next run"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, &SimulateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &SimulateDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(logTitle);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(&m_simulator, &Simulator::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(&m_simulator, &Simulator::objectFinished, this,
            [this](const ProvisioningLogEntry &entry) { m_log->append(entry); });
    connect(&m_simulator, &Simulator::finished, this, &SimulateDialog::ended);

    updateEnabled();
    resize(1000, 760);
}

SimulateDialog::~SimulateDialog()
{
    m_simulator.disconnect(this);
    if (m_simulator.isRunning())
        m_simulator.cancel();
    dropToken();
}

void SimulateDialog::fillFlavors()
{
    const bool okta = m_ui->idpCombo->currentData().toInt() == int(Idp::Okta);
    m_ui->flavorCombo->clear();
    if (okta) {
        m_ui->flavorCombo->addItem(tr("OIN app (PATCH for status and groups)"), int(SimulationFlavor::OktaOin));
        m_ui->flavorCombo->addItem(tr("App Integration Wizard (GET and PUT)"), int(SimulationFlavor::OktaAiw));
    } else {
        m_ui->flavorCombo->addItem(tr("Default (Entra's own PATCH)"), int(SimulationFlavor::EntraDefault));
        m_ui->flavorCombo->addItem(tr("aadOptscim062020 (RFC-conformant PATCH)"),
                                   int(SimulationFlavor::EntraAadOptscim062020));
    }
}

void SimulateDialog::updateEnabled()
{
    const bool okta = m_ui->idpCombo->currentData().toInt() == int(Idp::Okta);
    // Okta has no provision on demand.
    if (okta && m_ui->cycleCombo->currentData().toInt() == int(SimulationCycle::OnDemand))
        m_ui->cycleCombo->setCurrentIndex(1);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->cycleCombo->model()))
        if (QStandardItem *item = model->item(3))
            item->setEnabled(!okta);
    const bool other = m_ui->otherTargetRadio->isChecked();
    m_ui->urlEdit->setEnabled(other && !m_running);
    m_ui->tokenEdit->setEnabled(other && !m_running);
    m_ui->insecureCheck->setEnabled(other && !m_running);
    m_ui->idpGroup->setEnabled(!m_running);
    m_ui->directoryGroup->setEnabled(!m_running);
    m_ui->ownTargetRadio->setEnabled(!m_running);
    m_ui->otherTargetRadio->setEnabled(!m_running);
    m_start->setEnabled(!m_running);
    m_cancel->setEnabled(m_running);
}

SimulationOptions SimulateDialog::options() const
{
    SimulationOptions o;
    o.idp = Idp(m_ui->idpCombo->currentData().toInt());
    o.flavor = SimulationFlavor(m_ui->flavorCombo->currentData().toInt());
    o.cycle = SimulationCycle(m_ui->cycleCombo->currentData().toInt());
    o.users = m_ui->usersSpin->value();
    o.groups = m_ui->groupsSpin->value();
    o.membersPerGroup = m_ui->membersSpin->value();
    o.seed = quint32(m_ui->seedSpin->value());
    o.requestsPerSecond = m_ui->paceCombo->currentData().toDouble();
    o.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return o;
}

bool SimulateDialog::targetsOwnReceiver() const
{
    return m_ui->ownTargetRadio->isChecked();
}

QString SimulateDialog::statePath() const
{
    const QString idpKey = m_ui->idpCombo->currentData().toInt() == int(Idp::Okta) ? u"okta"_s : u"entra"_s;
    return SimulatorState::defaultPath(m_settings.dataDir(), idpKey,
                                       targetsOwnReceiver() ? QString() : m_ui->urlEdit->text().trimmed());
}

void SimulateDialog::start()
{
    if (m_running)
        return;
    m_options = options();
    m_log->clear();
    m_detail->clear();
    m_progress->setRange(0, 0); // busy until the first progress
    m_progress->setValue(0);
    m_progress->show();
    m_running = true;
    updateEnabled();
    StatusStyle::colorText(m_status, 0);

    if (!targetsOwnReceiver()) {
        const QUrl url(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
            fail(tr("Enter the Tenant URL of the SCIM server, e.g. https://scim.example.com/scim/v2."));
            return;
        }
        begin(url, m_ui->tokenEdit->text().trimmed().toUtf8(), m_ui->insecureCheck->isChecked(), QString());
        return;
    }
    if (m_receiver.state() != Receiver::State::Listening) {
        fail(tr("The receiver is not listening; start it (Receiver → Restart Receiver) or choose another SCIM "
                "server."));
        return;
    }
    m_status->setText(tr("Creating a Secret Token for the simulation…"));
    const QString label = u"Simulator %1"_s.arg(m_options.runId.left(8));
    WriteTask::run<RunToken>(
        m_receiver, this,
        [label](Store &store) {
            RunToken t;
            // Expires after a day should the app end before the run's token is revoked.
            if (const auto created = TokenService(store).create(label, 1, &t.error)) {
                t.id = created->record.id;
                t.secret = created->secret;
            }
            return t;
        },
        [this](const RunToken &t) {
            if (t.id == 0) {
                fail(tr("No Secret Token could be created for the simulation: %1")
                         .arg(t.error.isEmpty() ? m_receiver.storeError() : t.error));
                return;
            }
            m_tokenId = t.id;
            const QUrl url(m_receiver.tenantUrl());
            begin(url, t.secret.toUtf8(), url.scheme() == "https"_L1,
                  SimulatorState::ownReceiverIdentity(m_settings.dataDir()));
        });
}

void SimulateDialog::begin(const QUrl &url, const QByteArray &token, bool insecure, const QString &identity)
{
    QString error;
    const Simulator::Target target{url, token, insecure, identity};
    if (!m_simulator.start(m_options, target, statePath(), &error)) {
        fail(error);
        return;
    }
    const QString idp = m_options.idp == Idp::Okta ? tr("Okta") : tr("Microsoft Entra ID");
    m_status->setText(tr("Simulating %1 against %2 (run %3)…").arg(idp, url.toString(), m_options.runId.left(8)));
}

void SimulateDialog::fail(const QString &message)
{
    SimulationReport report;
    report.runId = m_options.runId;
    report.idp = m_options.idp;
    report.flavor = m_options.flavor;
    report.cycle = m_options.cycle;
    report.outcome = SimulationReport::Outcome::Aborted;
    report.message = message;
    ended(report);
}

void SimulateDialog::ended(const SimulationReport &report)
{
    m_report = report;
    m_running = false;
    if (m_progress->maximum() == 0) // no progress came (Test Connection, or it could not start)
        m_progress->setRange(0, 1);
    dropToken();
    updateEnabled();
    QString text;
    switch (report.outcome) {
    case SimulationReport::Outcome::Completed:
        text = tr("Finished: %1 succeeded, %2 failed, %3 skipped; %n request(s) sent.", nullptr, int(report.requests))
                   .arg(report.count(u"Success"_s))
                   .arg(report.count(u"Failure"_s))
                   .arg(report.count(u"Skipped"_s));
        text += u' '
            + (report.quarantine.quarantined
                   ? tr("The simulated IdP would put the job in quarantine: %1").arg(report.quarantine.reason)
                   : tr("No quarantine."));
        break;
    case SimulationReport::Outcome::Cancelled:
        text = tr("Cancelled after %1 of %2 objects; the simulated directory is kept for the next run.")
                   .arg(m_progress->value())
                   .arg(m_progress->maximum());
        break;
    case SimulationReport::Outcome::Aborted:
        text = tr("Stopped: %1").arg(report.message);
        break;
    }
    if (!m_simulator.saveError().isEmpty() && report.outcome != SimulationReport::Outcome::Aborted)
        text += u' ' + m_simulator.saveError();
    m_status->setText(text);
    // Show an entry's steps at once: the first failure, or else the first entry.
    if (!m_view->currentIndex().isValid() && m_log->rowCount() > 0) {
        int row = 0;
        for (int r = 0; r < m_log->rowCount(); ++r)
            if (m_log->entry(r).failed()) {
                row = r;
                break;
            }
        m_view->setCurrentIndex(m_log->index(row, 0));
    }
    StatusStyle::colorText(m_status,
                           report.outcome == SimulationReport::Outcome::Completed && report.count(u"Failure"_s) == 0
                                   && !report.quarantine.quarantined
                               ? 0
                               : 500);
    Q_EMIT finished(report);
}

void SimulateDialog::dropToken()
{
    if (m_tokenId == 0)
        return;
    const qint64 id = m_tokenId;
    m_tokenId = 0;
    // The window's writer revokes and deletes the run's token; nothing waits for it.
    m_receiver.write<bool>([id](Store &store) {
        QString error;
        TokenService tokens(store);
        return tokens.revoke(id, &error) && tokens.remove(id, &error);
    });
}

void SimulateDialog::cancel()
{
    if (m_simulator.isRunning())
        m_simulator.cancel();
}

void SimulateDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void SimulateDialog::showEntry()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const ProvisioningLogEntry &e = m_log->entry(current.row());
    QString html = u"<h3>%1 %2</h3>"_s.arg(SimulatedIdpLogModel::objectTypeText(e.objectType).toHtmlEscaped(),
                                           e.identity.toHtmlEscaped());
    html += u"<p>%1: %2 — %3"_s.arg(tr("Action").toHtmlEscaped(),
                                    SimulatedIdpLogModel::actionText(e.action).toHtmlEscaped(),
                                    SimulatedIdpLogModel::statusText(e.status).toHtmlEscaped());
    if (!e.errorCode.isEmpty())
        html += u"<br>%1: <b>%2</b> %3"_s.arg(tr("Error code").toHtmlEscaped(), e.errorCode.toHtmlEscaped(),
                                              e.errorDetail.toHtmlEscaped());
    if (e.escrowed)
        html += u"<br>"_s
            + tr("Escrowed: retried in a later cycle (%n earlier attempt(s)).", nullptr, e.retryCount).toHtmlEscaped();
    html += u"</p><h4>%1</h4><table cellspacing=4>"_s.arg(tr("Steps").toHtmlEscaped());
    for (const ProvisioningLogStep &step : e.steps)
        html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
            SimulatedIdpLogModel::stepText(step.name).toHtmlEscaped(),
            SimulatedIdpLogModel::statusText(step.status).toHtmlEscaped(), step.detail.toHtmlEscaped());
    html += u"</table>"_s;
    if (!e.modifiedProperties.isEmpty()) {
        html += u"<h4>%1</h4><table cellspacing=4>"_s.arg(tr("Modified properties").toHtmlEscaped());
        for (const ModifiedProperty &p : e.modifiedProperties)
            html += u"<tr><td><b>%1</b></td><td>%2</td><td>→</td><td>%3</td></tr>"_s.arg(
                p.name.toHtmlEscaped(), p.oldValue.toHtmlEscaped(), p.newValue.toHtmlEscaped());
        html += u"</table>"_s;
    }
    html += u"<h4>%1</h4><table cellspacing=4>"_s.arg(tr("Requests").toHtmlEscaped());
    for (const SentRequest &r : e.requests) {
        const QUrl url(r.url);
        QString answer
            = r.status > 0 ? QString::number(r.status) : (r.timedOut ? tr("no answer (timed out)") : r.networkError);
        html += u"<tr><td><tt>%1</tt></td><td><tt>%2</tt></td><td><b>%3</b></td><td>%4</td></tr>"_s.arg(
            r.method.toHtmlEscaped(),
            url.path(QUrl::FullyEncoded).toHtmlEscaped()
                + (url.hasQuery() ? u"?"_s + url.query().toHtmlEscaped() : QString()),
            answer.toHtmlEscaped(), tr("%1 ms").arg(r.durationMs, 0, 'f', 0).toHtmlEscaped());
    }
    html += u"</table><p>"_s
        + tr("The provisioning log shows these requests with the IdP marked as simulated (run %1).")
              .arg(e.cycleId.left(8))
              .toHtmlEscaped()
        + u"</p>"_s;
    m_detail->setHtml(html);
}

} // namespace scimmon
