#pragma once

#include "ui/tokens/tokenuicontext.h"

#include <QTimer>

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace scimmon {

class FederationDialog;
class OAuthClientService;
class NewClientDialog;
class OAuthClientTableModel;

/// The token manager's "OAuth clients" tab: the clients of the token endpoint in a table
/// (OAuthClientTableModel) with New client…, Rotate secret…, Workload identity…, Copy secret (for
/// a secret remembered in the keychain), Revoke… and Remove… (both after a confirmation). A
/// revocation refuses the client's access tokens at the receiver's next request. While shown, the
/// table reloads every kRefreshMs, keeping the selection; with no client yet, it says what a client
/// is for and where to start.
class OAuthClientsPanel : public QWidget
{
    Q_OBJECT
public:
    /// How often the table reloads while shown, in milliseconds.
    static constexpr int kRefreshMs = 5000;

    explicit OAuthClientsPanel(const TokenUiContext &context, QWidget *parent = nullptr);

    OAuthClientTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Reads the clients again, keeping the selection.
    void reload();
    /// Selects the row of client `id` (row id); false when it is not listed.
    bool selectClient(qint64 id);

    /// New client…: opens a NewClientDialog (returned, shown window-modal).
    NewClientDialog *createClient();
    /// Rotate secret…: a NewClientDialog for the selected client; nullptr when none or revoked.
    NewClientDialog *rotateSelected();
    /// Workload identity…: a FederationDialog for the selected client; nullptr when none.
    FederationDialog *editFederation();
    /// Revoke…: asks, then revokes the selected client and its access tokens.
    void revokeSelected();
    /// Remove…: asks, then deletes the selected client, its secrets and tokens (and forgets its
    /// remembered secret).
    void removeSelected();
    /// Copy secret: reads the selected client's secret from the keychain onto the clipboard.
    void copySecret();
    /// The last message shown under the table.
    QString statusText() const;

Q_SIGNALS:
    /// Clients were created, rotated, revoked, removed or federated.
    void clientsChanged();

private:
    qint64 selectedId() const;
    /// Asks `question` (Yes relabelled `yes`), then runs `change` on the receiver's writer and
    /// calls `done` when it succeeded; a failure shows under the table.
    void confirmAndChange(const QString &title, const QString &question, const QString &yes,
                          std::function<bool(OAuthClientService &, QString *)> change, std::function<void()> done);
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void changed(qint64 select = 0);

    TokenUiContext m_context;
    OAuthClientTableModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_create;
    QPushButton *m_rotate;
    QPushButton *m_federate;
    QPushButton *m_copy;
    QPushButton *m_revoke;
    QPushButton *m_remove;
    QLabel *m_status;
    QTimer m_refresh;
    qint64 m_keepSelected = 0;
};

} // namespace scimmon
