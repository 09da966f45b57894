#pragma once

#include "receiver/receiver.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolButton;

namespace scimmon {

class AppSettings;
class AuditPage;
class AuditTableModel;
class CheckPage;
class CycleTableModel;
class CyclesPage;
class ObjectHistoryDialog;
class OpenStoreDialog;
class StoreWatcher;
class OverviewPage;
class GroupMembersModel;
class GroupTableModel;
class GroupsPage;
class ReadExecutor;
class ReceiverSetup;
class SecretStore;
class RequestLogModel;
class RequestLogPage;
class ResourceActions;
class UserTableModel;
class UsersPage;

/// The application window: tabs for the provisioning log, the users and the groups; a status bar
/// with the receiver's state, the Tenant URL and the number of requests; File, View and Help menus.
/// Reads go through the ReadExecutor; the log follows the receiver live, and the users and groups
/// tables reload (debounced) after requests that changed them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// How long the tables wait after a change before reloading, so that bursts cost one reload.
    static constexpr int kRefreshDelayMs = 300;

    /// `settings`, `receiver` and `reader` must outlive the window. Restores the saved geometry
    /// and view layout, loads the stored log's newest entries and the users and groups.
    MainWindow(AppSettings &settings, Receiver &receiver, ReadExecutor &reader, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Checks in the background whether a usable Secret Token exists; if not, creates one labelled
    /// "Default" and shows it once in a FirstTokenDialog. Emits firstTokenChecked() when done.
    /// Failures are reported in a message box.
    void createFirstTokenIfNeeded();

    /// Reloads the users and groups tables now (View → Refresh, F5).
    void refresh();
    /// Opens (or raises) the history window of the user or group `id` (`resourceType` "User" or
    /// "Group", named `name`): every request that touched it, with its diffs.
    ObjectHistoryDialog *showHistory(const QString &resourceType, const QString &id, const QString &name);

    /// The window's models, pages and tab widget, for tests.
    RequestLogModel *requestLogModel() const { return m_logModel; }
    UserTableModel *userTableModel() const { return m_userModel; }
    GroupTableModel *groupTableModel() const { return m_groupModel; }
    GroupMembersModel *groupMembersModel() const { return m_memberModel; }
    RequestLogPage *requestLogPage() const { return m_logPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    GroupsPage *groupsPage() const { return m_groupsPage; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    CyclesPage *cyclesPage() const { return m_cyclesPage; }
    CheckPage *checkPage() const { return m_checkPage; }
    CycleTableModel *cycleTableModel() const { return m_cycleModel; }
    AuditPage *auditPage() const { return m_auditPage; }
    /// Secret Tokens, the Connect tab, the settings and the keychain they share (Receiver menu).
    ReceiverSetup *receiverSetup() const { return m_receiverSetup; }
    /// The status bar's badge, shown while fault rules are enabled (it opens the Faults panel).
    QToolButton *faultBadge() const { return m_faultBadge; }
    SecretStore &secretStore() const;
    AuditTableModel *auditTableModel() const { return m_auditModel; }

    /// Follows a store that other receivers write (a shared PostgreSQL store): the log, the
    /// tables, the overview and the audit take their live rows from a StoreWatcher (LISTEN/NOTIFY)
    /// instead of this window's receiver, the log shows which receiver answered, and the title
    /// names the store. `localReceiver` false: this window runs no receiver and says so in the
    /// status bar. Call once, before the window is shown.
    void watchSharedStore(bool localReceiver);
    /// Opens File → Open store… (also Settings → Storage). Returns the dialog, shown non-modally.
    OpenStoreDialog *openStore();

    /// Opens the audit export dialog (the Audit tab's Export… button, File → Export audit trail),
    /// starting from the Audit tab's filter. Returns the dialog, shown non-modally.
    QDialog *exportAudit();

Q_SIGNALS:
    /// createFirstTokenIfNeeded() finished; `created` tells whether it made (and shows) a token.
    void firstTokenChecked(bool created);
    /// The user chose another store (File → Open store…): the application reopens the window on
    /// `config`, with a receiver of its own when `localReceiver`.
    void storeChosen(const scimmon::StoreConfig &config, bool localReceiver);

protected:
    /// Saves the window geometry and the view layout.
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void createStatusBar();
    void showReceiverState(Receiver::State state);
    void requestArrived(const RequestRecord &record);
    void focusSearch();
    void showAbout();
    void saveSettings();

    AppSettings &m_settings;
    Receiver &m_receiver;
    ReadExecutor &m_reader;

    RequestLogModel *m_logModel;
    UserTableModel *m_userModel;
    GroupTableModel *m_groupModel;
    GroupMembersModel *m_memberModel;

    QTabWidget *m_tabs;
    RequestLogPage *m_logPage;
    UsersPage *m_usersPage;
    GroupsPage *m_groupsPage;

    QLabel *m_stateLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QToolButton *m_copyUrl = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_faultBadge = nullptr; ///< shown while fault rules are enabled
    StoreWatcher *m_watcher = nullptr; ///< the shared store's live rows (watchSharedStore())
    bool m_watchOnly = false; ///< no receiver in this window: the status bar says so
    QPointer<QDialog> m_firstTokenDialog;

    QTimer m_usersRefresh;
    QTimer m_groupsRefresh;

    // The provisioning log's views (issue: live provisioning log).
    CycleTableModel *m_cycleModel = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    CyclesPage *m_cyclesPage = nullptr;
    CheckPage *m_checkPage = nullptr;
    QList<QPointer<ObjectHistoryDialog>> m_histories; ///< open history windows, fed live requests
    bool m_usersDirty = false; ///< users changed while their tab was hidden
    bool m_groupsDirty = false;
    ResourceActions *m_resourceActions = nullptr; ///< File → Reset all data

    // The audit trail's tab; reloaded after writes while shown, or when shown again.
    AuditTableModel *m_auditModel = nullptr;
    AuditPage *m_auditPage = nullptr;
    QTimer m_auditRefresh;
    bool m_auditDirty = false;

    ReceiverSetup *m_receiverSetup = nullptr; ///< the Receiver menu, the Connect tab, the token dialogs
    void addHistoryAction(QTableView *view, const QString &resourceType, int nameColumn);
    void reloadVisibleTables();
};

} // namespace scimmon
