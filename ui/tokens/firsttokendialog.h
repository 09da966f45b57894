#pragma once

#include <QDialog>

namespace scimmon {

class CopyField;
class Receiver;
class TenantUrlField;

/// Shown once, when the app created the first Secret Token: the Tenant URL and the token, each
/// with a Copy button, and where to paste them in Entra ID. The token text exists only in this
/// dialog (the store keeps its hash), which says so. Window-modal; open it with open(), not exec().
class FirstTokenDialog : public QDialog
{
    Q_OBJECT
public:
    /// `secret` is the new token's text. The Tenant URL follows `receiver`'s state (it may still
    /// be starting); `receiver` must outlive the dialog. Deletes itself when closed.
    FirstTokenDialog(const Receiver &receiver, const QString &secret, QWidget *parent = nullptr);

    /// The Tenant URL shown; empty while the receiver is not listening.
    QString tenantUrl() const;
    /// The token shown.
    QString secret() const;

private:
    TenantUrlField *m_url;
    CopyField *m_secret;
};

} // namespace scimmon
