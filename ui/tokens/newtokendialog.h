#pragma once

#include "model/tokenrecord.h"
#include "ui/tokens/tokenuicontext.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace scimmon {

namespace Ui {
class NewTokenDialog;
}

class CopyField;

/// Creates a Secret Token, or rotates one, and shows the new token once, with Copy buttons for it
/// and for the Tenant URL.
///
/// Create asks for a label and an expiry (never, 30, 90 or 365 days, or a date); Rotate asks how
/// long the old token stays valid (the grace period, from none to 30 days) and gives the new one
/// the old label and expiry period. "Remember on this computer" keeps the new token in the OS
/// keychain so that the token manager can reveal it later; when no keychain answers, the dialog
/// says so and the option stays off: the token is then shown only here. Nothing is written in
/// plain text. Window-modal; open it with open(). Deletes itself when closed.
class NewTokenDialog : public QDialog
{
    Q_OBJECT
public:
    /// Grace periods offered by Rotate, in hours (0: the old token is refused at once).
    static const QList<int> &graceHoursChoices();
    /// Expiries offered by Create, in days (0: never); the last entry of the list is "on a date".
    static const QList<int> &expiryDayChoices();

    /// A dialog that creates a token (suggested label `label`, may be empty).
    NewTokenDialog(const TokenUiContext &context, const QString &label, QWidget *parent = nullptr);
    /// A dialog that rotates `token`.
    NewTokenDialog(const TokenUiContext &context, const TokenRecord &token, QWidget *parent = nullptr);
    ~NewTokenDialog() override;

    bool isRotation() const { return m_rotated.id != 0; }
    /// After the token was made: its id and its text (shown once); 0 and empty before.
    qint64 createdId() const { return m_createdId; }
    QString secret() const;
    /// Whether the new token went to the keychain.
    bool remembered() const { return m_remembered; }

Q_SIGNALS:
    /// A token was created (or a rotation made `id` the successor of the rotated one).
    void tokenCreated(qint64 id);

private:
    void build(const QString &label);
    void submit();
    void finish(qint64 id, const QString &secret, bool remembered, const QString &keychainProblem);
    void showKeychainState(bool available, const QString &reason);

    TokenUiContext m_context;
    TokenRecord m_rotated; ///< the token being rotated (id 0 when creating)
    std::unique_ptr<Ui::NewTokenDialog> m_ui; ///< both pages (newtokendialog.ui)
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_expiry = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_grace = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainState = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_resultIntro = nullptr;
    CopyField *m_secret = nullptr;
    qint64 m_createdId = 0;
    QString m_createdLabel;
    bool m_remembered = false;
};

} // namespace scimmon
