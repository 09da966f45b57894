#pragma once

#include "receiver/receiverconfig.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace scimmon {

class AppSettings;
class ConnectPage;
class FaultsDialog;
class KeychainSecretStore;
class NewTokenDialog;
class ReadExecutor;
class Receiver;
class SecretStore;
class SettingsDialog;
class SimulateDialog;
class TokenManagerDialog;

/// How identity providers reach the receiver, for the main window: the Secret Token manager, the
/// Connect page, the settings dialog, and the OS keychain they share. It owns the "Receiver" menu,
/// opens each dialog once (raising it when open), and restarts the receiver (not the app) when the
/// settings are applied.
class ReceiverSetup : public QObject
{
    Q_OBJECT
public:
    /// Every reference must outlive this object. `window` parents the dialogs and the page.
    ReceiverSetup(AppSettings &settings, Receiver &receiver, ReadExecutor &reader, QWidget *window);
    ~ReceiverSetup() override;

    /// The keychain the dialogs use (also for the HTTPS key's passphrase at start).
    SecretStore &secretStore() const;
    /// Replaces the keychain, e.g. with one that has a short deadline in tests. Call before any
    /// dialog is opened; `secrets` must outlive this object.
    void setSecretStore(SecretStore *secrets);

    /// The "Receiver" menu: Tokens and OAuth clients…, Connect an identity provider, Simulate…, Faults…,
    /// Settings….
    QMenu *menu() const { return m_menu; }
    /// The Connect page (put it into the window's tabs).
    ConnectPage *connectPage() const { return m_connect; }

    /// Opens (or raises) the token manager.
    TokenManagerDialog *openTokenManager();
    /// Opens a NewTokenDialog that creates a token labelled `label`.
    NewTokenDialog *createToken(const QString &label = QString());
    /// Opens (or raises) the settings dialog.
    SettingsDialog *openSettings();
    /// Opens (or raises) the Simulate… dialog (Receiver → Simulate…, the Connect tab's button).
    SimulateDialog *openSimulator();
    /// Opens (or raises) the Faults panel (Receiver → Faults…, the status bar's fault badge).
    FaultsDialog *openFaults();
    /// Restarts the receiver with `config` (what Apply in the settings dialog does).
    void restartReceiver(const ReceiverConfig &config);

Q_SIGNALS:
    /// The user asked to see the Connect page.
    void connectPageRequested();
    /// Tokens were created, rotated, revoked or deleted from one of the dialogs.
    void tokensChanged();
    /// Settings → Storage asked for File → Open store….
    void openStoreRequested();

private:
    AppSettings &m_settings;
    Receiver &m_receiver;
    ReadExecutor &m_reader;
    QWidget *m_window;
    KeychainSecretStore *m_keychain;
    SecretStore *m_secrets;
    QMenu *m_menu;
    ConnectPage *m_connect;
    QPointer<TokenManagerDialog> m_tokens;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SimulateDialog> m_simulator;
    QPointer<FaultsDialog> m_faults;
};

} // namespace scimmon
