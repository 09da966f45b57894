#pragma once

#include "store/storeconfig.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace scimmon {

class AppSettings;
class SecretStore;

/// File → Open store… (and Settings → Storage): which store the window shows. Either the SQLite
/// store in the data directory, with this window's receiver, or a shared PostgreSQL store by URL
/// (`postgresql://USER@HOST[:PORT]/DB[?sslmode=…]`), watched live, with or without a receiver of
/// its own. The password, when libpq's places (~/.pgpass, PGPASSFILE, PGPASSWORD) do not hold it,
/// is typed here and kept for this session only or in the OS keychain; never in settings.ini.
/// Open checks the URL, then connects in the background (up to PostgresqlBackend's connect
/// timeout, cancellable); a wrong URL, an unreachable server, a refused password or a database of
/// a newer version is named in the dialog and nothing is saved. When the store opens, the choice is
/// saved and chosen() asks the window to reopen on it. Deletes itself when closed.
class OpenStoreDialog : public QDialog
{
    Q_OBJECT
public:
    /// `current` is the store the window shows now. `settings` and `secrets` must outlive the
    /// dialog.
    OpenStoreDialog(AppSettings &settings, SecretStore &secrets, const StoreConfig &current, QWidget *parent = nullptr);

    /// Fields and buttons, for tests.
    QRadioButton *sharedChoice() const { return m_shared; }
    QRadioButton *localChoice() const { return m_local; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberPassword() const { return m_remember; }
    QCheckBox *localReceiver() const { return m_receiver; }
    QLabel *statusLabel() const { return m_status; }

    /// Checks the choice and, when the store opens, saves it and emits chosen(); otherwise shows
    /// why in the dialog and emits checkFinished(false).
    void accept() override;

Q_SIGNALS:
    /// The store `config` opened and is saved as the window's store (its password, if one was
    /// typed, travels in `config` only); `localReceiver`: run a receiver on it in this window.
    void chosen(const scimmon::StoreConfig &config, bool localReceiver);
    /// accept() is done: `ok` when the store opened.
    void checkFinished(bool ok);

private:
    void updateFields();
    void showProblem(const QString &text);
    void save(const StoreConfig &config, bool local);
    /// Keeps the typed password in the keychain when asked (a failure is shown and remembered as
    /// not kept), then calls `then`.
    void keepPasswordThen(const StoreConfig &config, std::function<void()> then);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    StoreConfig m_current;
    QRadioButton *m_local;
    QRadioButton *m_shared;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QCheckBox *m_receiver;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_checking = false;
};

} // namespace scimmon
