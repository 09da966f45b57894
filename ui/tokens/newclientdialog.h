#pragma once

#include "model/oauthclient.h"
#include "ui/tokens/tokenuicontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace scimmon {

class CopyField;

/// Creates an OAuth client of the token endpoint, or rotates a client's secret, and then shows
/// once what Entra's "OAuth2 client credentials grant" asks for, each with a Copy button: Tenant
/// URL, Token Endpoint, Client Identifier and Client Secret.
///
/// Create asks for a name and the access-token lifetime (60 to 360 minutes, default 60); Rotate
/// asks how long the client's current secrets keep working (none to 30 days, default a day).
/// "Remember the secret on this computer" keeps it in the OS keychain (Copy secret in the token
/// manager reads it); when no keychain answers the option stays off. Nothing is written in plain
/// text. Window-modal; open it with open(). Deletes itself when closed.
class NewClientDialog : public QDialog
{
    Q_OBJECT
public:
    /// A dialog that creates a client.
    explicit NewClientDialog(const TokenUiContext &context, QWidget *parent = nullptr);
    /// A dialog that adds a new secret to `client`.
    NewClientDialog(const TokenUiContext &context, const OAuthClient &client, QWidget *parent = nullptr);

    bool isRotation() const { return m_rotated.id != 0; }
    /// After the client was made or rotated: its row id, Client Identifier and the new secret
    /// (shown once); 0 and empty before.
    qint64 clientRowId() const { return m_created.id; }
    QString clientId() const;
    QString secret() const;
    QString tokenEndpoint() const;
    /// Whether the secret went to the keychain.
    bool remembered() const { return m_remembered; }

    /// Deletes the keychain's copy of client `clientId`'s secret, if the settings say there is one
    /// (a replaced or deleted client's), and forgets that it was remembered. `owner` guards the
    /// keychain's answer.
    static void forgetRemembered(const TokenUiContext &context, const QString &clientId, QObject *owner);

    /// The form's fields, for tests.
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *lifetimeField() const { return m_lifetime; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *submitButton() const { return m_submit; }

Q_SIGNALS:
    /// A client was created or its secret rotated (`id`: its row id).
    void clientChanged(qint64 id);

private:
    void build();
    void submit();
    void finish(const OAuthClient &client, const QString &secret, bool remembered, const QString &keychainProblem);

    TokenUiContext m_context;
    OAuthClient m_rotated; ///< the client being rotated (id 0 when creating)
    OAuthClient m_created;
    bool m_remembered = false;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_lifetime = nullptr;
    QComboBox *m_grace = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainState = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_resultIntro = nullptr;
    CopyField *m_tenantUrl = nullptr;
    CopyField *m_tokenEndpoint = nullptr;
    CopyField *m_clientId = nullptr;
    CopyField *m_secret = nullptr;
};

} // namespace scimmon
