#pragma once

#include "platform/tlscredentials.h"
#include "receiver/receiverconfig.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace scimmon {

namespace Ui {
class SettingsDialog;
}

class AppSettings;
class ReadExecutor;
class Receiver;
class SecretStore;

/// The receiver's settings: listen address and port (this computer only by default; all
/// interfaces with a warning), HTTPS with a certificate and key file (PEM or PKCS#12, TLS 1.2 or
/// newer; the key's passphrase goes to the OS keychain, never to a file), the reverse proxies
/// whose X-Forwarded-For is believed, how long the request log keeps entries, and the data
/// location used from the next start; under Storage, which database the window shows (a button
/// that opens File → Open store…, through openStoreRequested()). Apply checks everything (the certificate and key are
/// read in the background), saves it, records the changes in the audit trail, and has the receiver restarted through
/// applied(); the window stays open. Non-modal; deletes itself when closed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Every argument must outlive the dialog. `reader` records the audit events.
    SettingsDialog(AppSettings &settings, SecretStore &secrets, Receiver &receiver, ReadExecutor &reader,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Checks and saves the fields; emits applied() with the configuration to restart with, or
    /// shows what is wrong and emits applyFinished(false). Asynchronous (certificate, keychain).
    void apply();
    /// The message shown under the fields (what was applied, or what is wrong).
    QString statusText() const;
    /// True while the "all interfaces" warning is shown.
    bool warnsAboutAllInterfaces() const;

Q_SIGNALS:
    /// Storage → Open store… was pressed.
    void openStoreRequested();
    /// The settings were saved; restart the receiver with `config` (its passphrase included).
    void applied(const scimmon::ReceiverConfig &config);
    /// apply() is done: `ok` when the settings were saved.
    void applyFinished(bool ok);

private:
    struct Checked
    {
        std::optional<TlsCredentials::Loaded> loaded;
        QString error;
        TlsCredentials::Problem problem = TlsCredentials::Problem::None;
    };
    void load();
    void updateWarnings();
    void browse(QLineEdit *field, const QString &title, const QString &filter);
    void checkTlsThenSave(const ReceiverConfig &config, const QByteArray &passphrase, bool passphraseFromKeychain);
    void save(ReceiverConfig config, const QByteArray &passphrase, bool encryptedKey, bool passphraseFromKeychain);
    void fail(const QString &message);
    void setStatus(const QString &html, bool error);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    Receiver &m_receiver;
    ReadExecutor &m_reader;

    std::unique_ptr<Ui::SettingsDialog> m_ui; ///< the fields (settingsdialog.ui)
    QComboBox *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_interfacesWarning = nullptr;
    QGroupBox *m_https = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_passphraseState = nullptr;
    QLineEdit *m_proxies = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QSpinBox *m_retentionRows = nullptr;
    QLabel *m_dataDir = nullptr;
    QLineEdit *m_nextDataDir = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QFutureWatcher<Checked> m_check;
    bool m_closeAfterApply = false;
    bool m_awaitingRestart = false; ///< applied; the receiver's next Listening or Failed is reported
    QString m_tlsWarnings; ///< what TlsCredentials found doubtful about the certificate applied
    QString m_appliedNotes; ///< rich text added to the outcome of the restart
    QString m_shownListen; ///< the listen address load() showed (the one in use)
};

} // namespace scimmon
