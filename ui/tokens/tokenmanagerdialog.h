#pragma once

#include "ui/tokens/tokenuicontext.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace scimmon {

namespace Ui {
class TokenManagerDialog;
}

class CopyField;
class NewTokenDialog;
class OAuthClientsPanel;
class TokenTableModel;

/// Two tabs: the OAuth clients of the token endpoint (OAuthClientsPanel), and the Secret Tokens
/// of this data directory in a table (label, created, expires, last used,
/// requests, state, whether the keychain remembers it), with Create, Rotate, Revoke (after a
/// confirmation), Reveal and Copy for tokens remembered in the keychain, and Delete revoked and
/// expired. Only token hashes are in the database; a token's text is shown only when it is made,
/// or revealed from the keychain. A revocation takes effect at the receiver's next request, also
/// on a connection that is kept open. While shown, the table reloads every kRefreshMs (last use and
/// request counts, tokens made with `scim-monitor token`), keeping the selection. Non-modal;
/// deletes itself when closed.
class TokenManagerDialog : public QDialog
{
    Q_OBJECT
public:
    /// How often the table reloads while shown, in milliseconds.
    static constexpr int kRefreshMs = 5000;

    TokenManagerDialog(const TokenUiContext &context, QWidget *parent = nullptr);
    ~TokenManagerDialog() override;

    TokenTableModel *model() const { return m_model; }
    /// The "OAuth clients" tab.
    OAuthClientsPanel *clientsPanel() const { return m_clients; }
    /// Shows the "OAuth clients" tab.
    void showClients();
    QTableView *view() const { return m_view; }
    /// Reads the tokens again (also every kRefreshMs while shown), keeping the selection.
    void reload();
    /// Selects the row of token `id`; false when it is not listed.
    bool selectToken(qint64 id);

    /// Create…: opens a NewTokenDialog (returned, shown window-modal).
    NewTokenDialog *createToken(const QString &label = QString());
    /// Rotate…: opens a NewTokenDialog for the selected token; nullptr when none is usable.
    NewTokenDialog *rotateSelected();
    /// Revoke…: asks for confirmation (MessageBox), then revokes the selected token.
    void revokeSelected();
    /// Delete revoked and expired: asks, then deletes every token no longer accepted.
    void deleteUnusable();
    /// Reveal: reads the selected token from the keychain and shows it with a Copy button.
    void revealSelected();
    /// Copy token: reads the selected token from the keychain and puts it on the clipboard.
    void copySelected();

    /// The token text revealed last (empty while none is shown).
    QString revealedSecret() const;
    /// The last message shown under the table (results and failures).
    QString statusText() const;

Q_SIGNALS:
    /// Tokens were created, rotated, revoked or deleted.
    void tokensChanged();

private:
    qint64 selectedId() const;
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void forget(const QList<qint64> &ids);
    void readSelected(const std::function<void(const QString &label, const QString &secret)> &use);
    void changed();

    TokenUiContext m_context;
    std::unique_ptr<Ui::TokenManagerDialog> m_ui; ///< the table and buttons (tokenmanagerdialog.ui)
    TokenTableModel *m_model;
    OAuthClientsPanel *m_clients = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_deleteUnusable = nullptr;
    QLabel *m_revealedLabel = nullptr;
    CopyField *m_revealed = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_refresh;
    qint64 m_keepSelected = 0; ///< the token selected before a reload
    qint64 m_revealedId = 0; ///< the token whose text is shown
};

} // namespace scimmon
