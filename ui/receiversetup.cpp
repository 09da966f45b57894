#include "ui/receiversetup.h"

#include "platform/keychainsecretstore.h"
#include "receiver/receiver.h"
#include "ui/faults/faultsdialog.h"
#include "ui/overview/connectpage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/simulate/simulatedialog.h"
#include "ui/tokens/newtokendialog.h"
#include "ui/tokens/tokenmanagerdialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace scimmon {

ReceiverSetup::ReceiverSetup(AppSettings &settings, Receiver &receiver, ReadExecutor &reader, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_receiver(receiver)
    , m_reader(reader)
    , m_window(window)
    , m_keychain(new KeychainSecretStore(this))
    , m_secrets(m_keychain)
    , m_menu(new QMenu(tr("&Receiver"), window))
    , m_connect(new ConnectPage(receiver, window))
{
    m_menu->setObjectName(u"receiverMenu"_s);
    QAction *tokens = m_menu->addAction(tr("&Tokens and OAuth clients…"), this, [this] { openTokenManager(); });
    tokens->setObjectName(u"secretTokensAction"_s);
    tokens->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *create = m_menu->addAction(tr("&New Secret Token…"), this, [this] { createToken(); });
    create->setObjectName(u"newTokenAction"_s);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *connectIdp
        = m_menu->addAction(tr("&Connect an Identity Provider"), this, &ReceiverSetup::connectPageRequested);
    connectIdp->setObjectName(u"connectAction"_s);
    connectIdp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *simulate = m_menu->addAction(tr("Si&mulate…"), this, [this] { openSimulator(); });
    simulate->setObjectName(u"simulateAction"_s);
    simulate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    simulate->setToolTip(tr("Play Entra ID or Okta against this receiver or another SCIM server"));
    QAction *faults = m_menu->addAction(tr("&Faults…"), this, [this] { openFaults(); });
    faults->setObjectName(u"faultsAction"_s);
    faults->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    faults->setToolTip(tr("Make the receiver fail on purpose, by rule, to see how the identity provider reacts"));
    m_menu->addSeparator();
    QAction *restart
        = m_menu->addAction(tr("&Restart Receiver"), this, [this] { restartReceiver(m_receiver.config()); });
    restart->setObjectName(u"restartReceiverAction"_s);
    QAction *settingsAction = m_menu->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);

    connect(m_connect, &ConnectPage::createTokenRequested, this, [this](const QString &label) { createToken(label); });
    connect(m_connect, &ConnectPage::manageTokensRequested, this, [this] { openTokenManager(); });
    connect(m_connect, &ConnectPage::settingsRequested, this, [this] { openSettings(); });
    connect(m_connect, &ConnectPage::simulateRequested, this, [this] { openSimulator(); });
}

ReceiverSetup::~ReceiverSetup() = default;

SecretStore &ReceiverSetup::secretStore() const
{
    return *m_secrets;
}

void ReceiverSetup::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets ? secrets : m_keychain;
}

TokenManagerDialog *ReceiverSetup::openTokenManager()
{
    if (m_tokens) {
        m_tokens->raise();
        m_tokens->activateWindow();
        return m_tokens;
    }
    m_tokens = new TokenManagerDialog({m_reader, *m_secrets, m_settings, m_receiver}, m_window);
    // Tokens made elsewhere (the Connect tab's button) show up at once.
    connect(this, &ReceiverSetup::tokensChanged, m_tokens, &TokenManagerDialog::reload);
    connect(m_tokens, &TokenManagerDialog::tokensChanged, this, &ReceiverSetup::tokensChanged);
    m_tokens->show();
    return m_tokens;
}

NewTokenDialog *ReceiverSetup::createToken(const QString &label)
{
    auto *dialog = new NewTokenDialog({m_reader, *m_secrets, m_settings, m_receiver}, label, m_window);
    connect(dialog, &NewTokenDialog::tokenCreated, this, &ReceiverSetup::tokensChanged);
    dialog->open();
    return dialog;
}

SettingsDialog *ReceiverSetup::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_settings, *m_secrets, m_receiver, m_reader, m_window);
    connect(m_settingsDialog, &SettingsDialog::applied, this, &ReceiverSetup::restartReceiver);
    connect(m_settingsDialog, &SettingsDialog::openStoreRequested, this, &ReceiverSetup::openStoreRequested);
    m_settingsDialog->show();
    return m_settingsDialog;
}

SimulateDialog *ReceiverSetup::openSimulator()
{
    if (m_simulator) {
        m_simulator->raise();
        m_simulator->activateWindow();
        return m_simulator;
    }
    m_simulator = new SimulateDialog(m_settings, m_receiver, m_window);
    m_simulator->show();
    return m_simulator;
}

FaultsDialog *ReceiverSetup::openFaults()
{
    if (m_faults) {
        m_faults->raise();
        m_faults->activateWindow();
        return m_faults;
    }
    m_faults = new FaultsDialog(m_reader, m_receiver, m_window);
    m_faults->show();
    return m_faults;
}

void ReceiverSetup::restartReceiver(const ReceiverConfig &config)
{
    m_receiver.start(config);
}

} // namespace scimmon
