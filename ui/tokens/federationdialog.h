#pragma once

#include "model/oauthclient.h"
#include "ui/tokens/tokenuicontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace scimmon {

/// Sets up (or removes) an OAuth client's workload identity federation: the jwt-bearer grant
/// (RFC 7523 §2.1) exchanges an assertion signed by the issuer for an access token. Asks for the
/// issuer (`iss`), the subject (`sub`, empty: any), the audience (`aud`, empty: the token
/// endpoint's URL) and the issuer's key set (an https:// URL of its JWKS, or a file, with Browse…).
/// Saved through OAuthClientService::setFederation() (audited); its refusal shows in red and
/// nothing changes. Window-modal; open it with open(). Deletes itself when closed.
class FederationDialog : public QDialog
{
    Q_OBJECT
public:
    FederationDialog(const TokenUiContext &context, const OAuthClient &client, QWidget *parent = nullptr);

    QLineEdit *issuerField() const { return m_issuer; }
    QLineEdit *subjectField() const { return m_subject; }
    QLineEdit *audienceField() const { return m_audience; }
    QLineEdit *keySetField() const { return m_keySet; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    /// The last refusal shown (empty when none).
    QString errorText() const;

Q_SIGNALS:
    /// The client's federation trust was saved or removed.
    void saved(qint64 clientId);

private:
    void save(const FederationTrust &trust);

    TokenUiContext m_context;
    OAuthClient m_client;
    QLineEdit *m_issuer;
    QLineEdit *m_subject;
    QLineEdit *m_audience;
    QLineEdit *m_keySet;
    QLabel *m_error;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace scimmon
