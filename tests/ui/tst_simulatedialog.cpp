// The Simulate… dialog: the options it builds from its form, and runs of the IdP simulator
// against the window's own receiver (a real one on 127.0.0.1, any free port, over a temporary data
// directory): the store, the window's tables and the simulated IdP's log fill; Cancel stops a run;
// the provisioning log marks the simulated requests.
#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "service/tokenservice.h"
#include "simulator/simulatorstate.h"
#include "store/readexecutor.h"
#include "store/storefactory.h"
#include "support/testsupport.h"
#include "ui/common/emptyviewhint.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/mainwindow.h"
#include "ui/receiversetup.h"
#include "ui/resources/userspage.h"
#include "ui/resources/usertablemodel.h"
#include "ui/simulate/simulatedialog.h"
#include "ui/simulate/simulatedidplogmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// The form's widget `name` of `dialog`.
template<class W>
W *child(QObject *dialog, const char *name)
{
    W *widget = dialog->findChild<W *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

/// A window over a receiver and a reader in a fresh data directory, torn down in order.
struct Harness
{
    QTemporaryDir dir;
    AppSettings settings{dir.path()};
    ReceiverConfig config;
    std::unique_ptr<ReadExecutor> reader;
    std::unique_ptr<Receiver> receiver;
    std::unique_ptr<MainWindow> window;

    Harness()
    {
        config.store = StoreConfig::sqliteIn(dir.path());
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        reader = std::make_unique<ReadExecutor>(config.store);
        receiver = std::make_unique<Receiver>();
        window = std::make_unique<MainWindow>(settings, *receiver, *reader);
        window->show();
        receiver->start(config);
    }
    ~Harness()
    {
        window.reset();
        receiver.reset();
        reader.reset();
    }

    /// The dialog as Receiver → Simulate… opens it, set to a small cycle at full speed.
    SimulateDialog *openSmall(int users, int groups)
    {
        SimulateDialog *dialog = window->receiverSetup()->openSimulator();
        child<QSpinBox>(dialog, "usersSpin")->setValue(users);
        child<QSpinBox>(dialog, "groupsSpin")->setValue(groups);
        child<QSpinBox>(dialog, "membersSpin")->setValue(3);
        child<QComboBox>(dialog, "paceCombo")->setCurrentIndex(1);
        return dialog;
    }

    QList<TokenRecord> tokens()
    {
        QString error;
        auto store = StoreFactory::open(config.store, u"test-read"_s, &error);
        return store ? store->tokens().all() : QList<TokenRecord>();
    }
};

int comboIndex(QComboBox *combo, int data)
{
    return combo->findData(data);
}

} // namespace

class TestSimulateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QGuiApplication::setQuitOnLastWindowClosed(false); }

    void optionsFollowTheForm()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        Receiver receiver;
        SimulateDialog dialog(settings, receiver);

        // The defaults: Entra, its own PATCH, an initial cycle at an IdP-like pace, the own receiver.
        SimulationOptions o = dialog.options();
        QCOMPARE(o.idp, Idp::Entra);
        QCOMPARE(o.flavor, SimulationFlavor::EntraDefault);
        QCOMPARE(o.cycle, SimulationCycle::Initial);
        QCOMPARE(o.users, 100);
        QCOMPARE(o.groups, 10);
        QCOMPARE(o.membersPerGroup, 10);
        QCOMPARE(o.seed, 20261205u);
        QCOMPARE(o.requestsPerSecond, 5.0);
        QVERIFY(!o.runId.isEmpty());
        QVERIFY(dialog.targetsOwnReceiver());
        QCOMPARE(dialog.statePath(), SimulatorState::defaultPath(dir.path(), u"entra"_s, QString()));

        child<QComboBox>(&dialog, "flavorCombo")
            ->setCurrentIndex(
                comboIndex(child<QComboBox>(&dialog, "flavorCombo"), int(SimulationFlavor::EntraAadOptscim062020)));
        child<QComboBox>(&dialog, "cycleCombo")
            ->setCurrentIndex(comboIndex(child<QComboBox>(&dialog, "cycleCombo"), int(SimulationCycle::OnDemand)));
        child<QSpinBox>(&dialog, "usersSpin")->setValue(7);
        child<QSpinBox>(&dialog, "groupsSpin")->setValue(2);
        child<QSpinBox>(&dialog, "membersSpin")->setValue(4);
        child<QSpinBox>(&dialog, "seedSpin")->setValue(42);
        child<QComboBox>(&dialog, "paceCombo")->setCurrentIndex(1);
        o = dialog.options();
        QCOMPARE(o.flavor, SimulationFlavor::EntraAadOptscim062020);
        QCOMPARE(o.cycle, SimulationCycle::OnDemand);
        QCOMPARE(o.users, 7);
        QCOMPARE(o.groups, 2);
        QCOMPARE(o.membersPerGroup, 4);
        QCOMPARE(o.seed, 42u);
        QCOMPARE(o.requestsPerSecond, 0.0);

        // Okta offers its own flavours and no provision on demand.
        child<QComboBox>(&dialog, "idpCombo")
            ->setCurrentIndex(comboIndex(child<QComboBox>(&dialog, "idpCombo"), int(Idp::Okta)));
        o = dialog.options();
        QCOMPARE(o.idp, Idp::Okta);
        QCOMPARE(o.flavor, SimulationFlavor::OktaOin);
        QCOMPARE(o.cycle, SimulationCycle::Initial);
        child<QComboBox>(&dialog, "flavorCombo")
            ->setCurrentIndex(comboIndex(child<QComboBox>(&dialog, "flavorCombo"), int(SimulationFlavor::OktaAiw)));
        QCOMPARE(dialog.options().flavor, SimulationFlavor::OktaAiw);

        // Another server: its own state file, the URL and token fields open.
        QVERIFY(!child<QLineEdit>(&dialog, "urlEdit")->isEnabled());
        child<QRadioButton>(&dialog, "otherTargetRadio")->setChecked(true);
        QVERIFY(child<QLineEdit>(&dialog, "urlEdit")->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, "insecureCheck")->isEnabled());
        child<QLineEdit>(&dialog, "urlEdit")->setText(u"https://scim.example.com/scim/v2"_s);
        QCOMPARE(dialog.statePath(),
                 SimulatorState::defaultPath(dir.path(), u"okta"_s, u"https://scim.example.com/scim/v2"_s));
    }

    void reachableFromMenuConnectTabAndEmptyLog()
    {
        Harness h;
        QAction *menuAction = h.window->findChild<QAction *>(u"simulateAction"_s);
        QVERIFY(menuAction);
        QCOMPARE(menuAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        menuAction->trigger();
        auto *dialog = h.window->findChild<SimulateDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
        QTRY_VERIFY(!h.window->findChild<SimulateDialog *>());

        QVERIFY(h.window->requestLogPage()->emptyHint()->isActive());
        auto *emptyAction = h.window->findChild<QAction *>(u"emptySimulate"_s);
        QVERIFY(emptyAction);
        emptyAction->trigger();
        QVERIFY(h.window->findChild<SimulateDialog *>());
        h.window->findChild<SimulateDialog *>()->close();
        QTRY_VERIFY(!h.window->findChild<SimulateDialog *>());

        auto *button = h.window->findChild<QPushButton *>(u"connectSimulate"_s);
        QVERIFY(button);
        button->click();
        QVERIFY(h.window->findChild<SimulateDialog *>());
    }

    void entraInitialCycleFillsTheWindow()
    {
        Harness h;
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);
        SimulateDialog *dialog = h.openSmall(10, 2);
        QSignalSpy finished(dialog, &SimulateDialog::finished);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const SimulationReport &report = dialog->report();
        QVERIFY2(report.outcome == SimulationReport::Outcome::Completed, qPrintable(report.message));
        QCOMPARE(report.count(u"Failure"_s), 0);
        QVERIFY(!dialog->isRunning());

        // The simulated IdP's log: a row per user and group, with steps and requests.
        SimulatedIdpLogModel *log = dialog->logModel();
        QCOMPARE(log->rowCount(), int(report.entries.size()));
        QVERIFY(log->rowCount() >= 12);
        int created = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            QCOMPARE(log->index(row, SimulatedIdpLogModel::Status).data().toString(), u"Success"_s);
            if (log->entry(row).objectType == "User"_L1
                && log->index(row, SimulatedIdpLogModel::Action).data().toString() == "Create"_L1)
                ++created;
        }
        QCOMPARE(created, 10); // then the managers, as updates
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());

        // The detail pane lists the selected entry's steps and requests.
        dialog->logView()->setCurrentIndex(log->index(0, 0));
        const QString detail = dialog->detailPane()->toPlainText();
        QVERIFY2(detail.contains(u"POST"_s) || detail.contains(u"GET"_s), qPrintable(detail));
        QVERIFY(detail.contains(u"Match"_s));

        // The store and the window: ten users, and the log marks the requests as simulated.
        h.window->tabs()->setCurrentWidget(h.window->usersPage()); // a hidden tab reloads when shown
        QTRY_COMPARE_WITH_TIMEOUT(h.window->userTableModel()->rowCount(), 10, 10000);
        RequestLogModel *requests = h.window->requestLogModel();
        QTRY_VERIFY_WITH_TIMEOUT(requests->rowCount() >= report.requests, 10000);
        for (int row = 0; row < requests->rowCount(); ++row) {
            const QModelIndex idp = requests->index(row, RequestLogModel::Idp);
            QCOMPARE(idp.data().toString(), u"Entra (simulated)"_s);
            QVERIFY(idp.data(Qt::ToolTipRole).toString().contains(report.runId));
        }

        // The run's Secret Token is gone afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(h.tokens().isEmpty(), 10000);
    }

    void cancelStopsTheRun()
    {
        Harness h;
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);
        SimulateDialog *dialog = h.openSmall(100, 5);
        child<QComboBox>(dialog, "paceCombo")->setCurrentIndex(0); // IdP-like: about a minute
        QSignalSpy finished(dialog, &SimulateDialog::finished);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->logModel()->rowCount() >= 2, 30000);
        QTest::keyClick(dialog, Qt::Key_Escape); // cancels, and keeps the dialog open
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(dialog->report().outcome, SimulationReport::Outcome::Cancelled);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isRunning());
        QVERIFY(dialog->logModel()->rowCount() < 100);
        QTRY_VERIFY_WITH_TIMEOUT(h.tokens().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestSimulateDialog)
#include "tst_simulatedialog.moc"
